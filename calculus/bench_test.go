package calculus

import (
	"testing"
)

var benchCases = []struct{ name, src string }{
	{"seed_root", "sqrt(5x^3 + 2)"},
	{"seed_product", "sqrt(x)*ln(x)"},
	{"seed_reciprocal", "1/(x^2 + 4)"},
	{"seed_quotient", "e^x/x^3"},
	{"nested", "sin(cos(e^(x^2 + 1)))*ln(sqrt(x^2 + 1))/(x^3 - 2x + 1)"},
}

func BenchmarkParse(b *testing.B) {
	for _, c := range benchCases {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if _, err := Parse(c.src); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(len(c.src))*float64(b.N)/b.Elapsed().Seconds()/1e6, "MB/s")
		})
	}
}

func BenchmarkDiff(b *testing.B) {
	for _, c := range benchCases {
		e := mustParse(b, c.src)
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				Diff(e, "x")
			}
		})
	}
}

func BenchmarkExplain(b *testing.B) {
	for _, c := range benchCases {
		e := mustParse(b, c.src)
		b.Run(c.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				Explain(e, "x")
			}
		})
	}
}
