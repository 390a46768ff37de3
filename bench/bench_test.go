package bench_test

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"github.com/chalk-ml/chalk/bench"
	"github.com/chalk-ml/chalk/bench/peers"
	"github.com/chalk-ml/chalk/tensor"
)

func allVariants() []bench.Variant { return append(bench.Variants(), peers.Variants()...) }

// benchmarkCases runs every variant that handles each case as a
// sub-benchmark <variant>/<case>, reporting GFLOPS and allocations.
func benchmarkCases(b *testing.B, cases []bench.Case) {
	for _, v := range allVariants() {
		b.Run(v.Name, func(b *testing.B) {
			for _, c := range cases {
				if !v.Handles(c) {
					continue
				}
				b.Run(c.Name, func(b *testing.B) {
					run, err := v.Prepare(c)
					require.NoError(b, err)
					b.ReportAllocs()
					b.ResetTimer()
					for i := 0; i < b.N; i++ {
						if err := run(); err != nil {
							b.Fatal(err)
						}
					}
					b.ReportMetric(c.Flops*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOPS")
				})
			}
		})
	}
}

// BenchmarkSquare: n×n·n×n for n in 8..1024, every variant
// (go test -bench 'Square/chalk' ./bench/ for one variant).
func BenchmarkSquare(b *testing.B) {
	var cases []bench.Case
	for _, n := range bench.SquareSizes {
		cases = append(cases, bench.SquareCase(n))
	}
	benchmarkCases(b, cases)
}

// BenchmarkBatched: bmm as a loop of Dgemm calls vs chalk's BMM vs
// gorgonia's BatchedMatMul.
func BenchmarkBatched(b *testing.B) { benchmarkCases(b, bench.BatchedCases()) }

// BenchmarkBroadcast: broadcast matmul with materialised copies vs chalk's
// zero-copy path (compare the B/op column).
func BenchmarkBroadcast(b *testing.B) { benchmarkCases(b, bench.BroadcastCases()) }

// TestVariantsAgree checks that every variant computes the same product as
// chalk's MatMul on small cases of every kind, so the benchmarks compare
// like with like.
func TestVariantsAgree(t *testing.T) {
	cases := []bench.Case{bench.SquareCase(8), bench.SquareCase(33),
		{Name: "bmm small", Kind: bench.Batched, A: []int{3, 5, 7}, B: []int{3, 7, 4}, Flops: 2 * 3 * 5 * 7 * 4},
		{Name: "broadcast small", Kind: bench.Broadcast, A: []int{2, 1, 5, 6}, B: []int{3, 6, 4}, Flops: 2 * 6 * 5 * 6 * 4}}
	for _, c := range cases {
		for _, v := range allVariants() {
			if !v.Handles(c) {
				continue
			}
			t.Run(fmt.Sprintf("%s/%s", v.Name, c.Name), func(t *testing.T) {
				run, err := v.Prepare(c)
				require.NoError(t, err)
				require.NoError(t, run())
			})
		}
	}
	// The loops write C; check their values directly.
	a, err := tensor.RandN(1, 33, 33)
	require.NoError(t, err)
	b, err := tensor.RandN(2, 33, 33)
	require.NoError(t, err)
	want := make([]float64, 33*33)
	bench.NaiveIJK(33, 33, 33, a.Data(), b.Data(), want)
	for name, f := range map[string]func(m, n, k int, a, b, c []float64){
		"ikj":     bench.LoopIKJ,
		"blocked": func(m, n, k int, a, b, c []float64) { bench.Blocked(m, n, k, a, b, c, 8) },
	} {
		got := make([]float64, 33*33)
		f(33, 33, 33, a.Data(), b.Data(), got)
		require.InDeltaSlice(t, want, got, 1e-9, name)
	}
}

func TestReportRendering(t *testing.T) {
	rep := bench.Report{Machine: "test machine", Results: []bench.Result{
		{Case: "n=8", Kind: bench.Square, N: 8, Variant: "chalk MM", NsPerOp: 100, GFLOPS: 10.24},
		{Case: "n=16", Kind: bench.Square, N: 16, Variant: "chalk MM", NsPerOp: 400, GFLOPS: 20.48},
		{Case: "bmm", Kind: bench.Batched, Variant: "chalk BMM", NsPerOp: 1500, GFLOPS: 1, BytesOp: 2e6, AllocsOp: 3},
	}}
	md := rep.Markdown()
	require.Contains(t, md, "| chalk MM | 10.24 | 20.48 |")
	require.Contains(t, md, "| bmm | chalk BMM | 1.5 | 1.00 | 2.00 |")
	require.NoError(t, rep.Plot(t.TempDir()+"/plot.png"))
}

func TestReportTextFits80Columns(t *testing.T) {
	rep := bench.Report{Machine: "a machine with a rather long name, 2 logical CPUs, linux/amd64, go1.26", Results: []bench.Result{
		{Case: "bmm 1000x(8x8)·(8x8) with a long name", Kind: bench.Batched, Variant: "gorgonia BatchedMatMul and more words", NsPerOp: 123456789, GFLOPS: 1},
	}}
	for _, n := range bench.SquareSizes {
		rep.Results = append(rep.Results, bench.Result{Case: "n", Kind: bench.Square, N: n, Variant: "chalk MatMul (OpenBLAS) long", GFLOPS: 1234.56})
	}
	for _, line := range strings.Split(rep.Text(80), "\n") {
		require.LessOrEqual(t, utf8.RuneCountInString(line), 80, line)
	}
}
