package tensor_test

import (
	"errors"
	"fmt"

	"github.com/chalk-ml/chalk/tensor"
)

// The seed's first recipe: a batch of ten 3×4 matrices times one 4×5
// matrix. The 4×5 matrix is broadcast to every batch entry without copying.
func ExampleMatMul() {
	a := tensor.Must(tensor.Ones(10, 3, 4))
	b := tensor.Must(tensor.Ones(4, 5))
	c, err := tensor.MatMul(a, b)
	if err != nil {
		panic(err)
	}
	fmt.Println(c.Shape())
	v, _ := c.At(9, 2, 4)
	fmt.Println(v) // each entry sums 4 products of 1·1
	// Output:
	// [10 3 5]
	// 4
}

// MatMul promotes 1-D operands: a vector on the right acts as a column and
// the appended 1 is removed from the result.
func ExampleMatMul_vector() {
	a := tensor.Must(tensor.FromSlice([]float64{1, 2, 3, 4, 5, 6}, 2, 3))
	x := tensor.Must(tensor.FromSlice([]float64{1, 0, -1}, 3))
	y, _ := tensor.MatMul(a, x)
	fmt.Println(y.Shape(), y)
	// Output:
	// [2] tensor([-2., -2.])
}

// The seed's second recipe: torch.mm of a 3×4 and a 4×5 matrix.
func ExampleMM() {
	a := tensor.Must(tensor.Arange(0, 12, 1))
	a = tensor.Must(a.Reshape(3, 4))
	b := tensor.Must(tensor.Ones(4, 5))
	c, _ := tensor.MM(a, b)
	fmt.Println(c.Shape())
	fmt.Println(c)
	// Output:
	// [3 5]
	// tensor([[ 6.,  6.,  6.,  6.,  6.],
	//         [22., 22., 22., 22., 22.],
	//         [38., 38., 38., 38., 38.]])
}

// The seed's third recipe: torch.bmm multiplies matching pairs of a batch.
// It refuses to broadcast; MatMul would.
func ExampleBMM() {
	a := tensor.Must(tensor.Ones(10, 3, 4))
	b := tensor.Must(tensor.Ones(10, 4, 5))
	c, _ := tensor.BMM(a, b)
	fmt.Println(c.Shape())

	_, err := tensor.BMM(a, tensor.Must(tensor.Ones(1, 4, 5)))
	fmt.Println(err)
	// Output:
	// [10 3 5]
	// tensor: bmm: A is [10 3 4] and B is [1 4 5]: the batch sizes differ: A holds 10 matrices and B holds 1, and bmm does not broadcast; use MatMul to broadcast a batch of 1, or make the batch sizes equal
}

// The seed's fourth recipe: (A * B).sum(dim=-1) — broadcast a [1 3] row
// against ten [3] rows, multiply elementwise, and sum each row: ten dot
// products at once.
func ExampleMul() {
	a := tensor.Must(tensor.Arange(0, 30, 1))
	a = tensor.Must(a.Reshape(10, 3))
	b := tensor.Must(tensor.FromSlice([]float64{1, 10, 100}, 1, 3))
	prod, _ := tensor.Mul(a, b)
	dots, _ := prod.Sum(-1)
	fmt.Println(prod.Shape(), dots.Shape())
	fmt.Println(dots)
	// Output:
	// [10 3] [10]
	// tensor([ 210.,  543.,  876., 1209., 1542., 1875., 2208., 2541., 2874., 3207.])
}

