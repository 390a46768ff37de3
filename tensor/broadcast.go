package tensor

import "fmt"

// BroadcastShapes returns the shape two operands broadcast to, by NumPy's and
// PyTorch's rule: align the shapes at their last dim, then each pair of sizes
// must be equal or one of them 1 (a missing dim counts as 1); the result takes
// the larger size. [10 3] and [1 3] give [10 3]; [8 1 6] and [7 1] give
// [8 7 6].
//
// It returns a *ShapeError naming the first pair, from the right, that
// differs with neither size 1.
func BroadcastShapes(a, b []int) ([]int, error) {
	out, dim, ok := inferSize(a, b)
	if !ok {
		return nil, broadcastError("broadcast", a, b, a, b, dim)
	}
	return out, nil
}

// inferSize is PyTorch's infer_size: the broadcast shape of a and b, or the
// output dim at which they conflict (scanning from the right).
func inferSize(a, b []int) (out []int, dim int, ok bool) {
	n := max(len(a), len(b))
	out = make([]int, n)
	for i := n - 1; i >= 0; i-- {
		off := n - 1 - i
		sa, sb := 1, 1
		if j := len(a) - 1 - off; j >= 0 {
			sa = a[j]
		}
		if j := len(b) - 1 - off; j >= 0 {
			sb = b[j]
		}
		switch {
		case sa == sb || sb == 1:
			out[i] = sa
		case sa == 1:
			out[i] = sb
		default:
			return nil, i, false
		}
	}
	return out, 0, true
}

// sizeAt returns the size of s at output dim i when s is right-aligned to n
// dims, or 1 where s has no such dim.
func sizeAt(s []int, i, n int) int {
	if j := i - (n - len(s)); j >= 0 {
		return s[j]
	}
	return 1
}

// broadcastError explains that shapes a and b (parts of the caller's A and B,
// e.g. their batch dims) do not broadcast at output dim i.
func broadcastError(op string, userA, userB, a, b []int, i int) *ShapeError {
	n := max(len(a), len(b))
	sa, sb := sizeAt(a, i, n), sizeAt(b, i, n)
	what := "the shapes"
	if !equalInts(a, userA) || !equalInts(b, userB) {
		what = fmt.Sprintf("the batch dims %v and %v", a, b)
	}
	return &ShapeError{Op: op, A: cloneInts(userA), B: cloneInts(userB),
		Reason: fmt.Sprintf("%s cannot broadcast: aligned from the right, dim %d is %d in A and %d in B, and broadcasting needs equal sizes or a 1",
			what, i, sa, sb),
		Fix:   "reshape or Unsqueeze one operand so that each aligned pair of sizes is equal or one of them is 1",
		torch: fmt.Sprintf("The size of tensor a (%d) must match the size of tensor b (%d) at non-singleton dimension %d", sa, sb, i),
	}
}

// broadcastStrides returns strides that view a tensor of shape/strides as
// the larger shape target (which it must broadcast to): missing leading dims
// and size-1 dims get stride 0, so every index of them reads the same
// element.
func broadcastStrides(shape, strides, target []int) []int {
	out := make([]int, len(target))
	lead := len(target) - len(shape)
	for i := range shape {
		if shape[i] == target[lead+i] {
			out[lead+i] = strides[i]
		}
	}
	return out
}
