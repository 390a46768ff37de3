package tensor

import "fmt"

// BMM returns the batched matrix product of a [b, n, m] and b [b, m, p]
// tensor: the [b, n, p] tensor whose i-th matrix is a[i]·b[i], like
// torch.bmm. Both operands must be 3-D with equal batch sizes; BMM never
// broadcasts (MatMul does). Batches run in parallel across CPUs.
//
// It returns a *ShapeError if an operand is not 3-D, the batch sizes
// differ, a's last dim differs from b's middle dim, or the result exceeds
// MaxElements.
func BMM(a, b *Tensor) (*Tensor, error) {
	if err := valid("bmm", "A", a); err != nil {
		return nil, err
	}
	if err := valid("bmm", "B", b); err != nil {
		return nil, err
	}
	if err := bmmShapes("bmm", a.shape, b.shape, a.shape, b.shape); err != nil {
		return nil, err
	}
	batch := a.shape[:1]
	shape := []int{a.shape[0], a.shape[1], b.shape[2]}
	if _, err := checkShape("bmm", shape); err != nil {
		return nil, err
	}
	return multiply(batch, a.shape[1], b.shape[2], a.shape[2], matrixView(a, batch), matrixView(b, batch), shape), nil
}

// bmmShapes checks bmm's operands a and b, which for op "matmul" are
// PyTorch's internal reshapes of the caller's userA and userB.
func bmmShapes(op string, userA, userB, a, b []int) error {
	for i, s := range [][]int{a, b} {
		if len(s) != 3 {
			name := "A"
			if i == 1 {
				name = "B"
			}
			return &ShapeError{Op: op, A: cloneInts(userA), B: cloneInts(userB),
				Reason: fmt.Sprintf("bmm needs two 3-D tensors [batch, rows, cols], but %s is %d-D", name, len(s)),
				Fix:    "use MatMul, which accepts any number of dims and broadcasts batch dims",
				torch:  fmt.Sprintf("batch%d must be a 3D tensor", i+1)}
		}
	}
	torch := fmt.Sprintf("Expected size for first two dimensions of batch2 tensor to be: [%d, %d] but got: [%d, %d].", a[0], a[2], b[0], b[1])
	if b[0] != a[0] {
		return &ShapeError{Op: op, A: cloneInts(userA), B: cloneInts(userB),
			Reason: fmt.Sprintf("the batch sizes differ: A holds %d matrices and B holds %d, and bmm does not broadcast", a[0], b[0]),
			Fix:    "use MatMul to broadcast a batch of 1, or make the batch sizes equal",
			torch:  torch}
	}
	if b[1] != a[2] {
		return &ShapeError{Op: op, A: cloneInts(userA), B: cloneInts(userB),
			Reason: fmt.Sprintf("A's last dim (%d) must equal B's second-to-last dim (%d)", a[2], b[1]),
			Fix:    transposeHint(a, b),
			torch:  torch}
	}
	return nil
}
