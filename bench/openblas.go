//go:build openblas

package bench

import (
	"gonum.org/v1/netlib/blas/netlib"

	"github.com/chalk-ml/chalk/tensor"
)

// OpenBLAS reports whether this build includes the OpenBLAS variants.
const OpenBLAS = true

// openBLASVariants are the same products through OpenBLAS (cgo, via
// gonum.org/v1/netlib): Dgemm called directly, and chalk with blas64 routed
// to OpenBLAS.
func openBLASVariants() []Variant {
	impl := netlib.Implementation{}
	return []Variant{
		{Name: "OpenBLAS Dgemm", Kinds: []Kind{Square}, Prepare: dgemmVariant(impl)},
		{Name: "Dgemm loop (OpenBLAS)", Kinds: []Kind{Batched}, Prepare: dgemmLoop(impl)},
		{Name: "chalk MM (OpenBLAS)", Kinds: []Kind{Square}, Prepare: withBLAS(impl, chalkOp(tensor.MM))},
		{Name: "chalk BMM (OpenBLAS)", Kinds: []Kind{Batched}, Prepare: withBLAS(impl, chalkOp(tensor.BMM))},
		{Name: "chalk MatMul (OpenBLAS)", Kinds: []Kind{Square, Batched, Broadcast}, Prepare: withBLAS(impl, chalkOp(tensor.MatMul))},
	}
}
