package tensor

import (
	"fmt"
	"math"
)

// Tensor is an n-dimensional array of float64 values with a shape, like a
// PyTorch tensor of dtype float64.
//
// A Tensor is immutable: every operation returns a new Tensor. Views
// (Transpose, Permute, Expand, Unsqueeze, and Reshape of contiguous data)
// share the elements of their source through strides instead of copying, as
// in PyTorch; element (i0, i1, ...) lives at data[offset + i0*strides[0] +
// i1*strides[1] + ...]. A stride of 0 repeats an element along a dim, which
// is how broadcasting avoids copies.
//
// The zero value is not usable; build tensors with FromSlice, Zeros, Ones,
// Full, Arange, Rand and the other constructors. A nil *Tensor and the zero
// value Tensor{} never panic: methods that return an error return a
// *ValueError, the others an empty result (no shape, no elements).
type Tensor struct {
	data    []float64
	shape   []int
	strides []int
	offset  int
}

// FromSlice returns a tensor of the given shape holding a copy of data in
// row-major (C) order. With no shape it returns a 0-d scalar, so data must
// then hold exactly one element.
//
// It returns a *ShapeError if a size is negative, if the shape holds more
// than MaxElements elements, or if len(data) is not the product of the
// sizes.
func FromSlice(data []float64, shape ...int) (*Tensor, error) {
	n, err := checkShape("FromSlice", shape)
	if err != nil {
		return nil, err
	}
	if len(data) != n {
		return nil, &ShapeError{Op: "FromSlice", A: cloneInts(shape),
			Reason: fmt.Sprintf("it needs %d elements but data has %d", n, len(data)),
			Fix:    "pass a shape whose sizes multiply to len(data), or use Reshape(-1) to flatten",
			torch:  fmt.Sprintf("shape '%s' is invalid for input of size %d", torchSize(shape), len(data)),
		}
	}
	return newContiguous(append([]float64(nil), data...), shape), nil
}

// Scalar returns a 0-d tensor holding v, like torch.tensor(v).
func Scalar(v float64) *Tensor { return newContiguous([]float64{v}, nil) }

// Must returns t, or panics if err is not nil. It is for examples and tests
// with shapes known to be valid, like template.Must; programs handling user
// input should check the error instead.
func Must(t *Tensor, err error) *Tensor {
	if err != nil {
		panic(err)
	}
	return t
}

// newContiguous wraps data (taking ownership) as a row-major tensor.
func newContiguous(data []float64, shape []int) *Tensor {
	shape = cloneInts(shape)
	return &Tensor{data: data, shape: shape, strides: contiguousStrides(shape)}
}

// Shape returns a copy of the sizes of t's dims; a 0-d scalar has shape [].
func (t *Tensor) Shape() []int {
	if t == nil {
		return nil
	}
	return cloneInts(t.shape)
}

// Dim returns the number of dims of t (0 for a scalar), like torch.Tensor.dim.
func (t *Tensor) Dim() int {
	if t == nil {
		return 0
	}
	return len(t.shape)
}

// Size returns the size of dim d (negative d counts from the end), like
// torch.Tensor.size(d). It returns a *ShapeError if d is out of range.
func (t *Tensor) Size(d int) (int, error) {
	if err := valid("size", "the tensor", t); err != nil {
		return 0, err
	}
	d, err := normDim("size", t.shape, d, len(t.shape))
	if err != nil {
		return 0, err
	}
	if len(t.shape) == 0 {
		return 1, nil
	}
	return t.shape[d], nil
}

// Numel returns the number of elements, the product of the sizes (1 for a
// scalar, 0 for a nil or zero-value Tensor).
func (t *Tensor) Numel() int {
	if t.isZero() {
		return 0
	}
	return prod(t.shape)
}

// Strides returns a copy of t's strides in elements, as
// torch.Tensor.stride(): how far apart in memory consecutive indices of each
// dim are. Views have non-row-major strides; broadcast views have 0 strides.
func (t *Tensor) Strides() []int {
	if t == nil {
		return nil
	}
	return cloneInts(t.strides)
}

// IsContiguous reports whether t's elements are laid out in row-major order
// without gaps, as torch.Tensor.is_contiguous (size-1 dims are ignored).
func (t *Tensor) IsContiguous() bool {
	if t.isZero() {
		return true // no elements
	}
	expect := 1
	for i := len(t.shape) - 1; i >= 0; i-- {
		if t.shape[i] == 0 {
			return true
		}
		if t.shape[i] != 1 && t.strides[i] != expect {
			return false
		}
		expect *= t.shape[i]
	}
	return true
}

// Data returns a row-major copy of t's elements. Changing it does not change
// t. The zero value Tensor{} has no elements: Data returns nil.
func (t *Tensor) Data() []float64 {
	if t.isZero() {
		return nil
	}
	out := make([]float64, t.Numel())
	t.copyTo(out)
	return out
}

// Contiguous returns t itself if its elements are already row-major and
// gap-free (even as a view into a larger tensor), otherwise a row-major copy,
// like torch.Tensor.contiguous.
func (t *Tensor) Contiguous() *Tensor {
	if t.isZero() {
		return &Tensor{}
	}
	if t.IsContiguous() {
		return t
	}
	return newContiguous(t.Data(), t.shape)
}

