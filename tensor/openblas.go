//go:build openblas

package tensor

import (
	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/netlib/blas/netlib"
)

// With the openblas build tag, chalk routes every matrix product through
// OpenBLAS (via gonum.org/v1/netlib's cgo bindings) instead of its own
// kernel. Build and test with
//
//	CGO_LDFLAGS=-lopenblas go test -tags openblas ./tensor/
//
// (Debian: apt-get install libopenblas-dev). Programs that import chalk can
// do the same with blas64.Use(netlib.Implementation{}) themselves.
func init() {
	blas64.Use(netlib.Implementation{})
}
