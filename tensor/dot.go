package tensor

import "fmt"

// Dot returns the dot product Σ_i a[i]·b[i] of two 1-D tensors of equal
// length as a 0-d tensor, like torch.dot. Unlike MatMul it accepts nothing
// but vectors: no batches, no broadcasting.
//
// It returns a *ShapeError if either operand is not 1-D (use MatMul, or
// Mul then Sum(-1), for batches of dot products) or if the lengths differ.
func Dot(a, b *Tensor) (*Tensor, error) {
	if err := checkDot(a, b); err != nil {
		return nil, err
	}
	return multiply(nil, 1, 1, a.shape[0], rowView(a, nil), columnView(b, nil), []int{}), nil
}

func checkDot(a, b *Tensor) error {
	if err := valid("dot", "A", a); err != nil {
		return err
	}
	if err := valid("dot", "B", b); err != nil {
		return err
	}
	return dotShapes(a.shape, b.shape)
}

func dotShapes(a, b []int) error {
	if len(a) != 1 || len(b) != 1 {
		fix := "use MatMul for matrices and batches, or Mul then Sum(-1) for a batch of row-wise dot products"
		if len(a) == 0 || len(b) == 0 {
			fix = "use Mul to multiply by a scalar"
		}
		return &ShapeError{Op: "dot", A: cloneInts(a), B: cloneInts(b),
			Reason: fmt.Sprintf("dot needs two 1-D vectors, but A is %d-D and B is %d-D", len(a), len(b)),
			Fix:    fix,
			torch:  fmt.Sprintf("1D tensors expected, but got %dD and %dD tensors", len(a), len(b))}
	}
	if a[0] != b[0] {
		return &ShapeError{Op: "dot", A: cloneInts(a), B: cloneInts(b),
			Reason: fmt.Sprintf("the vectors must have the same length, but A has %d elements and B has %d", a[0], b[0]),
			torch: fmt.Sprintf("inconsistent tensor size, expected tensor [%d] and src [%d] to have the same number of elements, but got %d and %d elements respectively",
				a[0], b[0], a[0], b[0])}
	}
	return nil
}
