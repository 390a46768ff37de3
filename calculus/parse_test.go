package calculus

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func mustParse(t testing.TB, src string) Expr {
	t.Helper()
	e, err := Parse(src)
	require.NoError(t, err, "Parse(%q)", src)
	return e
}

func TestParseReadsWhatALearnerTypes(t *testing.T) {
	tests := []struct {
		src  string
		want string // String() of the parsed tree
	}{
		{"sqrt(5x^3 + 2)", "sqrt(5x^3 + 2)"},
		{"5x^3", "5x^3"},
		{"2sqrt(x)", "2sqrt(x)"},
		{"3(x+1)", "3(x + 1)"},
		{"x y", "x*y"},
		{"xy", "x*y"},
		{"2xy", "2x*y"},
		{"2pi", "2pi"},
		{"x 2^x", "x*2^x"},
		{"x^2 2^x", "x^2*2^x"},
		{"(2) 3", "2*3"},
		{"(x+1)2", "(x + 1)*2"},
		{"2 pi x", "2pi*x"},
		{"e^x", "e^x"},
		{"exp(x)", "e^x"},
		{"e^(2x)", "e^(2x)"},
		{"e^2x", "e^2*x"}, // e^2 times x, as in SymPy
		{"log(x)", "ln(x)"},
		{"-x^2", "-x^2"},
		{"(-x)^2", "(-x)^2"},
		{"-2x", "-2x"},
		{"2^3^2", "2^3^2"},
		{"(2^3)^2", "(2^3)^2"},
		{"x^-1", "x^(-1)"},
		{"x**2", "x^2"},
		{"1/2x", "(1/2)x"},
		{"1/(2x)", "1/(2x)"},
		{"0.5x", "(1/2)x"},
		{".25", "1/4"},
		{"6/4", "3/2"},
		{"x/2/3", "x/2/3"},
		{"a - b - c", "a - b - c"},
		{"a - (b - c)", "a - (b - c)"},
		{"a/(b*c)", "a/(b*c)"},
		{"(a/b)c", "(a/b)*c"},
		{"asin(x)", "asin(x)"},
		{"xsin(x)", "x*sin(x)"},
		{"sinh(x)cosh(x)", "sinh(x)*cosh(x)"},
		{"sin^2(x)", "sin(x)^2"},
		{"sin²(x)", "sin(x)^2"},
		{"√x", "sqrt(x)"},
		{"√(x+1)", "sqrt(x + 1)"},
		{"2√x", "2sqrt(x)"},
		{"x²", "x^2"},
		{"x³ − 2·x × 3", "x^3 - 2x*3"},
		{"x⁻¹", "x^(-1)"},
		{"π", "pi"},
		{"w1 + x_2", "w1 + x_2"},
		{"+x", "x"},
		{"--x", "-(-x)"},
		{"--2", "2"},
		{"2*-x", "2(-x)"},
		{"  sin ( x )  ", "sin(x)"},
		{"abs(x)", "abs(x)"},
		{"e^x(x - 3)/x^4", "e^x(x - 3)/x^4"},
	}
	for _, tt := range tests {
		t.Run(tt.src, func(t *testing.T) {
			e := mustParse(t, tt.src)
			assert.Equal(t, tt.want, e.String())
		})
	}
}

func TestParseStructure(t *testing.T) {
	x := Variable("x")
	tests := []struct {
		src  string
		want Expr
	}{
		{"-x^2", &Neg{X: Pow(x, Int(2))}},
		{"2^3^2", Pow(Int(2), Pow(Int(3), Int(2)))},
		{"1/2x", Mul(Rational(1, 2), x)},
		{"e^x", Apply(FuncExp, x)},
		{"-3", Int(-3)},
		{"x - -3", Sub(x, Int(-3))},
		{"5x^3", Mul(Int(5), Pow(x, Int(3)))},
		{"sqrt(x)", Apply(FuncSqrt, x)},
		{"√x^2", Apply(FuncSqrt, Pow(x, Int(2)))},
		{"log(x)", Apply(FuncLn, x)},
		{"pi", Pi()},
		{"e", E()},
	}
	for _, tt := range tests {
		t.Run(tt.src, func(t *testing.T) {
			assert.True(t, Equal(tt.want, mustParse(t, tt.src)), "got %s", mustParse(t, tt.src))
		})
	}
}

