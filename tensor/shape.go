package tensor

import (
	"fmt"
	"math"
	"math/bits"
)

// MaxElements is the largest number of elements a tensor may hold (2^30,
// 8 GiB of float64). Larger requests are rejected with a *ShapeError instead
// of exhausting memory.
const MaxElements = 1 << 30

// MaxDims is the largest number of dimensions a tensor may have, as in
// PyTorch (which allows 64).
const MaxDims = 64

// checkShape validates a shape given by a caller and returns its element
// count. Negative sizes, too many dimensions, and products that overflow or
// exceed MaxElements are *ShapeErrors.
func checkShape(op string, shape []int) (int, error) {
	if len(shape) > MaxDims {
		return 0, &ShapeError{Op: op, A: cloneInts(shape),
			Reason: fmt.Sprintf("a tensor may have at most %d dims, this shape has %d", MaxDims, len(shape)),
		}
	}
	for _, d := range shape {
		if d < 0 {
			return 0, &ShapeError{Op: op, A: cloneInts(shape),
				Reason: fmt.Sprintf("size %d is negative; every size must be 0 or more", d),
				torch:  fmt.Sprintf("Trying to create tensor with negative dimension %d: %s", d, torchSize(shape)),
			}
		}
	}
	n, ok := numel(shape)
	if !ok {
		return 0, tooLarge(op, shape)
	}
	return n, nil
}

// tooLarge is the error for a shape with more than MaxElements elements.
func tooLarge(op string, shape []int) *ShapeError {
	reason := fmt.Sprintf("that is more than MaxElements (%d) elements", MaxElements)
	torch := "" // PyTorch would try to allocate it
	if _, overflow := mulAll(shape); overflow {
		reason = "its sizes multiply to more than 2^60 elements (PyTorch refuses this too, even when a later size is 0)"
		torch = fmt.Sprintf("Storage size calculation overflowed with sizes=%s", torchSize(shape))
	}
	return &ShapeError{Op: op, A: cloneInts(shape),
		Reason: reason,
		Fix:    "use smaller sizes",
		torch:  torch,
	}
}

// viewTooLarge is the error for a view (Expand, Reshape) whose shape holds
// more than MaxElements elements. PyTorch makes views of any size without
// allocating; it refuses only sizes whose product overflows.
func viewTooLarge(op string, shape []int) *ShapeError {
	e := tooLarge(op, shape)
	e.Reason = fmt.Sprintf("that is more than MaxElements (%d) elements", MaxElements)
	e.torch = ""
	if _, overflow := torchProduct(shape); overflow {
		e.Reason = "its sizes multiply past 2^63, which PyTorch refuses too"
		e.torch = "numel: integer multiplication overflow"
	}
	return e
}

// numel returns the product of the sizes, and false if it exceeds
// MaxElements (which also guards against int overflow).
func numel(shape []int) (int, bool) {
	n, overflow := mulAll(shape)
	return n, !overflow && n <= MaxElements
}

// mulAll multiplies non-negative sizes and reports whether PyTorch would
// find the storage size overflowing: the running product overflows 64 bits
// (sticky, as c10::safe_multiplies_u64, so [2^33 2^33 0] overflows), or the
// product in bytes (8 per float64) exceeds 2^63-1.
func mulAll(shape []int) (int, bool) {
	n, overflow := torchProduct(shape)
	if overflow || n >= 1<<60 {
		return 1 << 60, true
	}
	return int(n), false
}

// torchProduct is PyTorch's TensorImpl numel check: the product of the
// sizes in unsigned 64-bit arithmetic (a negative size counts as a huge
// one), overflowing if any step overflows or the result exceeds 2^63-1.
func torchProduct(shape []int) (uint64, bool) {
	n := uint64(1)
	overflow := false
	for _, d := range shape {
		hi, lo := bits.Mul64(n, uint64(d))
		overflow = overflow || hi != 0
		n = lo
	}
	return n, overflow || n > math.MaxInt64
}

// contiguousStrides returns the row-major strides of shape, computed as
// PyTorch does (a size-0 or size-1 dim counts as 1), so that strides of views
// match PyTorch's and its stride-dependent choices can be mirrored.
func contiguousStrides(shape []int) []int {
	strides := make([]int, len(shape))
	s := 1
	for i := len(shape) - 1; i >= 0; i-- {
		strides[i] = s
		s *= max(shape[i], 1)
	}
	return strides
}

// normDim turns a possibly negative dim into an index in [0, ndim), with
// PyTorch's rule that a 0-d tensor accepts dims -1 and 0.
func normDim(op string, shape []int, dim int, ndim int) (int, error) {
	lo, hi := -ndim, ndim-1
	if ndim == 0 {
		lo, hi = -1, 0
	}
	if dim < lo || dim > hi {
		return 0, &ShapeError{Op: op, A: cloneInts(shape),
			Reason: fmt.Sprintf("dim %d is out of range for a %d-D tensor; use a dim in [%d, %d] (negative dims count from the end)", dim, len(shape), lo, hi),
			torch:  fmt.Sprintf("Dimension out of range (expected to be in range of [%d, %d], but got %d)", lo, hi, dim),
		}
	}
	if dim < 0 {
		dim += max(ndim, 1)
	}
	return dim, nil
}

func cloneInts(s []int) []int {
	return append([]int{}, s...)
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func prod(s []int) int {
	p := 1
	for _, d := range s {
		p *= d
	}
	return p
}
