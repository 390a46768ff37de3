package gemm

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"sync"
	"testing"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/gonum"
)

// A benchmark variant computes one product C = A·B of row-major matrices.
type variant struct {
	name string
	run  func(m, n, k int, a, b, c []float64)
}

// variants returns the public entry points, each kernel on its own
// (serial, default direct threshold), and gonum's Dgemm for comparison.
func variants() []variant {
	vs := []variant{
		{"Gemm", func(m, n, k int, a, b, c []float64) {
			Gemm(m, n, k, a, 0, k, 1, b, 0, n, 1, c, n)
		}},
		{"GemmSerial", func(m, n, k int, a, b, c []float64) {
			GemmSerial(m, n, k, a, 0, k, 1, b, 0, n, 1, c, n)
		}},
	}
	for _, kern := range kernels {
		vs = append(vs, variant{kern.name + "-serial", func(m, n, k int, a, b, c []float64) {
			serial(kern, auto, m, n, k, a, 0, k, 1, b, 0, n, 1, c, n)
		}})
	}
	return append(vs, variant{"gonum", gonumDgemm})
}

// gonumDgemm is C = A·B through gonum's pure-Go BLAS (which itself runs
// large products in parallel).
func gonumDgemm(m, n, k int, a, b, c []float64) {
	gonum.Implementation{}.Dgemm(blas.NoTrans, blas.NoTrans, m, n, k, 1, a, max(k, 1), b, max(n, 1), 0, c, max(n, 1))
}

func randomSlice(n int, rng *rand.Rand) []float64 {
	x := make([]float64, n)
	for i := range x {
		x[i] = 2*rng.Float64() - 1
	}
	return x
}

// reportGFLOPS reports 2·m·n·k·count floating-point operations per op.
func reportGFLOPS(b *testing.B, m, n, k, count int) {
	flops := 2 * float64(m) * float64(n) * float64(k) * float64(count)
	b.ReportMetric(flops*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOPS")
}

// BenchmarkGemm times square n×n·n×n products, then batched shapes from the
// tensor package's goals (see batchedShapes).
func BenchmarkGemm(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 1))
	for _, v := range variants() {
		for _, n := range []int{8, 16, 32, 64, 128, 256, 512, 1024} {
			a, bm, c := randomSlice(n*n, rng), randomSlice(n*n, rng), make([]float64, n*n)
			b.Run(fmt.Sprintf("%s/n=%d", v.name, n), func(b *testing.B) {
				for b.Loop() {
					v.run(n, n, n, a, bm, c)
				}
				reportGFLOPS(b, n, n, n, 1)
			})
		}
	}
	for _, s := range batchedShapes {
		for _, v := range variants() {
			if v.name == "Gemm" {
				continue // the batch itself is what runs in parallel
			}
			a := randomSlice(s.count*s.m*s.k, rng)
			bm := randomSlice(s.count*s.k*s.n, rng)
			c := make([]float64, s.count*s.m*s.n)
			b.Run(fmt.Sprintf("%s/%s", v.name, s.name), func(b *testing.B) {
				for b.Loop() {
					s.run(v, a, bm, c)
				}
				reportGFLOPS(b, s.m, s.n, s.k, s.count)
			})
		}
	}
}

// batched is count independent m×k·k×n products, run the way the tensor
// package runs a batch: the items split evenly over GOMAXPROCS goroutines
// when the batch is big, each product serial.
type batched struct {
	name          string
	count         int
	m, n, k       int
	parallelBatch bool
}

var batchedShapes = []batched{
	{"bmm=1000x8x8x8", 1000, 8, 8, 8, true},         // torch.bmm on (1000,8,8)@(1000,8,8)
	{"bmm-serial=1000x8x8x8", 1000, 8, 8, 8, false}, // the same on one goroutine
	{"bcast=8x16x64x64x64", 128, 64, 64, 64, true},  // (8,1,64,64)@(1,16,64,64)
	{"tiny=10x3x4x5", 10, 3, 5, 4, false},           // (10,3,4)@(4,5)
}

func (s batched) run(v variant, a, b, c []float64) {
	sa, sb, sc := s.m*s.k, s.k*s.n, s.m*s.n
	one := func(i int) {
		v.run(s.m, s.n, s.k, a[i*sa:(i+1)*sa], b[i*sb:(i+1)*sb], c[i*sc:(i+1)*sc])
	}
	workers := runtime.GOMAXPROCS(0)
	if !s.parallelBatch || workers == 1 {
		for i := 0; i < s.count; i++ {
			one(i)
		}
		return
	}
	var wg sync.WaitGroup
	per := (s.count + workers - 1) / workers
	for lo := 0; lo < s.count; lo += per {
		hi := min(lo+per, s.count)
		wg.Go(func() {
			for i := lo; i < hi; i++ {
				one(i)
			}
		})
	}
	wg.Wait()
}

// BenchmarkMicroKernel times each micro-kernel alone on packed panels that
// sit in L1 (kc = 256): the ceiling the blocked path can approach. With
// two FMA units, one core peaks at 2·(lanes)·2 flops per cycle: 16 for
// AVX2 (4 lanes), 32 for AVX-512 (8 lanes), times the clock in GHz.
func BenchmarkMicroKernel(b *testing.B) {
	rng := rand.New(rand.NewPCG(2, 2))
	for _, kern := range kernels {
		const kc = 256
		pa := randomSlice(kern.mr*kc, rng)
		pb := randomSlice(kern.nr*kc, rng)
		c := make([]float64, kern.mr*kern.nr)
		b.Run(kern.name, func(b *testing.B) {
			for b.Loop() {
				kern.micro(kc, pa, pb, c, kern.nr, true)
			}
			reportGFLOPS(b, kern.mr, kern.nr, kc, 1)
		})
	}
}
