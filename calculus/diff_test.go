package calculus

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDiffTextbookForms(t *testing.T) {
	tests := []struct{ f, x, want string }{
		{"x^3 - 2x + 1", "x", "3x^2 - 2"},
		{"7", "x", "0"},
		{"x", "x", "1"},
		{"sin(x)", "x", "cos(x)"},
		{"cos(x)", "x", "-sin(x)"},
		{"tan(x)", "x", "sec(x)^2"},
		{"ln(x)", "x", "1/x"},
		{"e^x", "x", "e^x"},
		{"2^x", "x", "2^x*ln(2)"},
		{"asin(x)", "x", "1/sqrt(1 - x^2)"},
		{"atan(x)", "x", "1/(x^2 + 1)"},
		{"x^x", "x", "x^x(ln(x) + 1)"},
		{"sqrt(x)", "x", "1/(2sqrt(x))"},
		{"x^2 sin(x)", "x", "x(2sin(x) + x*cos(x))"},
		{"(x^2 + 1)/(x - 1)", "x", "(x^2 - 2x - 1)/(x - 1)^2"},
		{"ln(cos(x))", "x", "-tan(x)"},
		{"sin(x)cos(x)", "x", "cos(2x)"},
		{"abs(x)", "x", "x/abs(x)"},
		{"x^2 y + y^3", "x", "2x*y"},
		{"x^2 y + y^3", "y", "x^2 + 3y^2"},
		{"x^2 y + y^3", "z", "0"},
		{"e^(x y)", "y", "x*e^(x*y)"},
	}
	for _, tt := range tests {
		t.Run(tt.f+"/d"+tt.x, func(t *testing.T) {
			assert.Equal(t, tt.want, Diff(mustParse(t, tt.f), tt.x).String())
		})
	}
}

func TestDiffNil(t *testing.T) {
	assert.Equal(t, "0", Diff(nil, "x").String())
	assert.Nil(t, Simplify(nil))
}

func TestDiffN(t *testing.T) {
	tests := []struct {
		f    string
		n    int
		want string
	}{
		{"x^5", 0, "x^5"},
		{"x^5", 1, "5x^4"},
		{"x^5", 3, "60x^2"},
		{"x^5", 6, "0"},
		{"sin(x)", 4, "sin(x)"},
		{"e^(2x)", 3, "8e^(2x)"},
		{"ln(x)", 2, "-1/x^2"},
	}
	for _, tt := range tests {
		t.Run(tt.f, func(t *testing.T) {
			d, err := DiffN(mustParse(t, tt.f), "x", tt.n)
			require.NoError(t, err)
			assert.Equal(t, tt.want, d.String())
		})
	}
	_, err := DiffN(mustParse(t, "x"), "x", -1)
	assert.EqualError(t, err, "calculus: derivative order -1 is negative; use 0 or more")
	_, err = DiffN(mustParse(t, "x"), "x", MaxOrder+1)
	assert.EqualError(t, err, "calculus: derivative order 33 is above the limit 32")
	_, err = DiffN(mustParse(t, "x^x"), "x", 20)
	assert.EqualError(t, err, "calculus: the derivative of order 15 with respect to x has more than 200000 nodes (MaxNodes); ask for a lower order")
	d, err := DiffN(mustParse(t, "tan(x)"), "x", 8)
	require.NoError(t, err)
	v, err := Eval(d, map[string]float64{"x": 0.3})
	require.NoError(t, err)
	assert.InDelta(t, 4521.24379695559, v, 1e-8) // d^8/dx^8 tan(x) at 0.3, by SymPy
}

func TestGradient(t *testing.T) {
	vars, g := Gradient(mustParse(t, "x^2 y + sin(z)"))
	require.Equal(t, []string{"x", "y", "z"}, vars)
	require.Len(t, g, 3)
	assert.Equal(t, "2x*y", g[0].String())
	assert.Equal(t, "x^2", g[1].String())
	assert.Equal(t, "cos(z)", g[2].String())

	vars, g = Gradient(mustParse(t, "2pi"))
	assert.Empty(t, vars)
	assert.Empty(t, g)
}

func TestVariables(t *testing.T) {
	assert.Equal(t, []string{"t", "w1", "x_2"}, Variables(mustParse(t, "x_2 + e^t w1 + pi")))
	assert.Empty(t, Variables(mustParse(t, "e + pi")))
}

// TestDiffAgreesWithFiniteDifferences covers shapes the fixture holds few of.
func TestDiffAgreesWithFiniteDifferences(t *testing.T) {
	for _, f := range []string{
		"x^x^x", "(sin(x))^(cos(x))", "acos(x/2)", "sec(x)csc(x)cot(x)", "tanh(sinh(cosh(x)))",
		"abs(sin(x))", "ln(abs(x - 3))", "sqrt(abs(x) + 1)", "e^(-x)sin(3x)/(1 + x^2)",
		"(x + 1)^(1/3)", "2^(3^x)", "x^pi", "pi^x", "1/(1 + e^(-x))", "x^(-2/3) + x^(5/2)",
	} {
		t.Run(f, func(t *testing.T) {
			e := mustParse(t, f)
			d := Diff(e, "x")
			n := 0
			for _, x := range evalPoints {
				at := map[string]float64{"x": x}
				want, ok := finiteDifference(e, "x", at)
				if !ok {
					continue
				}
				got, err := Eval(d, at)
				require.NoError(t, err, "%s at %v", d, x)
				assert.True(t, closeTo(want, got, 1e-5), "%s at %v: %v vs %v", d, x, got, want)
				n++
			}
			assert.Positive(t, n)
		})
	}
}
