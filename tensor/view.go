package tensor

import (
	"fmt"
	"slices"
)

// view returns a tensor sharing t's elements with a new shape and strides.
func (t *Tensor) view(shape, strides []int) *Tensor {
	return &Tensor{data: t.data, shape: shape, strides: strides, offset: t.offset}
}

// Reshape returns a tensor with the same elements in the same row-major
// order but the given shape, like torch.Tensor.reshape. One size may be -1,
// meaning "whatever makes the element count match": a [2 3 4] tensor
// reshaped to (4, -1) is [4 6]. The result is a view when the strides allow
// it (always for contiguous tensors), otherwise a copy.
//
// It returns a *ShapeError if the sizes do not multiply to Numel(), if more
// than one size is -1, or if a size is below -1.
func (t *Tensor) Reshape(shape ...int) (*Tensor, error) {
	if err := valid("reshape", "the tensor", t); err != nil {
		return nil, err
	}
	shape, err := inferShape(t.shape, shape)
	if err != nil {
		return nil, err
	}
	if strides, ok := viewStrides(t.shape, t.strides, shape); ok {
		return t.view(shape, strides), nil
	}
	return newContiguous(t.Data(), shape), nil
}

// Flatten returns t reshaped to one dim, like torch.flatten (a scalar becomes
// a 1-element vector).
func (t *Tensor) Flatten() *Tensor {
	if t.isZero() {
		return &Tensor{}
	}
	f, _ := t.Reshape(-1) // cannot fail: -1 absorbs every element count
	return f
}

// inferShape resolves a -1 in a requested shape against the old shape, with
// PyTorch's infer_size rules and error order. As there, the product of the
// given sizes wraps around on overflow; a shape that matches only by
// wrapping is then refused as PyTorch's numel check refuses it.
func inferShape(old, shape []int) ([]int, error) {
	n := prod(old)
	shape = cloneInts(shape)
	infer := -1
	newsize := 1
	for i, d := range shape {
		switch {
		case d == -1 && infer >= 0:
			return nil, &ShapeError{Op: "reshape", A: cloneInts(old),
				Reason: fmt.Sprintf("the new shape %v has more than one -1, so it is ambiguous", shape),
				Fix:    "give every size but one explicitly",
				torch:  "only one dimension can be inferred"}
		case d == -1:
			infer = i
		case d < 0:
			return nil, &ShapeError{Op: "reshape", A: cloneInts(old),
				Reason: fmt.Sprintf("the new shape %v has size %d; sizes must be 0 or more, or -1 to infer one", shape, d),
				torch:  fmt.Sprintf("invalid shape dimension %d", d)}
		default:
			newsize *= d
		}
	}
	if n != newsize && (infer < 0 || newsize <= 0 || n%newsize != 0) {
		return nil, reshapeError(old, shape, n)
	}
	if infer >= 0 {
		if newsize == 0 {
			return nil, &ShapeError{Op: "reshape", A: cloneInts(old),
				Reason: fmt.Sprintf("the new shape %v has a 0 beside the -1, so any size would do for the -1", shape),
				Fix:    "give every size explicitly",
				torch:  fmt.Sprintf("cannot reshape tensor of 0 elements into shape %s because the unspecified dimension size -1 can be any value and is ambiguous", torchSize(shape))}
		}
		shape[infer] = n / newsize
	}
	if _, ok := numel(shape); !ok {
		return nil, viewTooLarge("reshape", shape)
	}
	return shape, nil
}

func reshapeError(old, shape []int, n int) *ShapeError {
	return &ShapeError{Op: "reshape", A: cloneInts(old),
		Reason: fmt.Sprintf("it has %d elements, which cannot be arranged as %v", n, shape),
		Fix:    "choose sizes whose product is the element count (one of them may be -1)",
		torch:  fmt.Sprintf("shape '%s' is invalid for input of size %d", torchSize(shape), n)}
}

// viewStrides is PyTorch's computeStride: the strides that let a tensor
// with oldShape/oldStrides be viewed as newShape without copying, if any.
// A view exists when each run of old dims that is contiguous in memory maps
// onto whole new dims.
func viewStrides(oldShape, oldStrides, newShape []int) ([]int, bool) {
	newStrides := make([]int, len(newShape))
	if len(oldShape) == 0 {
		for i := range newStrides {
			newStrides[i] = 1
		}
		return newStrides, true
	}
	n := prod(oldShape)
	if n == 0 && equalInts(oldShape, newShape) {
		return cloneInts(oldStrides), true
	}
	if n == 0 {
		return contiguousStrides(newShape), true
	}
	viewD := len(newShape) - 1
	chunkBase := oldStrides[len(oldStrides)-1]
	tensorN, viewN := 1, 1
	for d := len(oldShape) - 1; d >= 0; d-- {
		tensorN *= oldShape[d]
		if d == 0 || (oldShape[d-1] != 1 && oldStrides[d-1] != tensorN*chunkBase) {
			for viewD >= 0 && (viewN < tensorN || newShape[viewD] == 1) {
				newStrides[viewD] = viewN * chunkBase
				viewN *= newShape[viewD]
				viewD--
			}
			if viewN != tensorN {
				return nil, false
			}
			if d > 0 {
				chunkBase = oldStrides[d-1]
				tensorN, viewN = 1, 1
			}
		}
	}
	if viewD != -1 {
		return nil, false
	}
	return newStrides, true
}

