// Command matmul is a lesson in matrix-product shapes: how torch.matmul
// promotes vectors and broadcasts batch dims, why dot, mm and bmm refuse
// what matmul accepts, and how broadcasting avoids copying.
//
//	go run ./examples/matmul
package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/chalk-ml/chalk/tensor"
)

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "matmul:", err)
		os.Exit(1)
	}
}

func run(w io.Writer) error {
	fmt.Fprintln(w, "1. One rule set, four functions")
	fmt.Fprintln(w)
	for _, pair := range [][2][]int{{{10, 3, 4}, {4, 5}}, {{10, 3, 4}, {10, 4, 5}}, {{3}, {3, 4}}} {
		fmt.Fprintf(w, "  A %v · B %v\n", pair[0], pair[1])
		for _, op := range []string{"dot", "mm", "bmm", "matmul"} {
			e := tensor.ExplainShapes(op, pair[0], pair[1])
			verdict := fmt.Sprintf("ok → %v", e.Result)
			if !e.OK() {
				verdict = "PyTorch says: " + e.Err.(*tensor.ShapeError).TorchMessage()
			}
			fmt.Fprintf(w, "    %-7s %s\n", op, verdict)
		}
		fmt.Fprintln(w)
	}

	fmt.Fprintln(w, "2. Batch dims broadcast; matrix dims never do")
	fmt.Fprintln(w)
	fmt.Fprint(w, tensor.Explain("matmul", []int{8, 1, 6, 4}, []int{7, 4, 5}))
	fmt.Fprintln(w)

	fmt.Fprintln(w, "3. Broadcasting is a stride of 0, not a copy")
	fmt.Fprintln(w)
	row := tensor.Must(tensor.FromSlice([]float64{1, 2, 3}, 1, 3))
	wide, err := row.Expand(4, 3)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "  a [1 3] row expanded to %v has strides %v:\n  every row reads the same 3 numbers.\n", wide.Shape(), wide.Strides())
	fmt.Fprintln(w, wide)
	fmt.Fprintln(w)

	fmt.Fprintln(w, "4. The seed's recipe: (A * B).sum(dim=-1) is a batch of dot products")
	fmt.Fprintln(w)
	a := tensor.Must(tensor.Arange(0, 30, 1))
	a = tensor.Must(a.Reshape(10, 3))
	b := tensor.Must(tensor.FromSlice([]float64{1, 10, 100}, 1, 3))
	prod, err := tensor.Mul(a, b)
	if err != nil {
		return err
	}
	dots, err := prod.Sum(-1)
	if err != nil {
		return err
	}
	viaMatMul, err := tensor.MatMul(a, tensor.Must(b.Reshape(3)))
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "  (A*B).Sum(-1):\n%v\n", dots)
	fmt.Fprintf(w, "  MatMul(A, b), the same numbers:\n%v\n", viaMatMul)
	fmt.Fprintln(w)

	fmt.Fprintln(w, "5. When it fails, two messages: yours and PyTorch's")
	fmt.Fprintln(w)
	_, err = tensor.MatMul(tensor.Must(tensor.Zeros(10, 3, 4)), tensor.Must(tensor.Zeros(5)))
	var se *tensor.ShapeError
	if !errors.As(err, &se) {
		return fmt.Errorf("expected a shape error, got %v", err)
	}
	fmt.Fprintln(w, "  MatMul(A [10 3 4], B [5]):")
	fmt.Fprintf(w, "  chalk:   %s\n  PyTorch: %s\n", se.Reason, se.TorchMessage())
	return nil
}
