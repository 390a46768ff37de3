package calculus

import (
	"errors"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestEval(t *testing.T) {
	tests := []struct {
		src  string
		vars map[string]float64
		want float64
	}{
		{"5x^3 + 2", map[string]float64{"x": 2}, 42},
		{"sqrt(x)*ln(x)", map[string]float64{"x": math.E * math.E}, 2 * math.E},
		{"e^x", map[string]float64{"x": 1}, math.E},
		{"2pi", nil, 2 * math.Pi},
		{"x y", map[string]float64{"x": 3, "y": 4}, 12},
		{"-x^2", map[string]float64{"x": 3}, -9},
		{"2^3^2", nil, 512},
		{"1/2x", map[string]float64{"x": 4}, 2},
		{"abs(x)", map[string]float64{"x": -3}, 3},
		{"x^3", map[string]float64{"x": -2}, -8},
		{"(-8)^(1/3)*0 + 1", nil, math.NaN()}, // marker: expected error, see below
		{"sec(x)", map[string]float64{"x": 0}, 1},
		{"cot(x)", map[string]float64{"x": math.Pi / 4}, 1},
		{"exp(1000)", nil, math.Inf(1)},
	}
	for _, tt := range tests {
		t.Run(tt.src, func(t *testing.T) {
			v, err := Eval(mustParse(t, tt.src), tt.vars)
			if math.IsNaN(tt.want) {
				require.Error(t, err)
				return
			}
			require.NoError(t, err)
			if math.IsInf(tt.want, 0) {
				assert.True(t, math.IsInf(v, 1))
				return
			}
			assert.InDelta(t, tt.want, v, 1e-12*math.Max(1, math.Abs(tt.want)))
		})
	}
}

func TestEvalErrorsSayWhatWentWrong(t *testing.T) {
	tests := []struct {
		src  string
		vars map[string]float64
		kind EvalErrorKind
		msg  string
	}{
		{"x + y", map[string]float64{"x": 1}, UnknownVariable, "calculus: unknown variable y: give it a value"},
		{"ln(x)", map[string]float64{"x": -1}, DomainError, "calculus: ln(x) is undefined at ln(-1): ln needs a positive argument"},
		{"ln(0)", nil, DomainError, "calculus: ln(0) is undefined at ln(0): ln needs a positive argument"},
		{"sqrt(x - 5)", map[string]float64{"x": 1}, DomainError, "calculus: sqrt(x - 5) is undefined at sqrt(-4): sqrt needs a non-negative argument"},
		{"asin(2)", nil, DomainError, "calculus: asin(2) is undefined at asin(2): asin needs an argument in [-1, 1]"},
		{"1/x", map[string]float64{"x": 0}, DivisionByZero, "calculus: division by zero in 1/x"},
		{"0^0", nil, DomainError, "calculus: 0^0 is undefined in 0^0"},
		{"x^(1/2)", map[string]float64{"x": -4}, DomainError, "calculus: x^(1/2) is not a real number at (-4)^0.5: a negative base needs a whole exponent"},
		{"exp(1000) - exp(1000)", nil, NotANumber, "calculus: e^1000 - e^1000 is not a number here"},
	}
	for _, tt := range tests {
		t.Run(tt.src, func(t *testing.T) {
			_, err := Eval(mustParse(t, tt.src), tt.vars)
			require.Error(t, err)
			var ee *EvalError
			require.True(t, errors.As(err, &ee))
			assert.Equal(t, tt.kind, ee.Kind)
			assert.Equal(t, tt.msg, err.Error())
		})
	}
}

func TestEvalNil(t *testing.T) {
	_, err := Eval(nil, nil)
	assert.Error(t, err)
}
