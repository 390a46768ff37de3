package tensor

// Elementwise results are laid out in memory as PyTorch 1.13's
// TensorIterator lays them out, so that their strides — and everything that
// depends on strides, such as whether a later matmul folds its batch and so
// which error message PyTorch gives — match PyTorch's:
//
//   - when every operand has the output's shape, no 0-d operand takes part,
//     and all are contiguous, the result is contiguous; when all are
//     non-overlapping and dense with the same strides (a permuted tensor,
//     say), the result takes those strides; when all are channels-last 4-D
//     tensors, the result is channels-last;
//   - otherwise the dims are sorted by the operands' strides, fastest first
//     (a broadcast dim, with stride 0, does not vote; equal strides put the
//     smaller dim first), and the result is dense in that order.
//
// The values never depend on this; only Strides and IsContiguous show it.

// elementwiseStrides returns the strides of the result of an elementwise
// operation of the given shape over ins. scalar says a Go scalar takes part
// as a 0-d operand (t.Scale(s) is PyTorch's t * s), which, as in PyTorch,
// rules out the fast layouts.
func elementwiseStrides(shape []int, ins []*Tensor, scalar bool) []int {
	if fast, ok := fastStrides(shape, ins, scalar); ok {
		return fast
	}
	nd := len(shape)
	if nd <= 1 {
		return contiguousStrides(shape)
	}
	strides := make([][]int, len(ins))
	for i, t := range ins {
		strides[i] = iterStrides(t.shape, t.strides, shape)
	}
	perm := sortDims(nd, func(d0, d1 int) int {
		for _, s := range strides {
			s0, s1 := s[d0], s[d1]
			switch {
			case s0 == 0 || s1 == 0:
				continue
			case s0 < s1:
				return -1
			case s0 > s1:
				return 1
			}
			if shape[d0] > shape[d1] {
				return 1
			}
		}
		return 0
	})
	inverted := true
	for i, p := range perm {
		if p != nd-1-i {
			inverted = false
		}
	}
	if inverted {
		return contiguousStrides(shape)
	}
	// Dense in perm's order; like PyTorch's compatible_stride, sizes are
	// multiplied in as they are (a 0 makes every slower stride 0).
	out := make([]int, nd)
	next := 1
	for _, d := range perm {
		out[d] = next
		next *= shape[d]
	}
	return out
}

// sortDims orders nd dims fastest first as PyTorch does: starting from the
// reverse of row-major order, an insertion sort moves dim d0 after d1 when
// shouldSwap(d0, d1) > 0, stops at < 0, and steps past a 0 (ambiguous).
func sortDims(nd int, shouldSwap func(d0, d1 int) int) []int {
	perm := make([]int, nd)
	for i := range perm {
		perm[i] = nd - 1 - i
	}
	for i := 1; i < nd; i++ {
		d1 := i
		for d0 := i - 1; d0 >= 0; d0-- {
			c := shouldSwap(perm[d0], perm[d1])
			if c > 0 {
				perm[d0], perm[d1] = perm[d1], perm[d0]
				d1 = d0
			} else if c < 0 {
				break
			}
		}
	}
	return perm
}

// inferDenseStrides is PyTorch's infer_dense_strides, the layout
// torch.clone and empty_like give a copy of a view that is not dense: dense
// strides that keep the view's order of dims (sorted by stride; a stride-0
// dim keeps its place; equal strides put the smaller dim first).
func inferDenseStrides(shape, strides []int) []int {
	nd := len(shape)
	perm := sortDims(nd, func(d0, d1 int) int {
		s0, s1 := strides[d0], strides[d1]
		switch {
		case s0 == 0 || s1 == 0:
			return 0
		case s0 < s1:
			return -1
		case s0 > s1:
			return 1
		case shape[d0] > shape[d1]:
			return 1
		}
		return 0
	})
	out := make([]int, nd)
	next := 1
	for _, d := range perm {
		out[d] = next
		if shape[d] > 1 {
			next *= shape[d]
		}
	}
	return out
}

// iterStrides are an operand's strides as TensorIterator sees them in the
// output shape: 0 for missing leading dims and for size-1 dims that
// broadcast; the operand's own stride elsewhere (even for a size-1 dim that
// does not broadcast).
func iterStrides(shape, strides, out []int) []int {
	s := make([]int, len(out))
	lead := len(out) - len(shape)
	for i := range shape {
		if shape[i] == 1 && out[lead+i] != 1 {
			continue
		}
		s[lead+i] = strides[i]
	}
	return s
}

// fastStrides is TensorIterator's fast setup: it applies only when every
// operand has exactly the output's shape.
func fastStrides(shape []int, ins []*Tensor, scalar bool) ([]int, bool) {
	if scalar && len(shape) > 0 {
		return nil, false
	}
	contiguous, channelsLast, dense := true, true, true
	for _, t := range ins {
		if !equalInts(t.shape, shape) {
			return nil, false
		}
		contiguous = contiguous && t.IsContiguous()
		channelsLast = channelsLast && isChannelsLast(t.shape, t.strides)
		dense = dense && isNonOverlappingAndDense(t.shape, t.strides)
	}
	switch {
	case contiguous:
		return contiguousStrides(shape), true
	case channelsLast:
		return channelsLastStrides(shape), true
	case dense:
		for _, t := range ins[1:] {
			if !equalInts(t.strides, ins[0].strides) {
				return nil, false
			}
		}
		return cloneInts(ins[len(ins)-1].strides), true
	}
	return nil, false
}

// isChannelsLast reports whether a 4-D [N C H W] layout is channels-last
// (NHWC) contiguous, ignoring size-1 dims, as PyTorch computes it.
func isChannelsLast(shape, strides []int) bool {
	if len(shape) != 4 {
		return false
	}
	expect := 1
	for _, d := range []int{1, 3, 2, 0} {
		if shape[d] != 1 {
			if strides[d] != expect {
				return false
			}
			expect *= shape[d]
		}
	}
	return true
}

// channelsLastStrides are the NHWC strides of a 4-D [N C H W] shape.
func channelsLastStrides(shape []int) []int {
	s := make([]int, 4)
	s[1] = 1
	s[3] = shape[1]
	s[2] = s[3] * shape[3]
	s[0] = s[2] * shape[2]
	return s
}

// isNonOverlappingAndDense reports whether the elements of a layout fill a
// block of memory exactly once in some order of the dims (any permutation of
// a contiguous tensor), as PyTorch computes it.
func isNonOverlappingAndDense(shape, strides []int) bool {
	nd := len(shape)
	if nd == 1 {
		return shape[0] < 2 || strides[0] == 1
	}
	perm := make([]int, nd)
	for i := range perm {
		perm[i] = i
	}
	// Sort by stride, size-0 and size-1 dims last.
	for i := 1; i < nd; i++ {
		for j := i; j > 0 && strideLess(shape, strides, perm[j], perm[j-1]); j-- {
			perm[j], perm[j-1] = perm[j-1], perm[j]
		}
	}
	want := 1
	for _, d := range perm {
		if shape[d] < 2 {
			return true
		}
		if strides[d] != want {
			return false
		}
		want *= shape[d]
	}
	return true
}

func strideLess(shape, strides []int, a, b int) bool {
	switch {
	case shape[a] < 2:
		return false
	case shape[b] < 2:
		return true
	}
	return strides[a] < strides[b]
}
