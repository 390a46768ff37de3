package gemm

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"
)

// matrix is an r×c operand stored in data with X[i][j] = data[off+i*rs+j*cs].
type matrix struct {
	data        []float64
	off, rs, cs int
}

func (x matrix) at(i, j int) float64 { return x.data[x.off+i*x.rs+j*x.cs] }

// layout builds an r×c matrix with a given storage pattern; fill gives the
// value of element (i, j). Broadcast layouts store fewer elements, so
// their logical elements repeat: row-broadcast means every row is row 0.
type layout struct {
	name string
	make func(r, c int, fill func(i, j int) float64) matrix
}

var layouts = []layout{
	{"row-major", func(r, c int, fill func(i, j int) float64) matrix {
		return build(r, c, 0, c, 1, r*c, fill)
	}},
	{"col-major", func(r, c int, fill func(i, j int) float64) matrix {
		return build(r, c, 0, 1, r, r*c, fill)
	}},
	{"gappy-view", func(r, c int, fill func(i, j int) float64) matrix {
		// offset 5, 2 elements between columns, a padded leading dimension
		return build(r, c, 5, 2*c+3, 2, 5+r*(2*c+3)+1, fill)
	}},
	{"gappy-col-view", func(r, c int, fill func(i, j int) float64) matrix {
		return build(r, c, 7, 3, 3*r+1, 7+c*(3*r+1)+1, fill)
	}},
	{"broadcast-row", func(r, c int, fill func(i, j int) float64) matrix {
		return build(r, c, 1, 0, 1, 1+c, fill) // every row is row 0
	}},
	{"broadcast-col", func(r, c int, fill func(i, j int) float64) matrix {
		return build(r, c, 2, 1, 0, 2+r, fill) // every column is column 0
	}},
	{"scalar", func(r, c int, fill func(i, j int) float64) matrix {
		return build(r, c, 3, 0, 0, 4, fill) // one element everywhere
	}},
}

// build allocates size elements filled with a sentinel and writes fill(i, j)
// to each logical element (later writes win where strides are 0).
func build(r, c, off, rs, cs, size int, fill func(i, j int) float64) matrix {
	x := matrix{data: make([]float64, max(size, 1)), off: off, rs: rs, cs: cs}
	for i := range x.data {
		x.data[i] = math.NaN() // gaps must never be read
	}
	for i := 0; i < r; i++ {
		for j := 0; j < c; j++ {
			x.data[off+i*rs+j*cs] = fill(i, j)
		}
	}
	return x
}

// naive is the reference: the textbook triple loop, with the magnitude
// Σ|A[i][l]|·|B[l][j]| of each sum for the error bound.
func naive(m, n, k int, a, b matrix) (c, mag []float64) {
	c = make([]float64, m*n)
	mag = make([]float64, m*n)
	for i := 0; i < m; i++ {
		for j := 0; j < n; j++ {
			var s, t float64
			for l := 0; l < k; l++ {
				s += a.at(i, l) * b.at(l, j)
				t += math.Abs(a.at(i, l) * b.at(l, j))
			}
			c[i*n+j], mag[i*n+j] = s, t
		}
	}
	return c, mag
}

// path is one way into the package: a kernel, and which of its routes.
type path struct {
	name string
	run  func(m, n, k int, a, b matrix, c []float64, ldc int)
}

// paths returns every route through every kernel this machine can run.
func paths() []path {
	var ps []path
	for _, kern := range kernels {
		ps = append(ps,
			path{kern.name + "/direct", func(m, n, k int, a, b matrix, c []float64, ldc int) {
				serial(kern, direct, m, n, k, a.data, a.off, a.rs, a.cs, b.data, b.off, b.rs, b.cs, c, ldc)
			}},
			path{kern.name + "/blocked", func(m, n, k int, a, b matrix, c []float64, ldc int) {
				serial(kern, packed, m, n, k, a.data, a.off, a.rs, a.cs, b.data, b.off, b.rs, b.cs, c, ldc)
			}},
			path{kern.name + "/parallel", func(m, n, k int, a, b matrix, c []float64, ldc int) {
				parallel(kern, packed, 0, 3, m, n, k, a.data, a.off, a.rs, a.cs, b.data, b.off, b.rs, b.cs, c, ldc)
			}},
			path{kern.name + "/parallel-direct", func(m, n, k int, a, b matrix, c []float64, ldc int) {
				parallel(kern, direct, 0, 3, m, n, k, a.data, a.off, a.rs, a.cs, b.data, b.off, b.rs, b.cs, c, ldc)
			}},
		)
	}
	return append(ps,
		path{"Gemm", func(m, n, k int, a, b matrix, c []float64, ldc int) {
			Gemm(m, n, k, a.data, a.off, a.rs, a.cs, b.data, b.off, b.rs, b.cs, c, ldc)
		}},
		path{"GemmSerial", func(m, n, k int, a, b matrix, c []float64, ldc int) {
			GemmSerial(m, n, k, a.data, a.off, a.rs, a.cs, b.data, b.off, b.rs, b.cs, c, ldc)
		}},
	)
}

// checkProduct runs p on random A (layout la) times B (layout lb) and
// compares with naive.
func checkProduct(t *testing.T, p path, m, n, k int, la, lb layout, rng *rand.Rand) {
	t.Helper()
	uniform := func(int, int) float64 { return 2*rng.Float64() - 1 }
	checkFilled(t, p, m, n, k, la.make(m, k, uniform), lb.make(k, n, uniform))
}

