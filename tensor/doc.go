// Package tensor is chalk's n-dimensional array of float64 values, with the
// matrix products of PyTorch 1.13 reproduced exactly: the same results, the
// same shape rules, and — through ShapeError.TorchMessage — the same error
// messages, while ShapeError.Error explains each failure in the caller's own
// shapes.
//
// # The four products
//
//	Dot(a, b)     torch.dot     1-D · 1-D → 0-d              no broadcasting
//	MM(a, b)      torch.mm      [n m] · [m p] → [n p]         2-D only, no broadcasting
//	BMM(a, b)     torch.bmm     [b n m] · [b m p] → [b n p]   3-D only, equal batch, no broadcasting
//	MatMul(a, b)  torch.matmul  any 1-D..N-D pair             vectors promoted, batch dims broadcast
//
// plus MV (matrix·vector), Outer, and the elementwise Add, Sub, Mul and Div,
// which broadcast like NumPy. Explain reasons about any of them from shapes
// alone:
//
//	fmt.Print(tensor.Explain("matmul", []int{10, 3, 4}, []int{4, 5}))
//
// # Matmul's rules
//
// For MatMul the last two dims of each operand are its matrices and are
// never broadcast. A 1-D left operand is read as a row (a 1 is prepended and
// later removed), a 1-D right operand as a column (a 1 is appended and
// removed). The remaining leading dims are batch dims and broadcast from the
// right: sizes must be equal, or one of them 1, or missing.
//
//	[10 3 4] · [4 5]       → [10 3 5]   B is reused for all 10 matrices
//	[8 1 6 4] · [7 4 5]    → [8 7 6 5]  batch [8 1] and [7] broadcast to [8 7]
//	[4] · [2 4 5]          → [2 5]      the prepended 1 is removed
//	[2 0] · [0 3]          → [2 3]      an empty sum is 0
//
// # Memory and speed
//
// A Tensor is immutable and may be a strided view of another tensor's
// elements (Transpose, Permute, Expand, Select, ...). Broadcasting uses
// stride 0 instead of copies. Matrix products go through
// gonum.org/v1/gonum/blas/blas64, so blas64.Use can substitute OpenBLAS or any
// other BLAS (build with -tags openblas to do it for you); while blas64 has
// gonum's default pure-Go implementation, chalk uses its own SIMD kernel
// (internal/gemm) instead, which is many times faster. Backend says which is in
// use. Large products and large batches run on all CPUs. IEEE special values
// propagate as in PyTorch (0·Inf and 0·NaN are NaN) on every path, including
// BLASes that skip zero terms.
//
// # Errors
//
// Shape problems are *ShapeError, out-of-range element indices *IndexError,
// and other unusable arguments (nil tensors, a zero step) *ValueError. No
// function panics on bad input, except Must, which exists to panic.
package tensor
