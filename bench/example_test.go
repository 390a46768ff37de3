package bench_test

import (
	"fmt"

	"github.com/chalk-ml/chalk/bench"
)

// The three textbook loops compute the same product; they differ only in
// the order they walk memory.
func ExampleLoopIKJ() {
	a := []float64{1, 2, 3, 4} // [[1 2] [3 4]]
	b := []float64{5, 6, 7, 8} // [[5 6] [7 8]]
	c := make([]float64, 4)
	bench.NaiveIJK(2, 2, 2, a, b, c)
	fmt.Println(c)
	bench.LoopIKJ(2, 2, 2, a, b, c)
	fmt.Println(c)
	bench.Blocked(2, 2, 2, a, b, c, 1)
	fmt.Println(c)
	// Output:
	// [19 22 43 50]
	// [19 22 43 50]
	// [19 22 43 50]
}

func ExampleSquareCase() {
	c := bench.SquareCase(512)
	fmt.Println(c.Name, c.A, c.B, c.Flops/1e6, "MFLOP")
	// Output:
	// n=512 [512 512] [512 512] 268.435456 MFLOP
}

func ExampleReport_Markdown() {
	rep := bench.Report{Machine: "a test machine", Results: []bench.Result{
		{Case: "n=8", Kind: bench.Square, N: 8, Variant: "chalk MM", GFLOPS: 3.5},
		{Case: "n=8", Kind: bench.Square, N: 8, Variant: "gonum Dgemm", GFLOPS: 3.9},
	}}
	fmt.Print(rep.Markdown())
	// Output:
	// Measured on a test machine.
	//
	// Square n×n·n×n, GFLOPS (higher is better):
	//
	// | variant | 8 |
	// |---|---:|
	// | chalk MM | 3.50 |
	// | gonum Dgemm | 3.90 |
}