// Transpose returns a view of t with dims d0 and d1 swapped, like
// torch.transpose: element [.., i, .., j, ..] of the result is element
// [.., j, .., i, ..] of t. Negative dims count from the end. It returns a
// *ShapeError if a dim is out of range.
func (t *Tensor) Transpose(d0, d1 int) (*Tensor, error) {
	if err := valid("transpose", "the tensor", t); err != nil {
		return nil, err
	}
	a, err := normDim("transpose", t.shape, d0, len(t.shape))
	if err != nil {
		return nil, err
	}
	b, err := normDim("transpose", t.shape, d1, len(t.shape))
	if err != nil {
		return nil, err
	}
	if len(t.shape) == 0 {
		return t, nil
	}
	shape, strides := cloneInts(t.shape), cloneInts(t.strides)
	shape[a], shape[b] = shape[b], shape[a]
	strides[a], strides[b] = strides[b], strides[a]
	return t.view(shape, strides), nil
}

// T returns a view of t with its dims reversed, like torch.Tensor.T: the
// transpose of a matrix, a vector or scalar unchanged, and for N-D tensors
// shape [a b c] becomes [c b a]. For batches of matrices use MT.
func (t *Tensor) T() *Tensor {
	if t.isZero() {
		return &Tensor{}
	}
	n := len(t.shape)
	shape, strides := make([]int, n), make([]int, n)
	for i := range n {
		shape[i], strides[i] = t.shape[n-1-i], t.strides[n-1-i]
	}
	return t.view(shape, strides)
}

// MT returns a view of t with its last two dims swapped, like
// torch.Tensor.mT: each matrix of a batch [..., n, m] is transposed to
// [..., m, n]. It returns a *ShapeError for tensors with fewer than 2 dims.
func (t *Tensor) MT() (*Tensor, error) {
	if err := valid("mT", "the tensor", t); err != nil {
		return nil, err
	}
	if len(t.shape) < 2 {
		return nil, &ShapeError{Op: "mT", A: cloneInts(t.shape),
			Reason: fmt.Sprintf("mT transposes the last two dims, but the tensor is %d-D", len(t.shape)),
			Fix:    "Unsqueeze a vector to a [1 n] row or [n 1] column first",
			torch:  fmt.Sprintf("tensor.mT is only supported on matrices or batches of matrices. Got %d-D tensor.", len(t.shape))}
	}
	return t.Transpose(-2, -1)
}

// Permute returns a view of t with its dims reordered, like torch.permute:
// dim i of the result is dim dims[i] of t, so a [2 3 4] tensor permuted by
// (2, 0, 1) is [4 2 3]. It returns a *ShapeError unless dims names every dim
// exactly once (negative dims count from the end).
func (t *Tensor) Permute(dims ...int) (*Tensor, error) {
	if err := valid("permute", "the tensor", t); err != nil {
		return nil, err
	}
	n := len(t.shape)
	if len(dims) != n {
		return nil, &ShapeError{Op: "permute", A: cloneInts(t.shape),
			Reason: fmt.Sprintf("permute needs one entry per dim (%d), got %d: %v", n, len(dims), dims),
			torch: fmt.Sprintf("permute(sparse_coo): number of dimensions in the tensor input does not match the length of the desired ordering of dimensions i.e. input.dim() = %d is not equal to len(dims) = %d",
				n, len(dims))}
	}
	shape, strides := make([]int, n), make([]int, n)
	seen := make([]bool, n)
	for i, d := range dims {
		d, err := normDim("permute", t.shape, d, n)
		if err != nil {
			return nil, err
		}
		if seen[d] {
			return nil, &ShapeError{Op: "permute", A: cloneInts(t.shape),
				Reason: fmt.Sprintf("dims %v name dim %d twice; each dim must appear exactly once", dims, d),
				torch:  "permute(): duplicate dims are not allowed."}
		}
		seen[d] = true
		shape[i], strides[i] = t.shape[d], t.strides[d]
	}
	return t.view(shape, strides), nil
}

// Unsqueeze returns a view of t with a size-1 dim inserted at position dim,
// like torch.unsqueeze: a [3 4] tensor unsqueezed at 0 is [1 3 4], at -1 is
// [3 4 1]. dim may be in [-Dim()-1, Dim()]. It returns a *ShapeError
// otherwise.
func (t *Tensor) Unsqueeze(dim int) (*Tensor, error) {
	if err := valid("unsqueeze", "the tensor", t); err != nil {
		return nil, err
	}
	d, err := normDim("unsqueeze", t.shape, dim, len(t.shape)+1)
	if err != nil {
		return nil, err
	}
	stride := 1
	if d < len(t.shape) {
		stride = t.shape[d] * t.strides[d]
	}
	shape := slices.Insert(cloneInts(t.shape), d, 1)
	strides := slices.Insert(cloneInts(t.strides), d, stride)
	return t.view(shape, strides), nil
}

