package tensor

import (
	"fmt"
	"reflect"

	"gonum.org/v1/gonum/mat"
)

// ToDense returns a copy of a 2-D tensor as a gonum *mat.Dense, so it can be
// handed to gonum's linear algebra (solvers, decompositions, ...). It returns
// a *ShapeError if t is not 2-D or has a zero-size dim, which mat.Dense
// cannot hold.
func (t *Tensor) ToDense() (*mat.Dense, error) {
	if err := valid("ToDense", "the tensor", t); err != nil {
		return nil, err
	}
	if len(t.shape) != 2 || t.shape[0] == 0 || t.shape[1] == 0 {
		return nil, &ShapeError{Op: "ToDense", A: cloneInts(t.shape),
			Reason: fmt.Sprintf("a mat.Dense is a non-empty 2-D matrix, but the tensor is %d-D with %d elements", len(t.shape), t.Numel()),
			Fix:    "Reshape it to [rows cols] first"}
	}
	return mat.NewDense(t.shape[0], t.shape[1], t.Data()), nil
}

// FromDense returns a 2-D tensor holding a copy of m's elements, for any
// gonum matrix (Dense, a transposed view, a symmetric matrix, ...). A nil m
// gives a *ValueError.
func FromDense(m mat.Matrix) (*Tensor, error) {
	// A nil pointer of any matrix type (*mat.Dense, *mat.SymDense, ...) would
	// panic in Dims.
	if v := reflect.ValueOf(m); m == nil || (v.Kind() == reflect.Pointer && v.IsNil()) {
		return nil, &ValueError{Op: "FromDense", Msg: "the matrix is nil"}
	}
	r, c := m.Dims()
	data := make([]float64, r*c)
	for i := 0; i < r; i++ {
		for j := 0; j < c; j++ {
			data[i*c+j] = m.At(i, j)
		}
	}
	return newContiguous(data, []int{r, c}), nil
}
