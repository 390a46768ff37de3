package calculus

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPrinterAddsOnlyNeededParentheses: what goes in comes out unchanged,
// so every parenthesis printed is one the precedence table needs.
func TestPrinterAddsOnlyNeededParentheses(t *testing.T) {
	for _, src := range []string{
		"a + b + c", "a + (b + c)", "a - b - c", "a - (b - c)", "a - (b + c)",
		"a*b*c", "a(b*c)", "a/b/c", "a/(b/c)", "a/(b*c)", "(a + b)*c", "(a + b)/c",
		"a^b^c", "(a^b)^c", "-a^b", "(-a)^b", "-a*b", "-(a*b)", "-(a + b)",
		"2x^3", "2(x + 1)", "(x + 1)(x - 1)", "x^(-1)", "x^(1/2)", "x^(2y)", "e^(-x)", "e^x^2",
		"sin(x)^2", "sin(x^2)", "(1/2)x", "1/(2x)", "(a/b)*c", "x - -3", "2(-x)",
		"15x^2/(2sqrt(5x^3 + 2))", "(ln(x) + 2)/(2sqrt(x))", "-2x/(x^2 + 4)^2", "e^x(x - 3)/x^4",
	} {
		t.Run(src, func(t *testing.T) {
			assert.Equal(t, src, mustParse(t, src).String())
		})
	}
}

func TestRoundTripOfBuiltTrees(t *testing.T) {
	x, y := Variable("x"), Variable("y")
	for _, e := range []Expr{
		Add(Mul(Int(3), x), Int(-2)),
		Pow(Add(x, Int(1)), Rational(-1, 2)),
		Mul(Rational(1, 2), Pow(x, Rational(-1, 2))),
		Div(Apply(FuncExp, Mul(Int(2), x)), Mul(x, y)),
		&Neg{X: Apply(FuncSin, x)},
		Sub(x, Sub(y, Int(1))),
		Pow(Pi(), x),
	} {
		back, err := Parse(e.String())
		require.NoError(t, err)
		assert.True(t, Equal(e, back), "%s reads back as %s", e, back)
	}
}

func TestPretty(t *testing.T) {
	tests := []struct{ src, want string }{
		{"15x^2/(2sqrt(5x^3 + 2))", "15x²/(2√(5x³ + 2))"},
		{"x^(-1)", "x⁻¹"},
		{"x^10", "x¹⁰"},
		{"2pi x", "2π·x"},
		{"abs(x)", "|x|"},
		{"sqrt(x)*ln(x)", "√x·ln(x)"},
		{"x^(1/2)", "x^(1/2)"},
	}
	for _, tt := range tests {
		t.Run(tt.src, func(t *testing.T) {
			e := mustParse(t, tt.src)
			assert.Equal(t, tt.want, e.Pretty())
			if tt.src != "abs(x)" {
				back, err := Parse(e.Pretty())
				require.NoError(t, err)
				assert.True(t, Equal(e, back), "Pretty %s reads back as %s", e.Pretty(), back)
			}
		})
	}
}

func TestLaTeX(t *testing.T) {
	tests := []struct{ src, want string }{
		{"15x^2/(2sqrt(5x^3 + 2))", `\frac{15x^{2}}{2\sqrt{5x^{3} + 2}}`},
		{"e^x(x - 3)/x^4", `\frac{e^{x}\left(x - 3\right)}{x^{4}}`},
		{"asin(x)", `\arcsin\left(x\right)`},
		{"abs(x)", `\left|x\right|`},
		{"w1 x_2", `w_{1} x_{2}`},
		{"2pi", `2\pi`},
		{"2*3", `2 \cdot 3`},
		{"(1/2)x", `\frac{1}{2} x`},
	}
	for _, tt := range tests {
		t.Run(tt.src, func(t *testing.T) {
			assert.Equal(t, tt.want, mustParse(t, tt.src).LaTeX())
		})
	}
}
