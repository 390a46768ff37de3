package tensor

import "fmt"

// Select returns the view of t at index i along dim, with that dim removed,
// like torch.select (t[i] for dim 0): for x of shape [T B I], x.Select(0, t)
// is the [B I] input at time step t. Negative dim and i count from the end.
// It returns a *ShapeError for a 0-d t or a dim out of range, and an
// *IndexError for i out of range.
func (t *Tensor) Select(dim, i int) (*Tensor, error) {
	if err := valid("select", "the tensor", t); err != nil {
		return nil, err
	}
	if len(t.shape) == 0 {
		return nil, &ShapeError{Op: "select", A: []int{},
			Reason: "a 0-d scalar has no dim to select from",
			torch:  "select() cannot be applied to a 0-dim tensor."}
	}
	d, err := normDim("select", t.shape, dim, len(t.shape))
	if err != nil {
		return nil, err
	}
	size := t.shape[d]
	if i < -size || i >= size {
		idx := make([]int, len(t.shape))
		idx[d] = i
		return nil, &IndexError{Index: idx, Shape: cloneInts(t.shape),
			Reason: fmt.Sprintf("dim %d has size %d, so its index must be in [%d, %d], not %d", d, size, -size, size-1, i),
			torch:  fmt.Sprintf("select(): index %d out of range for tensor of size %s at dimension %d", i, torchSize(t.shape), d)}
	}
	if i < 0 {
		i += size
	}
	v := t.view(append(cloneInts(t.shape[:d]), t.shape[d+1:]...), append(cloneInts(t.strides[:d]), t.strides[d+1:]...))
	v.offset = t.offset + i*t.strides[d]
	return v, nil
}

// Narrow returns the view of t holding indices [start, start+length) along
// dim, like torch.narrow (t[start:start+length] for dim 0). Negative dim and
// start count from the end. It returns a *ShapeError if the range does not
// fit in the dim.
func (t *Tensor) Narrow(dim, start, length int) (*Tensor, error) {
	if err := valid("narrow", "the tensor", t); err != nil {
		return nil, err
	}
	if len(t.shape) == 0 {
		return nil, &ShapeError{Op: "narrow", A: []int{},
			Reason: "a 0-d scalar has no dim to narrow",
			torch:  "narrow() cannot be applied to a 0-dim tensor."}
	}
	d, err := normDim("narrow", t.shape, dim, len(t.shape))
	if err != nil {
		return nil, err
	}
	size := t.shape[d]
	// PyTorch wraps start like a dim index (start == size is allowed: an
	// empty range at the end), treating a size-0 dim as size 1.
	if start != size {
		n := max(size, 1)
		if start < -n || start >= n {
			return nil, &ShapeError{Op: "narrow", A: cloneInts(t.shape),
				Reason: fmt.Sprintf("start %d is out of range for dim %d of size %d; use a start in [%d, %d] (negative starts count from the end)", start, d, size, -size, size),
				torch:  fmt.Sprintf("Dimension out of range (expected to be in range of [%d, %d], but got %d)", -n, n-1, start)}
		}
		if start < 0 {
			start += n
		}
	}
	if length < 0 || start > size-length {
		return nil, &ShapeError{Op: "narrow", A: cloneInts(t.shape),
			Reason: fmt.Sprintf("the range [%d, %d+%d) does not fit in dim %d of size %d; the length must be in [0, %d]", start, start, length, d, size, size-start),
			torch:  fmt.Sprintf("start (%d) + length (%d) exceeds dimension size (%d).", start, length, size)}
	}
	shape := cloneInts(t.shape)
	shape[d] = length
	v := t.view(shape, cloneInts(t.strides))
	v.offset = t.offset + start*t.strides[d]
	return v, nil
}

