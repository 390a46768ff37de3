package gemm

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
)

// IEEE 754 special values must come out exactly as the full sum
// Σ_l A[i][l]·B[l][j] gives them: 0·Inf and 0·NaN are NaN, Inf + (-Inf) is
// NaN, Inf + finite is Inf. A kernel that skipped a term because one factor
// is 0 (as gonum's Dgemm does) would turn the first two into 0.

var inf, nan = math.Inf(1), math.NaN()

// specialCase places special values into otherwise random operands.
type specialCase struct {
	name   string
	aValue func(i, l int, r float64) float64 // r is a uniform [-1, 1) draw
	bValue func(l, j int, r float64) float64
}

func keep(_, _ int, r float64) float64 { return r }

var specialCases = []specialCase{
	{"zero-col-of-A-times-Inf-in-B",
		func(i, l int, r float64) float64 { return pick(l == 2, 0, r) },
		func(l, j int, r float64) float64 { return pick(l == 2 && j%3 == 1, inf, r) }},
	{"-Inf-in-A-times-zero-row-of-B",
		func(i, l int, r float64) float64 { return pick(l == 1 && i%2 == 0, -inf, r) },
		func(l, j int, r float64) float64 { return pick(l == 1, 0, r) }},
	{"NaN-in-A-times-zeros",
		func(i, l int, r float64) float64 { return pick(i == 1 && l == 0, nan, r) },
		func(l, j int, r float64) float64 { return pick(l == 0, 0, r) }},
	{"zeros-times-NaN-in-B",
		func(i, l int, r float64) float64 { return 0 },
		func(l, j int, r float64) float64 { return pick(j == 0 && l%5 == 3, nan, r) }},
	{"Inf-minus-Inf",
		func(i, l int, r float64) float64 { return pick(l < 2, inf, r) },
		func(l, j int, r float64) float64 { return pick(l == 0, 1, pick(l == 1, pick(j%2 == 0, -1, 1), r)) }},
	{"Inf-plus-finite",
		func(i, l int, r float64) float64 { return pick(l == 0 && i%3 == 0, -inf, r) },
		func(l, j int, r float64) float64 { return pick(l == 0, 0.5, r) }},
	{"all-zero-A-times-Inf-everywhere",
		func(i, l int, r float64) float64 { return 0 },
		func(l, j int, r float64) float64 { return pick(l%2 == 0, inf, -inf) }},
	{"sprinkled",
		func(i, l int, r float64) float64 { return sprinkle(i*7919+l*104729, r) },
		func(l, j int, r float64) float64 { return sprinkle(l*15485863+j*32452843, r) }},
}

func pick(cond bool, yes, no float64) float64 {
	if cond {
		return yes
	}
	return no
}

// sprinkle turns about one element in twelve into 0, ±Inf or NaN.
func sprinkle(h int, r float64) float64 {
	switch uint(h) % 48 {
	case 0, 1:
		return 0
	case 2:
		return inf
	case 3:
		return -inf
	case 4:
		return nan
	}
	return r
}

func TestGemmIEEE(t *testing.T) {
	// direct-sized, blocked with edge tiles, k > kc (accumulating passes
	// over C), and vector shapes, through every path
	shapes := [][3]int{{3, 5, 4}, {8, 8, 8}, {13, 29, 37}, {70, 50, 300}, {1, 40, 19}, {37, 1, 29}}
	rng := rand.New(rand.NewPCG(7, 8))
	for _, p := range paths() {
		for _, s := range shapes {
			for ci, sc := range specialCases {
				la := layouts[ci%2]     // row-major or column-major A
				lb := layouts[(ci/2)%2] // and B
				m, n, k := s[0], s[1], s[2]
				t.Run(fmt.Sprintf("%s/%dx%dx%d/%s", p.name, m, n, k, sc.name), func(t *testing.T) {
					a := la.make(m, k, func(i, l int) float64 { return sc.aValue(i, l, 2*rng.Float64()-1) })
					b := lb.make(k, n, func(l, j int) float64 { return sc.bValue(l, j, 2*rng.Float64()-1) })
					checkFilled(t, p, m, n, k, a, b)
				})
			}
		}
	}
}
