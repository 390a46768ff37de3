package tensor

import (
	"fmt"
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
	torch := "" // PyTorch would try to allocate it
	if _, overflow := mulAll(shape); overflow {
		torch = fmt.Sprintf("Storage size calculation overflowed with sizes=%s", torchSize(shape))
	}
	return &ShapeError{Op: op, A: cloneInts(shape),
		Reason: fmt.Sprintf("that is more than MaxElements (%d) elements", MaxElements),
		Fix:    "use smaller sizes",
		torch:  torch,
	}
}

// numel returns the product of the sizes, and false if it exceeds
// MaxElements (which also guards against int overflow).
func numel(shape []int) (int, bool) {
	n, overflow := mulAll(shape)
	return n, !overflow && n <= MaxElements
}

// mulAll multiplies non-negative sizes, reporting overflow of int64.
func mulAll(shape []int) (int, bool) {
	n := uint64(1)
	zero := false
	overflow := false
	for _, d := range shape {
		if d == 0 {
			zero = true
		}
		hi, lo := bits.Mul64(n, uint64(d))
		if hi != 0 || lo > 1<<62 {
			overflow = true
			n = 1 << 62
			continue
		}
		n = lo
	}
	if zero {
		return 0, false
	}
	return int(n), overflow
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