// Squeeze returns a view of t without size-1 dims, like torch.squeeze. With
// no dims it removes every size-1 dim; otherwise only the listed dims, and
// only those of size 1 (others are left alone, as in PyTorch). It returns a
// *ShapeError if a listed dim is out of range.
func (t *Tensor) Squeeze(dims ...int) (*Tensor, error) {
	if err := valid("squeeze", "the tensor", t); err != nil {
		return nil, err
	}
	drop := make([]bool, len(t.shape))
	if len(dims) == 0 {
		for i, s := range t.shape {
			drop[i] = s == 1
		}
	}
	for _, dim := range dims {
		d, err := normDim("squeeze", t.shape, dim, len(t.shape))
		if err != nil {
			return nil, err
		}
		if len(t.shape) > 0 && t.shape[d] == 1 {
			drop[d] = true
		}
	}
	shape, strides := []int{}, []int{}
	for i := range t.shape {
		if !drop[i] {
			shape = append(shape, t.shape[i])
			strides = append(strides, t.strides[i])
		}
	}
	return t.view(shape, strides), nil
}

// Expand returns a view of t repeated along size-1 dims to the given shape,
// like torch.Tensor.expand, without copying: expanded dims get stride 0. New
// leading dims may be added; -1 keeps a dim's size. A [3 1] tensor expanded
// to (2, 3, 4) is [2 3 4]. It returns a *ShapeError if a non-1 size would
// change, the shape has fewer dims than t, a size is negative (other than
// -1 for an existing dim), or the result would exceed MaxElements.
func (t *Tensor) Expand(shape ...int) (*Tensor, error) {
	if err := valid("expand", "the tensor", t); err != nil {
		return nil, err
	}
	if len(shape) < len(t.shape) {
		return nil, &ShapeError{Op: "expand", A: cloneInts(t.shape),
			Reason: fmt.Sprintf("the target %v has fewer dims than the tensor; expand can only add leading dims", shape),
			torch: fmt.Sprintf("expand(torch.DoubleTensor{%s}, size=%s): the number of sizes provided (%d) must be greater or equal to the number of dimensions in the tensor (%d)",
				torchSize(t.shape), torchSize(shape), len(shape), len(t.shape))}
	}
	// PyTorch's inferExpandGeometry, right to left: a kept dim keeps its
	// stride, an expanded one gets stride 0, and a new leading dim of size 1
	// gets the stride a contiguous layout would give it. PyTorch takes a 0-d
	// tensor's target sizes as given, all with stride 0.
	lead := len(shape) - len(t.shape)
	out := cloneInts(shape)
	strides := make([]int, len(shape))
	for i := len(shape) - 1; i >= 0 && len(t.shape) > 0; i-- {
		want, have, stride := shape[i], 1, 0
		if i >= lead {
			have, stride = t.shape[i-lead], t.strides[i-lead]
		} else {
			stride = out[i+1] * strides[i+1]
		}
		if want == -1 {
			if i < lead {
				return nil, &ShapeError{Op: "expand", A: cloneInts(t.shape),
					Reason: fmt.Sprintf("the target %v has -1 in new leading dim %d; -1 keeps an existing dim's size, and new dims need explicit sizes", shape, i),
					torch:  fmt.Sprintf("The expanded size of the tensor (%d) isn't allowed in a leading, non-existing dimension %d", want, i)}
			}
			want = have
		}
		if want != have {
			if have != 1 {
				return nil, &ShapeError{Op: "expand", A: cloneInts(t.shape),
					Reason: fmt.Sprintf("dim %d has size %d, and only size-1 dims can be expanded (to %d)", i-lead, have, want),
					Fix:    "expand only dims of size 1, or Unsqueeze a new size-1 dim first",
					torch: fmt.Sprintf("The expanded size of the tensor (%d) must match the existing size (%d) at non-singleton dimension %d.  Target sizes: %s.  Tensor sizes: %s",
						want, have, i, torchSize(shape), torchSize(t.shape))}
			}
			stride = 0
		}
		out[i], strides[i] = want, stride
	}
	for i, d := range out {
		if d < 0 {
			torch := "" // PyTorch accepts it and makes a tensor with a negative size
			if _, overflow := torchProduct(out); overflow {
				torch = "numel: integer multiplication overflow"
			}
			return nil, &ShapeError{Op: "expand", A: cloneInts(t.shape),
				Reason: fmt.Sprintf("the target %v has size %d in dim %d; sizes must be 0 or more, or -1 to keep an existing dim's size", shape, d, i),
				torch:  torch}
		}
	}
	if _, ok := numel(out); !ok {
		return nil, viewTooLarge("expand", out)
	}
	return t.view(out, strides), nil
}
