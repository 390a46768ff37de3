package tensor

import "fmt"

// MV returns the matrix-vector product of an n×m matrix a and an m-vector
// b, an n-vector with y[i] = Σ_j a[i][j]·b[j], like torch.mv. It does not
// broadcast.
//
// It returns a *ShapeError unless a is 2-D and b is 1-D with as many
// elements as a has columns.
func MV(a, b *Tensor) (*Tensor, error) {
	if err := valid("mv", "A", a); err != nil {
		return nil, err
	}
	if err := valid("mv", "B", b); err != nil {
		return nil, err
	}
	if err := mvShapes(a.shape, b.shape); err != nil {
		return nil, err
	}
	if _, err := checkShape("mv", a.shape[:1]); err != nil {
		return nil, err
	}
	return multiply(nil, a.shape[0], 1, a.shape[1], matrixView(a, nil), columnView(b, nil), a.shape[:1]), nil
}

func mvShapes(a, b []int) error {
	if len(a) == 0 {
		return &ShapeError{Op: "mv", A: cloneInts(a), B: cloneInts(b),
			Reason: "mv needs a 2-D matrix and a 1-D vector, but A is a 0-d scalar",
			Fix:    "use Mul to multiply by a scalar",
			torch:  "Dimension specified as 0 but tensor has no dimensions"}
	}
	if len(a) != 2 || len(b) != 1 {
		return &ShapeError{Op: "mv", A: cloneInts(a), B: cloneInts(b),
			Reason: fmt.Sprintf("mv needs a 2-D matrix and a 1-D vector, but A is %d-D and B is %d-D", len(a), len(b)),
			Fix:    "use MatMul, which accepts any pair of 1-D and higher operands",
			torch:  fmt.Sprintf("vector + matrix @ vector expected, got 1, %d, %d", len(a), len(b))}
	}
	if a[1] != b[0] {
		return &ShapeError{Op: "mv", A: cloneInts(a), B: cloneInts(b),
			Reason: fmt.Sprintf("A's columns (%d) must equal B's length (%d)", a[1], b[0]),
			torch:  fmt.Sprintf("size mismatch, got %d, %dx%d,%d", a[0], a[0], a[1], b[0])}
	}
	return nil
}