// Cat concatenates tensors along an existing dim, like torch.cat: all must
// have the same shape except along dim, whose sizes add up. Cat(-1, fwd,
// bwd) joins the forward and reverse halves of a bidirectional RNN output.
// As in PyTorch, 1-D empty tensors (shape [0]) are skipped whatever their
// rank, so an empty accumulator can start a loop of Cat calls. It returns a *ShapeError for no tensors, differing ranks or sizes, or a dim
// out of range.
func Cat(dim int, ts ...*Tensor) (*Tensor, error) {
	if len(ts) == 0 {
		return nil, &ShapeError{Op: "cat", Reason: "there are no tensors to concatenate",
			torch: "torch.cat(): expected a non-empty list of Tensors"}
	}
	for i, t := range ts {
		if err := valid("cat", fmt.Sprintf("tensor %d", i), t); err != nil {
			return nil, err
		}
	}
	for i, t := range ts {
		if len(t.shape) == 0 {
			return nil, &ShapeError{Op: "cat", A: []int{},
				Reason: fmt.Sprintf("tensor %d is a 0-d scalar, and scalars cannot be concatenated", i),
				Fix:    "use Stack, or Reshape the scalars to [1]",
				torch:  fmt.Sprintf("zero-dimensional tensor (at position %d) cannot be concatenated", i)}
		}
	}
	// As in PyTorch, 1-D empty tensors (shape [0]) are skipped, a legacy rule
	// that lets an empty accumulator start a loop of Cat calls.
	var parts []*Tensor
	var index []int
	for i, t := range ts {
		if len(t.shape) != 1 || t.shape[0] != 0 {
			parts = append(parts, t)
			index = append(index, i)
		}
	}
	if len(parts) == 0 {
		return newContiguous([]float64{}, []int{0}), nil
	}
	first := parts[0].shape
	d, err := normDim("cat", first, dim, len(first))
	if err != nil {
		return nil, err
	}
	shape := cloneInts(first)
	shape[d] = 0
	for p, t := range parts {
		i := index[p]
		if len(t.shape) != len(first) {
			return nil, &ShapeError{Op: "cat", A: cloneInts(first), B: cloneInts(t.shape),
				Reason: fmt.Sprintf("tensor %d has %d dims but tensor %d has %d; all must have the same number", i, len(t.shape), index[0], len(first)),
				torch:  fmt.Sprintf("Tensors must have same number of dimensions: got %d and %d", len(first), len(t.shape))}
		}
		for j := range first {
			if j != d && t.shape[j] != first[j] {
				return nil, &ShapeError{Op: "cat", A: cloneInts(first), B: cloneInts(t.shape),
					Reason: fmt.Sprintf("tensor %d has size %d in dim %d but tensor %d has %d; only dim %d may differ", i, t.shape[j], j, index[0], first[j], d),
					torch:  fmt.Sprintf("Sizes of tensors must match except in dimension %d. Expected size %d but got size %d for tensor number %d in the list.", d, first[j], t.shape[j], i)}
			}
		}
		shape[d] += t.shape[d]
	}
	n, err := checkShape("cat", shape)
	if err != nil {
		return nil, err
	}
	// Write each input into its slab of the output, viewed with the output's
	// strides.
	out := make([]float64, n)
	outStrides := contiguousStrides(shape)
	at := 0
	for _, t := range parts {
		base := at * outStrides[d]
		walk2(t.shape, t.strides, t.offset, outStrides, base, func(oa, ob, rows, ka, kb int) {
			for j := 0; j < rows; j++ {
				out[ob+j*kb] = t.data[oa+j*ka]
			}
		})
		at += t.shape[d]
	}
	return newContiguous(out, shape), nil
}

// Stack joins tensors of one shape along a new dim, like torch.stack:
// stacking T tensors of shape [B H] at dim 0 gives [T B H]. It returns a
// *ShapeError for no tensors or differing shapes.
func Stack(dim int, ts ...*Tensor) (*Tensor, error) {
	if len(ts) == 0 {
		return nil, &ShapeError{Op: "stack", Reason: "there are no tensors to stack",
			torch: "stack expects a non-empty TensorList"}
	}
	us := make([]*Tensor, len(ts))
	for i, t := range ts {
		if err := valid("stack", fmt.Sprintf("tensor %d", i), t); err != nil {
			return nil, err
		}
		if !equalInts(t.shape, ts[0].shape) {
			return nil, &ShapeError{Op: "stack", A: cloneInts(ts[0].shape), B: cloneInts(t.shape),
				Reason: fmt.Sprintf("tensor %d has shape %v but tensor 0 has %v; all must be equal", i, t.shape, ts[0].shape),
				torch:  fmt.Sprintf("stack expects each tensor to be equal size, but got %s at entry 0 and %s at entry %d", torchSize(ts[0].shape), torchSize(t.shape), i)}
		}
		u, err := t.Unsqueeze(dim)
		if err != nil {
			return nil, err
		}
		us[i] = u
	}
	return Cat(dim, us...)
}
