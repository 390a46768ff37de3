package gemm

import (
	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/blas/gonum"
)

// Chosen reports whether the program has chosen a BLAS with blas64.Use:
// true once blas64's implementation is anything but gonum's default
// pure-Go one. chalk's packages multiply through blas64 when it is, so
// blas64.Use(netlib.Implementation{}) runs every product on OpenBLAS, and
// through this package's kernel otherwise.
func Chosen() bool {
	_, isDefault := blas64.Implementation().(gonum.Implementation)
	return !isDefault
}
