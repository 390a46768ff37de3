package calculus

import (
	"errors"
	"math"
	"testing"
	"time"
	"unicode/utf8"
)

var fuzzSeeds = []string{
	"sqrt(5x^3 + 2)", "sqrt(x)*ln(x)", "1/(x^2 + 4)", "e^x/x^3", "x^x", "-x^2", "2^3^2",
	"√(x+1)", "x²", "sin^2(x)", "1/2x", "xsin(x)", "(x", "sqrt((x", ")", "--x", "x^-1",
	"abs(x)/x", "ln(abs(x))", "0^0", "x^99999999", "(x+1)^99999999", "e^2x", "x y z",
	"asin(x)acos(x)atan(x)", "tanh(sinh(cosh(x)))", "sec(x)csc(x)cot(x)", "1.5x + .5",
}

// FuzzParse: Parse never panics, answers quickly, and whatever it accepts
// prints as text it reads back into the same tree (when that text is within
// MaxInputLength).
func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		start := time.Now()
		e, err := Parse(src)
		if elapsed := time.Since(start); elapsed > time.Second {
			t.Fatalf("Parse(%q) took %v", src, elapsed)
		}
		if err != nil {
			if _, ok := err.(*ParseError); !ok {
				t.Fatalf("Parse(%q) returned %T, want *ParseError", src, err)
			}
			return
		}
		_ = e.Pretty()
		_ = e.LaTeX()
		if utf8.RuneCountInString(e.String()) > MaxInputLength {
			return // too long to read back, as documented
		}
		back, err := Parse(e.String())
		if err != nil {
			t.Fatalf("Parse(%q).String() = %q does not parse: %v", src, e.String(), err)
		}
		if !Equal(e, back) {
			t.Fatalf("%q prints as %q which reads back as %q", src, e.String(), back.String())
		}
	})
}

// FuzzDiff: wherever a reliable central finite difference of the function
// exists, the derivative exists too and agrees with it; and the derivative
// reads back from its String.
func FuzzDiff(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		e, err := Parse(src)
		if err != nil || len(src) > 200 {
			return
		}
		d := Diff(e, "x")
		back, err := Parse(d.String())
		if err != nil || !Equal(d, back) {
			t.Fatalf("Diff(%s) = %s does not read back: %v", e, d, err)
		}
		vars := map[string]float64{}
		for i, v := range Variables(e) {
			vars[v] = 0.4 + 0.37*float64(i)
		}
		for _, x := range []float64{0.31, 1.17, -0.83, 2.41} {
			vars["x"] = x
			want, ok := finiteDifference(e, "x", vars)
			if !ok || math.IsInf(want, 0) || math.Abs(want) > 1e6 {
				continue
			}
			got, err := Eval(d, vars)
			if err != nil {
				// f is smooth around x, so its derivative must be defined
				// there: a simplification must never shrink the domain.
				// (Overflow and underflow can still make float64 fail.)
				var ee *EvalError
				if errors.As(err, &ee) && ee.Kind == DomainError && !variableExponent(e, "x") {
					t.Fatalf("d/dx %s = %s fails at x = %v where f is smooth: %v", e, d, x, err)
				}
				continue
			}
			if math.IsInf(got, 0) {
				continue
			}
			if !closeTo(want, got, 1e-3) {
				t.Fatalf("d/dx %s = %s is %v at x = %v; finite difference %v", e, d, got, x, want)
			}
		}
	})
}

// variableExponent reports whether e has a power whose exponent depends on
// x. There float64 can make u^v look smooth where it is not real: for
// x = -0.83, x^7000 underflows to 0 and x^(x^7000) evaluates to 1.
func variableExponent(e Expr, x string) bool {
	found := false
	Inspect(e, func(n Expr) bool {
		if b, ok := n.(*Binary); ok && b.Op == OpPow && dependsOn(b.Y, x) {
			found = true
		}
		return !found
	})
	return found
}
