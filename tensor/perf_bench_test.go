package tensor

import (
	"fmt"
	"testing"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"
)

func reportGFLOPS(b *testing.B, flops float64) {
	b.ReportMetric(flops*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOPS")
}

func BenchmarkMatMulShapes(b *testing.B) {
	cases := []struct {
		name string
		a, b []int
		fl   float64
	}{
		{"mm512", []int{512, 512}, []int{512, 512}, 2 * 512 * 512 * 512},
		{"bmm1000x8", []int{1000, 8, 8}, []int{1000, 8, 8}, 2 * 1000 * 512},
		{"bcast8x16x64", []int{8, 1, 64, 64}, []int{1, 16, 64, 64}, 2 * 128 * 64 * 64 * 64},
		{"fold64x128x256", []int{64, 128, 256}, []int{256, 256}, 2 * 64 * 128 * 256 * 256},
		{"tiny", []int{10, 3, 4}, []int{4, 5}, 2 * 10 * 3 * 4 * 5},
	}
	for _, c := range cases {
		x := Must(RandN(1, c.a...))
		y := Must(RandN(2, c.b...))
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if _, err := MatMul(x, y); err != nil {
					b.Fatal(err)
				}
			}
			reportGFLOPS(b, c.fl)
		})
	}
	for _, n := range []int{512, 8192} {
		m, k := n, 256
		nn := 256
		if n == 512 {
			k, nn = 512, 512
		}
		x := Must(RandN(1, m, k)).Data()
		y := Must(RandN(2, k, nn)).Data()
		c := make([]float64, m*nn)
		b.Run(fmt.Sprintf("dgemm%dx%dx%d", m, k, nn), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				blas64.Gemm(blas.NoTrans, blas.NoTrans, 1, blas64.General{Rows: m, Cols: k, Stride: k, Data: x},
					blas64.General{Rows: k, Cols: nn, Stride: nn, Data: y}, 0, blas64.General{Rows: m, Cols: nn, Stride: nn, Data: c})
			}
			reportGFLOPS(b, float64(2*m*k*nn))
		})
	}
}