// checkFilled runs p on A times B and compares with naive: NaN where the
// reference is NaN, the same infinity where it is infinite, and within
// 1e-12·Σ|A[i][l]·B[l][j]| elsewhere. C has two padding columns (ldc = n+2;
// none when n = 1) that must keep their sentinel, and starts as NaN, which
// must not leak in.
func checkFilled(t *testing.T, p path, m, n, k int, a, b matrix) {
	t.Helper()
	want, mag := naive(m, n, k, a, b)
	ldc := n + 2
	if n == 1 {
		ldc = 1 // a contiguous column: the transposed matrix-vector kernel
	}
	const sentinel = -12345.0
	c := make([]float64, max(m*ldc, 1))
	for i := range c {
		c[i] = math.NaN()
		if i%ldc >= n {
			c[i] = sentinel
		}
	}
	p.run(m, n, k, a, b, c, ldc)
	for i := 0; i < m; i++ {
		for j := 0; j < ldc; j++ {
			got := c[i*ldc+j]
			if j >= n {
				require.Equal(t, sentinel, got, "C[%d][%d] is padding and was written", i, j)
				continue
			}
			w := want[i*n+j]
			switch {
			case math.IsNaN(w):
				require.True(t, math.IsNaN(got), "C[%d][%d] = %v, want NaN", i, j, got)
			case math.IsInf(w, 0):
				require.Equal(t, w, got, "C[%d][%d]", i, j)
			default:
				require.InDelta(t, w, got, 1e-12*(mag[i*n+j]+1e-300), "C[%d][%d]", i, j)
			}
		}
	}
}

// sizes has the awkward cases: zero, one, primes, and sizes on either side
// of every tile and block size (mr 4/6/8, nr 2/8/24, kc 256, mc 96..144).
var sizes = [][3]int{
	{0, 0, 0}, {0, 5, 3}, {5, 0, 3}, {5, 3, 0}, {1, 1, 1}, {1, 1, 7}, {1, 9, 1}, {9, 1, 1},
	{2, 3, 4}, {3, 4, 5}, {4, 4, 4}, {5, 7, 3}, {6, 8, 1}, {6, 8, 8}, {7, 9, 11},
	{8, 8, 8}, {8, 24, 8}, {9, 25, 17}, {12, 16, 13}, {13, 17, 19}, {16, 16, 16},
	{23, 29, 31}, {31, 33, 32}, {32, 32, 32}, {33, 31, 64}, {47, 53, 59}, {64, 64, 64},
	{65, 63, 67}, {97, 101, 103}, {1, 300, 257}, {300, 1, 257}, {145, 49, 255},
	{150, 70, 257}, {127, 130, 300}, {200, 7, 513}, {3, 260, 5},
}

func TestGemmSizes(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, p := range paths() {
		for si, s := range sizes {
			// rotate through layout pairs so each size meets several
			la := layouts[si%len(layouts)]
			lb := layouts[(si/len(layouts)+si)%len(layouts)]
			t.Run(fmt.Sprintf("%s/%dx%dx%d/%s*%s", p.name, s[0], s[1], s[2], la.name, lb.name), func(t *testing.T) {
				checkProduct(t, p, s[0], s[1], s[2], la, lb, rng)
			})
		}
	}
}

func TestGemmLayouts(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	// one direct-sized and one blocked-sized product for every pair
	for _, s := range [][3]int{{5, 11, 7}, {37, 29, 70}} {
		for _, p := range paths() {
			for _, la := range layouts {
				for _, lb := range layouts {
					t.Run(fmt.Sprintf("%s/%dx%dx%d/%s*%s", p.name, s[0], s[1], s[2], la.name, lb.name), func(t *testing.T) {
						checkProduct(t, p, s[0], s[1], s[2], la, lb, rng)
					})
				}
			}
		}
	}
}

func TestGemmRandomSizes(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	n := 40
	if testing.Short() {
		n = 8
	}
	ps := paths()
	for trial := 0; trial < n; trial++ {
		m, nn, k := rng.IntN(301), rng.IntN(301), rng.IntN(301)
		p := ps[trial%len(ps)]
		la := layouts[rng.IntN(len(layouts))]
		lb := layouts[rng.IntN(len(layouts))]
		t.Run(fmt.Sprintf("%s/%dx%dx%d/%s*%s", p.name, m, nn, k, la.name, lb.name), func(t *testing.T) {
			checkProduct(t, p, m, nn, k, la, lb, rng)
		})
	}
}

// Vector shapes: a row vector times a matrix (m = 1), a matrix times a
// column vector (n = 1), and the dot product (m = n = 1), which have
// kernels of their own.
func TestGemmVectorShapes(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	shapes := [][3]int{
		{1, 9, 1}, {1, 33, 7}, {1, 64, 64}, {1, 100, 300}, {1, 5, 40},
		{9, 1, 1}, {7, 1, 13}, {37, 1, 29}, {100, 1, 300}, {4, 1, 16}, {5, 1, 8},
		{1, 1, 1}, {1, 1, 300},
	}
	for _, p := range paths() {
		for si, s := range shapes {
			for li, la := range layouts {
				lb := layouts[(li+si)%len(layouts)]
				if si%2 == 0 {
					lb = layouts[0]
				}
				t.Run(fmt.Sprintf("%s/%dx%dx%d/%s*%s", p.name, s[0], s[1], s[2], la.name, lb.name), func(t *testing.T) {
					checkProduct(t, p, s[0], s[1], s[2], la, lb, rng)
				})
			}
		}
	}
}
