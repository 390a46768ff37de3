//go:build openblas

package tensor

import (
	"reflect"

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
//
// OpenBLAS computes every term of a product (0·NaN stays NaN), so chalk skips
// its IEEE repair and the operand scan it needs; this build of the tests runs
// every IEEE test and PyTorch fixture through OpenBLAS without the repair,
// which keeps that claim checked.
func init() {
	blas64.Use(netlib.Implementation{})
	ieeeExact[reflect.TypeOf(netlib.Implementation{})] = true
}
