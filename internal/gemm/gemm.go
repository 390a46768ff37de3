package gemm

import (
	"fmt"
	"runtime"
)

const (
	// parallelMinWork is the least m·n·k that Gemm spreads over
	// goroutines. Waking an idle CPU to run a helper goroutine took tens of
	// microseconds on the 2-core VM this was measured on, so a product
	// gains from a second core only from about 160³ multiply-adds (30 µs)
	// on: 192³ ran 1.4× faster on two cores, 1024³ 2×, 128³ not at all.
	parallelMinWork = 1 << 22
)

// Gemm computes C = A·B, overwriting C, for an m×k matrix A and a k×n
// matrix B given by arbitrary non-negative strides:
//
//	A[i][l] = a[aOff + i*ars + l*acs]
//	B[l][j] = b[bOff + l*brs + j*bcs]
//	C[i][j] = c[i*ldc + j]                 (C is row-major)
//	C[i][j] = Σ_{l<k} A[i][l]·B[l][j]
//
// Any stride may be 0, which broadcasts a row or column. Every term of the
// sum is computed, so NaN and ±Inf propagate as in the plain sum (0·Inf is
// NaN); k = 0 gives C = 0. C must not overlap A or B.
//
// Products of at least parallelMinWork multiply-adds are split across
// runtime.GOMAXPROCS(0) goroutines. Gemm panics if a dimension or stride is
// negative, ldc < n, or a slice is too short for the elements it addresses.
func Gemm(m, n, k int, a []float64, aOff, ars, acs int, b []float64, bOff, brs, bcs int, c []float64, ldc int) {
	check(m, n, k, a, aOff, ars, acs, b, bOff, brs, bcs, c, ldc)
	parallel(active, auto, parallelMinWork, runtime.GOMAXPROCS(0),
		m, n, k, a, aOff, ars, acs, b, bOff, brs, bcs, c, ldc)
}

// GemmSerial is Gemm on the calling goroutine only, for callers that
// already run many products in parallel (a batch).
func GemmSerial(m, n, k int, a []float64, aOff, ars, acs int, b []float64, bOff, brs, bcs int, c []float64, ldc int) {
	check(m, n, k, a, aOff, ars, acs, b, bOff, brs, bcs, c, ldc)
	serial(active, auto, m, n, k, a, aOff, ars, acs, b, bOff, brs, bcs, c, ldc)
}

// serial computes C = A·B with kern on this goroutine, by the route rt.
func serial(kern *kernel, rt route, m, n, k int, a []float64, aOff, ars, acs int, b []float64, bOff, brs, bcs int, c []float64, ldc int) {
	if m == 0 || n == 0 {
		return
	}
	if k == 0 {
		for i := 0; i < m; i++ {
			clear(c[i*ldc : i*ldc+n])
		}
		return
	}
	// The stride of a dimension of size 1 is never used; calling it 1
	// lets a column vector B take the contiguous-row fast paths.
	if n == 1 {
		bcs = 1
	}
	if k == 1 {
		acs = 1
	}
	if rt.direct(kern, m, n, k) {
		kern.direct(m, n, k, a, aOff, ars, acs, b, bOff, brs, bcs, c, ldc)
		return
	}
	blocked(kern, m, n, k, a, aOff, ars, acs, b, bOff, brs, bcs, c, ldc)
}

// work is the number of multiply-adds of an m×k by k×n product, m·n·k,
// without overflow on 32-bit platforms.
func work(m, n, k int) uint64 { return uint64(m) * uint64(n) * uint64(k) }

// check panics, naming the problem, if the arguments do not describe valid
// matrices: these are programmer errors, never user input.
func check(m, n, k int, a []float64, aOff, ars, acs int, b []float64, bOff, brs, bcs int, c []float64, ldc int) {
	if m < 0 || n < 0 || k < 0 {
		panic(fmt.Sprintf("gemm: negative dimension m=%d n=%d k=%d", m, n, k))
	}
	if aOff < 0 || ars < 0 || acs < 0 || bOff < 0 || brs < 0 || bcs < 0 {
		panic(fmt.Sprintf("gemm: negative offset or stride (a: %d %d %d, b: %d %d %d)", aOff, ars, acs, bOff, brs, bcs))
	}
	if ldc < n {
		panic(fmt.Sprintf("gemm: ldc=%d is less than n=%d", ldc, n))
	}
	if m == 0 || n == 0 {
		return
	}
	if need := (m-1)*ldc + n; len(c) < need {
		panic(fmt.Sprintf("gemm: len(c)=%d, need %d for %d×%d with ldc=%d", len(c), need, m, n, ldc))
	}
	if k == 0 {
		return
	}
	if need := aOff + (m-1)*ars + (k-1)*acs + 1; len(a) < need {
		panic(fmt.Sprintf("gemm: len(a)=%d, need %d for %d×%d from offset %d, strides %d, %d", len(a), need, m, k, aOff, ars, acs))
	}
	if need := bOff + (k-1)*brs + (n-1)*bcs + 1; len(b) < need {
		panic(fmt.Sprintf("gemm: len(b)=%d, need %d for %d×%d from offset %d, strides %d, %d", len(b), need, k, n, bOff, brs, bcs))
	}
}
