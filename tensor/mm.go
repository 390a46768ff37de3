package tensor

import "fmt"

// MM returns the matrix product of an n×m matrix a and an m×p matrix b, the
// n×p matrix with c[i][j] = Σ_l a[i][l]·b[l][j], like torch.mm. It accepts
// only 2-D operands and never broadcasts; MatMul is the general form.
//
// It returns a *ShapeError if an operand is not 2-D, if a's columns differ
// from b's rows, or if the result exceeds MaxElements.
func MM(a, b *Tensor) (*Tensor, error) {
	if err := valid("mm", "A", a); err != nil {
		return nil, err
	}
	if err := valid("mm", "B", b); err != nil {
		return nil, err
	}
	if err := mmShapes(a.shape, b.shape); err != nil {
		return nil, err
	}
	shape := []int{a.shape[0], b.shape[1]}
	if _, err := checkShape("mm", shape); err != nil {
		return nil, err
	}
	return multiply(nil, a.shape[0], b.shape[1], a.shape[1], matrixView(a, nil), matrixView(b, nil), shape), nil
}

func mmShapes(a, b []int) error {
	for i, s := range [][]int{a, b} {
		if len(s) != 2 {
			name, torchName := "A", "self"
			if i == 1 {
				name, torchName = "B", "mat2"
			}
			return &ShapeError{Op: "mm", A: cloneInts(a), B: cloneInts(b),
				Reason: fmt.Sprintf("mm needs two 2-D matrices, but %s is %d-D", name, len(s)),
				Fix:    "use MatMul, which promotes vectors and broadcasts batches (or BMM for 3-D batches)",
				torch:  torchName + " must be a matrix"}
		}
	}
	if a[1] != b[0] {
		return &ShapeError{Op: "mm", A: cloneInts(a), B: cloneInts(b),
			Reason: fmt.Sprintf("A's columns (%d) must equal B's rows (%d)", a[1], b[0]),
			Fix:    transposeHint(a, b),
			torch:  fmt.Sprintf("mat1 and mat2 shapes cannot be multiplied (%dx%d and %dx%d)", a[0], a[1], b[0], b[1])}
	}
	return nil
}

// transposeHint suggests transposing an operand when that would make the
// inner dims of A·B agree (A and B at least 2-D).
func transposeHint(a, b []int) string {
	ka := a[len(a)-1]
	kb := b[len(b)-2]
	switch {
	case b[len(b)-1] == ka:
		return fmt.Sprintf("B's last dim is %d, so B transposed (B.MT()) would fit", ka)
	case a[len(a)-2] == kb:
		return fmt.Sprintf("A's second-to-last dim is %d, so A transposed (A.MT()) would fit", kb)
	}
	return ""
}
