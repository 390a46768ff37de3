package gemm

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// FuzzGemm checks every path against the naive triple loop on shapes,
// layouts and special values chosen by the fuzzer. The seed corpus runs in
// every plain `go test`; `go test -fuzz FuzzGemm ./internal/gemm/` explores.
func FuzzGemm(f *testing.F) {
	f.Add(uint8(8), uint8(8), uint8(8), uint8(0), uint8(0), uint8(0), uint64(1))
	f.Add(uint8(3), uint8(5), uint8(4), uint8(1), uint8(2), uint8(7), uint64(2))
	f.Add(uint8(25), uint8(49), uint8(13), uint8(2), uint8(1), uint8(0), uint64(3))
	f.Add(uint8(1), uint8(200), uint8(255), uint8(4), uint8(5), uint8(4), uint64(4))
	f.Add(uint8(97), uint8(7), uint8(130), uint8(3), uint8(6), uint8(2), uint64(5))
	f.Add(uint8(0), uint8(4), uint8(4), uint8(0), uint8(0), uint8(1), uint64(6))
	f.Add(uint8(9), uint8(17), uint8(0), uint8(1), uint8(1), uint8(3), uint64(7))
	ps := paths()
	f.Fuzz(func(t *testing.T, m, n, k, layoutA, layoutB, special uint8, seed uint64) {
		la := layouts[int(layoutA)%len(layouts)]
		lb := layouts[int(layoutB)%len(layouts)]
		sc := specialCase{"uniform", keep, keep}
		if s := int(special) % (len(specialCases) + 1); s > 0 {
			sc = specialCases[s-1]
		}
		for _, p := range ps {
			t.Run(fmt.Sprintf("%s/%dx%dx%d/%s*%s/%s", p.name, m, n, k, la.name, lb.name, sc.name), func(t *testing.T) {
				rng := rand.New(rand.NewPCG(seed, 0))
				mm, nn, kk := int(m), int(n), int(k)
				a := la.make(mm, kk, func(i, l int) float64 { return sc.aValue(i, l, 2*rng.Float64()-1) })
				b := lb.make(kk, nn, func(l, j int) float64 { return sc.bValue(l, j, 2*rng.Float64()-1) })
				checkFilled(t, p, mm, nn, kk, a, b)
			})
		}
	})
}