func TestParseErrorsPointAtTheColumn(t *testing.T) {
	tests := []struct {
		src string
		msg string // the whole Error()
	}{
		{"sqrt((x", "calculus: unclosed parenthesis at column 5"},
		{"(x + 1", "calculus: unclosed parenthesis at column 1"},
		{"x + 1)", "calculus: unmatched closing parenthesis at column 6"},
		{"", "calculus: empty expression at column 1"},
		{"   ", "calculus: empty expression at column 1"},
		{"x +", "calculus: expression ends too early at column 4"},
		{"2 3", "calculus: missing operator between two numbers before '3' at column 3"},
		{"sin x", "calculus: function sin needs its argument in parentheses, as in sin(x) at column 1"},
		{"x $ 2", "calculus: unexpected character '$' at column 3"},
		{"1.2.3", "calculus: malformed number '1.2.3' at column 1"},
		{"()", "calculus: empty parentheses at column 2"},
		{"|x|", "calculus: unexpected '|'; write abs(x) for the absolute value at column 1"},
		{"log(x, 2)", "calculus: unexpected ','; every function takes one argument at column 6"},
		{"x = 2", "calculus: unexpected '='; enter an expression, not an equation at column 3"},
		{"√", "calculus: √ needs something to take the root of at column 1"},
		{"x_", "calculus: a subscript '_' must be followed by letters or digits, as in x_1 at column 2"},
		{"²", "calculus: superscript exponent '²' has no base at column 1"},
		{"θ + 1", "calculus: unexpected character 'θ' at column 1"},
		{"2arcsin(x)", "calculus: arcsin is written asin, as in asin(x) at column 2"},
		{"arctan(x/2)", "calculus: arctan is written atan, as in atan(x) at column 1"},
	}
	for _, tt := range tests {
		t.Run(tt.src, func(t *testing.T) {
			_, err := Parse(tt.src)
			require.Error(t, err)
			var pe *ParseError
			require.True(t, errors.As(err, &pe), "want *ParseError, got %T", err)
			assert.Equal(t, tt.msg, err.Error())
			assert.True(t, strings.HasPrefix(err.Error(), "calculus: "))
		})
	}
}

func TestParseColumnsCountRunes(t *testing.T) {
	_, err := Parse("√(√(x")
	var pe *ParseError
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, 2, pe.Pos)
}

func TestParseRejectsPathologicalInputQuickly(t *testing.T) {
	tests := []struct {
		name string
		src  string
	}{
		{"megabyte", strings.Repeat("x+", 1<<19) + "x"},
		{"deep parentheses", strings.Repeat("(", 5000) + "x" + strings.Repeat(")", 5000)},
		{"deep calls", strings.Repeat("sin(", 3000) + "x" + strings.Repeat(")", 3000)},
		{"deep unary minus", strings.Repeat("-", 3000) + "x"},
		{"deep power tower", strings.Repeat("x^", 3000) + "x"},
		{"deep roots", strings.Repeat("√", 3000) + "x"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(tt.src)
			var pe *ParseError
			require.ErrorAs(t, err, &pe)
		})
	}
}

func TestParseHandlesHugeNumbersAndExponents(t *testing.T) {
	for _, src := range []string{"x^99999999", "(x+1)^99999999", "2^99999999", "9^9^9^9", "7^7^22", "10^(10^10)x",
		strings.Repeat("9", 4000), "x^" + strings.Repeat("9", 1000)} {
		t.Run(src[:min(len(src), 20)], func(t *testing.T) {
			e := mustParse(t, src)
			d := Diff(e, "x")
			require.NotNil(t, d)
			s := Simplify(e)
			require.NotNil(t, s)
			// Huge powers stay as written: the results are about as long as
			// the input, not as long as the numbers they denote.
			assert.Less(t, len(d.String()), 4*len(src)+100)
			assert.Less(t, len(s.String()), 4*len(src)+100)
		})
	}
}

func TestParseAcceptsTheLongestAllowedInput(t *testing.T) {
	src := strings.Repeat("x+", (MaxInputLength-1)/2) + "x"
	require.LessOrEqual(t, len(src), MaxInputLength)
	e := mustParse(t, src)
	assert.Equal(t, "16384", Diff(e, "x").String())
	assert.Equal(t, "16384x", Simplify(e).String())
	_, err := Parse(src + "+x+x")
	require.Error(t, err)
}

// TestLargeInputsStayBounded: the largest inputs of several shapes are
// differentiated and simplified into results of bounded size (go test's
// timeout catches a hang; speed itself is measured by the benchmarks).
func TestLargeInputsStayBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	var prod, poly, chain, mixed strings.Builder
	for i := 1; prod.Len() < MaxInputLength-40; i++ {
		fmt.Fprintf(&prod, "sin(%dx)*", i)
	}
	prod.WriteString("x")
	for i := 1; poly.Len() < MaxInputLength-40; i++ {
		fmt.Fprintf(&poly, "%dx^%d + ", i, i%50)
	}
	poly.WriteString("1")
	chain.WriteString(strings.Repeat("sin(", MaxDepth-2) + "x^2 + 1" + strings.Repeat(")", MaxDepth-2))
	for i := 1; mixed.Len() < MaxInputLength/8; i++ {
		fmt.Fprintf(&mixed, "sqrt(x + %d)/(x^2 + %d) + ", i, i)
	}
	mixed.WriteString("1")
	for name, src := range map[string]string{"product": prod.String(), "polynomial": poly.String(),
		"chain": chain.String(), "fractions": mixed.String()} {
		t.Run(name, func(t *testing.T) {
			e := mustParse(t, src)
			d := Diff(e, "x")
			_ = Simplify(e)
			assert.Less(t, len(d.String()), 64*MaxInputLength)
		})
	}
}
