//go:build openblas

package tensor

import (
	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/netlib/blas/netlib"
)

// With the openblas build tag, chalk routes every BLAS call through
// OpenBLAS (via gonum.org/v1/netlib's cgo bindings) instead of gonum's
// pure-Go implementation. Build and test with
//
//	CGO_LDFLAGS=-lopenblas go test -tags openblas ./tensor/
//
// (Debian: apt-get install libopenblas-dev). Programs that import chalk can
// do the same with blas64.Use(netlib.Implementation{}) themselves.
func init() {
	blas64.Use(netlib.Implementation{})
}

// BLASName names the BLAS implementation chalk's products go through.
const BLASName = "OpenBLAS (gonum.org/v1/netlib)"
