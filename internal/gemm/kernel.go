package gemm

// A kernel is one way of computing the innermost mr×nr tile of C, together
// with the cache block sizes that keep its operands close to it.
//
// micro computes, for packed micro-panels a (kc×mr, see packA) and b (kc×nr,
// see packB),
//
//	C[r][j] = Σ_{l<kc} a[l*mr+r]·b[l*nr+j]      (accumulate false)
//	C[r][j] += Σ_{l<kc} a[l*mr+r]·b[l*nr+j]     (accumulate true)
//
// for r < mr, j < nr, with C[r][j] = c[r*ldc+j]. It never reads C when
// accumulate is false, so whatever C held before (even NaN) cannot leak in.
//
// direct computes a whole small product C = A·B straight from the strided
// operands, without packing; see direct.go.
type kernel struct {
	name   string
	mr, nr int // register block: the micro-kernel's tile of C
	kc     int // depth of a packed panel: a kc×nr panel of B stays in L1
	mc     int // rows of a packed block of A (mc×kc, in L2); a multiple of mr
	nc     int // columns of a packed block of B (kc×nc, in L3); a multiple of nr

	// The direct path runs when m·n·k <= directWork, when k·n <= directB
	// (B small enough to stay in L2 while every block of rows streams it),
	// or when m <= directRows or n <= directCols (too few rows to repay
	// packing B, or too few columns to fill a packed tile).
	directWork, directB, directRows, directCols int

	micro  func(kc int, a, b, c []float64, ldc int, accumulate bool)
	direct func(m, n, k int, a []float64, aOff, ars, acs int, b []float64, bOff, brs, bcs int, c []float64, ldc int)
}

// generic is the portable kernel: the same packing and blocking as the
// assembly ones, with a 4×2 micro-kernel written in Go.
var generic = &kernel{
	name: "generic",
	mr:   4, nr: 2,
	kc: 256, mc: 128, nc: 2048,
	directWork: 6 * 6 * 6, // above it the register-blocked kernel wins
	directRows: 1,
	directCols: 1,
	micro:      microGeneric,
	direct:     directGeneric,
}

// useDirect reports whether kern's direct path should compute an m×k by
// k×n product.
func (kern *kernel) useDirect(m, n, k int) bool {
	return work(m, n, k) <= uint64(kern.directWork) || uint64(k)*uint64(n) <= uint64(kern.directB) ||
		m <= kern.directRows || n <= kern.directCols
}

// route picks the path through a kernel: its own choice by size (auto), or,
// for tests and benchmarks, always direct or always packed.
type route int

const (
	auto route = iota
	direct
	packed
)

func (rt route) direct(kern *kernel, m, n, k int) bool {
	return rt == direct || (rt == auto && kern.useDirect(m, n, k))
}

// active is the kernel Gemm and GemmSerial use: the best one this CPU runs
// (kernels[0], chosen once at start-up).
var active = kernels[0]

// Kernel names the kernel Gemm uses on this machine: "avx512", "avx2+fma"
// or "generic".
func Kernel() string { return active.name }