// torch.dot accepts only vectors. The error explains the problem in the
// caller's shapes; TorchMessage is PyTorch 1.13's text, character for
// character.
func ExampleDot_matrices() {
	a := tensor.Must(tensor.Ones(3, 4))
	b := tensor.Must(tensor.Ones(3, 4))
	_, err := tensor.Dot(a, b)
	fmt.Println(err)
	var se *tensor.ShapeError
	if errors.As(err, &se) {
		fmt.Println("PyTorch:", se.TorchMessage())
	}
	// Output:
	// tensor: dot: A is [3 4] and B is [3 4]: dot needs two 1-D vectors, but A is 2-D and B is 2-D; use MatMul for matrices and batches, or Mul then Sum(-1) for a batch of row-wise dot products
	// PyTorch: 1D tensors expected, but got 2D and 2D tensors
}

func ExampleDot() {
	a := tensor.Must(tensor.FromSlice([]float64{1, 2, 3}, 3))
	b := tensor.Must(tensor.FromSlice([]float64{4, 5, 6}, 3))
	d, _ := tensor.Dot(a, b)
	fmt.Println(d)
	// Output:
	// tensor(32.)
}

// PyTorch's message for N-D matmul names its internal, folded shapes;
// chalk's Error names yours.
func ExampleShapeError_TorchMessage() {
	a := tensor.Must(tensor.Zeros(10, 3, 4))
	b := tensor.Must(tensor.Zeros(5, 4))
	_, err := tensor.MatMul(a, b)
	var se *tensor.ShapeError
	errors.As(err, &se)
	fmt.Println(se.Error())
	fmt.Println(se.TorchMessage())
	// Output:
	// tensor: matmul: A is [10 3 4] and B is [5 4]: A's last dim (4) must equal B's second-to-last dim (5); B's last dim is 4, so B transposed (B.MT()) would fit
	// mat1 and mat2 shapes cannot be multiplied (30x4 and 5x4)
}

func ExampleExplain() {
	fmt.Print(tensor.Explain("matmul", []int{8, 1, 6, 4}, []int{7, 4, 5}))
	// Output:
	// matmul(A, B) with A [8 1 6 4] and B [7 4 5]
	//   1. A is 4-D [8 1 6 4]: a batch [8 1] of 6×4 matrices.
	//   2. B is 3-D [7 4 5]: a batch [7] of 4×5 matrices.
	//   3. Batch dims [8 1] and [7] broadcast to [8 7] (aligned from the right; each
	//      pair equal or one of them 1).
	//   4. Inner dims agree: A's last dim = B's second-to-last dim = 4.
	//   5. Each product is 6×4 · 4×5 → 6×5.
	//   6. PyTorch expands both operands to 56 matrices and runs bmm; chalk broadcasts
	//      without copying.
	//   result: [8 7 6 5]
}

func ExampleBroadcastShapes() {
	s, _ := tensor.BroadcastShapes([]int{8, 1, 6}, []int{7, 1})
	fmt.Println(s)
	_, err := tensor.BroadcastShapes([]int{2, 3}, []int{4, 3})
	fmt.Println(err)
	// Output:
	// [8 7 6]
	// tensor: broadcast: A is [2 3] and B is [4 3]: the shapes cannot broadcast: aligned from the right, dim 0 is 2 in A and 4 in B, and broadcasting needs equal sizes or a 1; reshape or Unsqueeze one operand so that each aligned pair of sizes is equal or one of them is 1
}

func ExampleTensor_String() {
	t := tensor.Must(tensor.FromSlice([]float64{1, 2, 3, 4}, 2, 2))
	fmt.Println(t)
	fmt.Println(tensor.Must(tensor.FromSlice([]float64{0.5, 1.25, -3}, 3)))
	// Output:
	// tensor([[1., 2.],
	//         [3., 4.]])
	// tensor([ 0.5000,  1.2500, -3.0000])
}

func ExampleTensor_Transpose() {
	t := tensor.Must(tensor.FromSlice([]float64{1, 2, 3, 4, 5, 6}, 2, 3))
	tt, _ := t.Transpose(0, 1)
	fmt.Println(tt.Shape(), tt.Strides(), tt.IsContiguous())
	fmt.Println(tt.Data())
	// Output:
	// [3 2] [1 3] false
	// [1 4 2 5 3 6]
}