// Clone returns a copy of t that shares nothing with it, laid out as
// torch.clone lays it out: a dense tensor (contiguous, or a permutation of a
// contiguous one) keeps its strides; any other view (expanded, narrowed)
// becomes dense with its dims in the same order.
func (t *Tensor) Clone() *Tensor {
	if t.isZero() {
		return &Tensor{}
	}
	n := t.Numel()
	if n > 0 && isNonOverlappingAndDense(t.shape, t.strides) {
		data := append([]float64(nil), t.data[t.offset:t.offset+n]...)
		return &Tensor{data: data, shape: cloneInts(t.shape), strides: cloneInts(t.strides)}
	}
	out := &Tensor{data: make([]float64, n), shape: cloneInts(t.shape), strides: inferDenseStrides(t.shape, t.strides)}
	walk2(t.shape, t.strides, t.offset, out.strides, 0, func(oa, oc, rows, ka, kc int) {
		for j := 0; j < rows; j++ {
			out.data[oc+j*kc] = t.data[oa+j*ka]
		}
	})
	return out
}

// At returns the element at the given index, one entry per dim; negative
// entries count from the end as in Python. At() on a scalar returns its
// value. It returns an *IndexError if the number of entries is not Dim() or
// an entry is out of range.
func (t *Tensor) At(index ...int) (float64, error) {
	if err := valid("at", "the tensor", t); err != nil {
		return 0, err
	}
	if len(index) != len(t.shape) {
		torch := fmt.Sprintf("too many indices for tensor of dimension %d", len(t.shape))
		if len(index) < len(t.shape) {
			torch = "" // PyTorch returns a sub-tensor instead
		}
		return 0, &IndexError{Index: cloneInts(index), Shape: cloneInts(t.shape),
			Reason: fmt.Sprintf("At needs exactly one index per dim (%d), got %d", len(t.shape), len(index)),
			torch:  torch}
	}
	off := t.offset
	for d, i := range index {
		size := t.shape[d]
		if i < -size || i >= size {
			return 0, &IndexError{Index: cloneInts(index), Shape: cloneInts(t.shape),
				Reason: fmt.Sprintf("dim %d has size %d, so its index must be in [%d, %d], not %d", d, size, -size, size-1, i),
				torch:  fmt.Sprintf("index %d is out of bounds for dimension %d with size %d", i, d, size)}
		}
		if i < 0 {
			i += size
		}
		off += i * t.strides[d]
	}
	return t.data[off], nil
}

// Item returns the value of a one-element tensor, like torch.Tensor.item.
// It returns a *ShapeError if t holds more or fewer than one element.
func (t *Tensor) Item() (float64, error) {
	if err := valid("item", "the tensor", t); err != nil {
		return 0, err
	}
	if t.Numel() != 1 {
		return 0, &ShapeError{Op: "item", A: cloneInts(t.shape),
			Reason: fmt.Sprintf("item needs exactly one element, the tensor has %d", t.Numel()),
			Fix:    "use Sum() to reduce it, or At to pick one element",
			torch:  "only one element tensors can be converted to Python scalars"}
	}
	return t.data[t.offset], nil
}

// Equal reports whether a and b have the same shape and the same elements
// (NaN equals NaN here, so a tensor equals itself).
func Equal(a, b *Tensor) bool {
	if a == nil || b == nil {
		return a == b
	}
	if !equalInts(a.shape, b.shape) {
		return false
	}
	x, y := a.Data(), b.Data()
	for i := range x {
		if x[i] != y[i] && !(math.IsNaN(x[i]) && math.IsNaN(y[i])) {
			return false
		}
	}
	return true
}

// AllClose reports whether a and b have the same shape and every pair of
// elements satisfies |a-b| <= atol + rtol*|b|, like torch.allclose; NaNs
// compare equal to NaNs and infinities to equal infinities.
func AllClose(a, b *Tensor, rtol, atol float64) bool {
	if a == nil || b == nil || !equalInts(a.shape, b.shape) {
		return false
	}
	x, y := a.Data(), b.Data()
	for i := range x {
		if !closeTo(x[i], y[i], rtol, atol) {
			return false
		}
	}
	return true
}

func closeTo(x, y, rtol, atol float64) bool {
	switch {
	case math.IsNaN(x) || math.IsNaN(y):
		return math.IsNaN(x) && math.IsNaN(y)
	case math.IsInf(x, 0) || math.IsInf(y, 0):
		return x == y
	}
	return math.Abs(x-y) <= atol+rtol*math.Abs(y)
}

// Validate returns a *ValueError if t is nil or the zero value Tensor{},
// which no constructor returns, and nil for every tensor built by this
// package. Functions taking tensors call it first; code that receives
// tensors from users (as package rnn does) can too.
func (t *Tensor) Validate() error { return valid("validate", "the tensor", t) }

// valid returns an error for a nil or zero-value tensor.
func valid(op, name string, t *Tensor) error {
	if t == nil {
		return nilError(op, name)
	}
	if t.isZero() {
		return &ValueError{Op: op, Msg: name + " is a zero Tensor value; build tensors with FromSlice, Zeros or another constructor"}
	}
	return nil
}

// isZero reports whether t is nil or the zero value: constructors and views
// always set strides (an empty, non-nil slice for a scalar).
func (t *Tensor) isZero() bool { return t == nil || t.strides == nil }
