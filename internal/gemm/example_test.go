package gemm_test

import (
	"fmt"
	"math"

	"github.com/chalk-ml/chalk/internal/gemm"
)

// A 2×3 row-major A times a 3×2 B stored column by column: the strides
// describe each operand as it lies in memory, nothing is transposed.
func ExampleGemm() {
	a := []float64{
		1, 2, 3,
		4, 5, 6,
	}
	// B = [[7 8] [9 10] [11 12]] stored column-major: B[l][j] = b[l + 3j]
	b := []float64{7, 9, 11, 8, 10, 12}
	c := make([]float64, 2*2)
	gemm.Gemm(2, 2, 3, a, 0, 3, 1, b, 0, 1, 3, c, 2)
	fmt.Println(c[0:2])
	fmt.Println(c[2:4])
	// Output:
	// [58 64]
	// [139 154]
}

// A stride of 0 repeats a row or column without storing it: here every row
// of A is the same vector, and 0·Inf in the sum is NaN, never skipped.
func ExampleGemmSerial() {
	row := []float64{0, 1}
	b := []float64{
		Inf, 1,
		2, 3,
	}
	c := make([]float64, 2*2)
	gemm.GemmSerial(2, 2, 2, row, 0, 0, 1, b, 0, 2, 1, c, 2)
	fmt.Println(c)
	// Output:
	// [NaN 3 NaN 3]
}

// Inf is +∞.
var Inf = math.Inf(1)

func ExampleKernel() {
	k := gemm.Kernel()
	fmt.Println(k == "avx512" || k == "avx2+fma" || k == "generic")
	// Output:
	// true
}