func ExampleTensor_Reshape() {
	t := tensor.Must(tensor.Arange(0, 24, 1))
	r, _ := t.Reshape(2, -1, 4)
	fmt.Println(r.Shape())
	_, err := t.Reshape(5, -1)
	fmt.Println(err)
	// Output:
	// [2 3 4]
	// tensor: reshape: the tensor is [24]: it has 24 elements, which cannot be arranged as [5 -1]; choose sizes whose product is the element count (one of them may be -1)
}

func ExampleTensor_Expand() {
	row := tensor.Must(tensor.FromSlice([]float64{1, 2, 3}, 1, 3))
	e, _ := row.Expand(4, 3)
	fmt.Println(e.Shape(), e.Strides()) // stride 0: no copy
	// Output:
	// [4 3] [0 1]
}

func ExampleTensor_Sum() {
	t := tensor.Must(tensor.FromSlice([]float64{1, 2, 3, 4, 5, 6}, 2, 3))
	rows, _ := t.Sum(-1)
	cols, _ := t.Sum(0)
	all, _ := t.Sum()
	fmt.Println(rows, cols, all)
	// Output:
	// tensor([ 6., 15.]) tensor([5., 7., 9.]) tensor(21.)
}

func ExampleOuter() {
	a := tensor.Must(tensor.FromSlice([]float64{1, 2}, 2))
	b := tensor.Must(tensor.FromSlice([]float64{1, 10, 100}, 3))
	o, _ := tensor.Outer(a, b)
	fmt.Println(o)
	// Output:
	// tensor([[  1.,  10., 100.],
	//         [  2.,  20., 200.]])
}

func ExampleMV() {
	a := tensor.Must(tensor.FromSlice([]float64{1, 2, 3, 4}, 2, 2))
	x := tensor.Must(tensor.FromSlice([]float64{1, 1}, 2))
	y, _ := tensor.MV(a, x)
	fmt.Println(y)
	// Output:
	// tensor([3., 7.])
}

func ExampleFromDense() {
	t := tensor.Must(tensor.FromSlice([]float64{1, 2, 3, 4}, 2, 2))
	d, _ := t.ToDense()
	back, _ := tensor.FromDense(d.T())
	fmt.Println(back)
	// Output:
	// tensor([[1., 3.],
	//         [2., 4.]])
}

func ExampleComparisonTable() {
	fmt.Print(tensor.ComparisonTable())
	// Output:
	// | chalk | PyTorch | operands | broadcasts | use | example | result |
	// |---|---|---|---|---|---|---|
	// | Dot | torch.dot | 1-D · 1-D | no | dot product of two vectors → scalar | [3] · [3] | [] |
	// | MM | torch.mm | 2-D · 2-D | no | one matrix product | [3 4] · [4 5] | [3 5] |
	// | BMM | torch.bmm | 3-D · 3-D, equal batch | no | a batch of matrix products | [10 3 4] · [10 4 5] | [10 3 5] |
	// | MatMul | torch.matmul | any ≥1-D pair | yes | general: vectors promoted, batch dims broadcast | [10 3 4] · [4 5] | [10 3 5] |
	// | Mul + Sum(-1) | (A * B).sum(dim=-1) | any, broadcast | yes | row-wise dot products | [10 3] · [1 3] | [10] |
}

// Every binary operation also has a method form, as in PyTorch: the seed's
// (A * B).sum(dim=-1) reads almost the same.
func ExampleTensor_Mul() {
	a := tensor.Must(tensor.FromSlice([]float64{1, 2, 3, 4, 5, 6}, 2, 3))
	b := tensor.Must(tensor.FromSlice([]float64{1, 10, 100}, 1, 3))
	ab, _ := a.Mul(b)
	rows, _ := ab.Sum(-1)
	fmt.Println(rows)
	// Output:
	// tensor([321., 654.])
}
