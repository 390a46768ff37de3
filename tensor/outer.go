package tensor

import "fmt"

// Outer returns the outer product of an n-vector a and an m-vector b, the
// n×m matrix with out[i][j] = a[i]·b[j], like torch.outer. It returns a
// *ShapeError unless both operands are 1-D, or if n·m exceeds MaxElements.
func Outer(a, b *Tensor) (*Tensor, error) {
	if err := valid("outer", "A", a); err != nil {
		return nil, err
	}
	if err := valid("outer", "B", b); err != nil {
		return nil, err
	}
	for i, t := range []*Tensor{a, b} {
		if len(t.shape) != 1 {
			name, torchName := "A", "self"
			if i == 1 {
				name, torchName = "B", "vec2"
			}
			return nil, &ShapeError{Op: "outer", A: cloneInts(a.shape), B: cloneInts(b.shape),
				Reason: fmt.Sprintf("outer needs two 1-D vectors, but %s is %d-D", name, len(t.shape)),
				Fix:    "flatten it with Reshape(-1), or use MatMul of a column and a row",
				torch:  fmt.Sprintf("outer: Expected 1-D argument %s, but got %d-D", torchName, len(t.shape))}
		}
	}
	shape := []int{a.shape[0], b.shape[0]}
	if _, err := checkShape("outer", shape); err != nil {
		return nil, err
	}
	// As in PyTorch, the outer product is the elementwise product of a as a
	// column and b as a row, not a sum: each element is the single product
	// a[i]·b[j], so -0 stays -0 (a matrix product adds it to +0).
	col, err := a.Reshape(-1, 1) // PyTorch: self.reshape({-1, 1}) * vec2
	if err != nil {
		return nil, err
	}
	return binary("outer", col, b, func(x, y float64) float64 { return x * y })
}
