package tensor

import "fmt"

// Sum returns the sum of t's elements over the given dims, which are removed
// from the shape, like torch.sum(t, dims). With no dims it sums everything
// to a 0-d scalar. Negative dims count from the end, so Sum(-1) sums each
// row: the [10 3] tensor A*B summed over -1 is [10], ten dot products.
//
// It returns a *ShapeError if a dim is out of range or repeated.
func (t *Tensor) Sum(dims ...int) (*Tensor, error) { return t.sum("sum", false, dims) }

// SumKeepDim is Sum with keepdim=True: the summed dims stay as size 1, so
// the result still broadcasts against t.
func (t *Tensor) SumKeepDim(dims ...int) (*Tensor, error) { return t.sum("sum", true, dims) }

// Sum is the function form of t.Sum, like torch.sum(t, dims).
func Sum(t *Tensor, dims ...int) (*Tensor, error) {
	if err := valid("sum", "the tensor", t); err != nil {
		return nil, err
	}
	return t.Sum(dims...)
}

// Mean returns the mean of t's elements over the given dims (all with none),
// like torch.mean. Errors are as for Sum. The mean of no elements is NaN, as
// in PyTorch.
func (t *Tensor) Mean(dims ...int) (*Tensor, error) {
	s, err := t.sum("mean", false, dims)
	if err != nil {
		return nil, err
	}
	count := t.Numel() / max(s.Numel(), 1)
	if s.Numel() == 0 {
		return s, nil
	}
	if t.Numel() == 0 {
		count = 0
	}
	return s.Scale(1 / float64(count)), nil
}

func (t *Tensor) sum(op string, keep bool, dims []int) (*Tensor, error) {
	if err := valid(op, "the tensor", t); err != nil {
		return nil, err
	}
	nd := len(t.shape)
	reduce := make([]bool, max(nd, 1))
	if len(dims) == 0 {
		for i := range reduce {
			reduce[i] = true
		}
	}
	norm := make([]int, len(dims))
	for i, dim := range dims {
		d, err := normDim(op, t.shape, dim, nd)
		if err != nil {
			return nil, err
		}
		norm[i] = d
	}
	for _, d := range norm {
		if reduce[d] {
			return nil, &ShapeError{Op: op, A: cloneInts(t.shape),
				Reason: fmt.Sprintf("dims %v name dim %d twice", dims, d),
				torch:  fmt.Sprintf("dim %d appears multiple times in the list of dims", d)}
		}
		reduce[d] = true
	}
	// The output keeps the unreduced dims; reading it with stride 0 along the
	// reduced dims lets one strided walk accumulate every input element.
	var outShape, keepShape []int
	for i := 0; i < nd; i++ {
		if reduce[i] {
			keepShape = append(keepShape, 1)
		} else {
			outShape = append(outShape, t.shape[i])
			keepShape = append(keepShape, t.shape[i])
		}
	}
	out := make([]float64, prod(outShape))
	outStrides := broadcastStrides(keepShape, contiguousStrides(keepShape), t.shape)
	walk2(t.shape, t.strides, t.offset, outStrides, 0, func(oa, ob, n, ka, kb int) {
		for j := 0; j < n; j++ {
			out[ob+j*kb] += t.data[oa+j*ka]
		}
	})
	if keep {
		return newContiguous(out, keepShape), nil
	}
	return newContiguous(out, outShape), nil
}
