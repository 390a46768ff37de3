package rnn

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"
	"gonum.org/v1/gonum/diff/fd"

	"github.com/chalk-ml/chalk/tensor"
)

// Central finite differences check Backward independently of PyTorch: for
// the scalar loss L = Σ out⊙R + Σ hn⊙S (+ Σ cn⊙U) with random R, S, U,
// every analytic ∂L/∂x, ∂L/∂h0, ∂L/∂c0 and ∂L/∂θ is compared with
// fd.Derivative(fd.Central) of L along that coordinate.

const (
	fdStep = 1e-5
	fdTol  = 1e-6 // relative, with an absolute floor of fdTol
)

// gradCase is one model and its inputs for the check.
type gradCase struct {
	name  string
	model string // "rnn_tanh", "rnn_relu", "gru", "lstm"
	cfg   Config
	T, B  int
}

func randTensor(rng *rand.Rand, shape ...int) *tensor.Tensor {
	n := 1
	for _, s := range shape {
		n *= s
	}
	d := make([]float64, n)
	for i := range d {
		d[i] = rng.NormFloat64()
	}
	return fromData(d, shape...)
}

// withElement returns t with flat element i set to v.
func withElement(t *tensor.Tensor, i int, v float64) *tensor.Tensor {
	d := t.Data()
	d[i] = v
	return fromData(d, t.Shape()...)
}

func dot(a, b *tensor.Tensor) float64 {
	if a == nil || b == nil {
		return 0
	}
	x, y := a.Data(), b.Data()
	s := 0.0
	for i := range x {
		s += x[i] * y[i]
	}
	return s
}

func TestFiniteDifferenceGradients(t *testing.T) {
	cases := []gradCase{
		{"rnn_tanh", "rnn_tanh", Config{InputSize: 3, HiddenSize: 4}, 4, 2},
		{"rnn_relu", "rnn_relu", Config{InputSize: 3, HiddenSize: 4, Nonlinearity: "relu"}, 4, 2},
		{"rnn_tanh_2layer_bidir", "rnn_tanh", Config{InputSize: 2, HiddenSize: 3, NumLayers: 2, Bidirectional: true}, 3, 2},
		{"rnn_relu_2layer_bidir", "rnn_relu", Config{InputSize: 2, HiddenSize: 3, NumLayers: 2, Bidirectional: true, Nonlinearity: "relu"}, 3, 2},
		{"gru", "gru", Config{InputSize: 3, HiddenSize: 4}, 4, 2},
		{"gru_2layer_bidir", "gru", Config{InputSize: 2, HiddenSize: 3, NumLayers: 2, Bidirectional: true}, 3, 2},
		{"lstm", "lstm", Config{InputSize: 3, HiddenSize: 4}, 4, 2},
		{"lstm_3layer", "lstm", Config{InputSize: 2, HiddenSize: 2, NumLayers: 3}, 3, 1},
		{"lstm_2layer_bidir", "lstm", Config{InputSize: 2, HiddenSize: 3, NumLayers: 2, Bidirectional: true}, 3, 2},
	}
	for ci, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rng := rand.New(rand.NewPCG(uint64(ci), 77))
			c.cfg.Seed = int64(ci + 1)
			var layer Layer
			var err error
			if c.model == "rnn_tanh" || c.model == "rnn_relu" {
				layer, err = NewLayer("rnn", c.cfg)
			} else {
				layer, err = NewLayer(c.model, c.cfg)
			}
			require.NoError(t, err)
			cfg := layer.Config()
			D := 1
			if cfg.Bidirectional {
				D = 2
			}
			LD, H := cfg.NumLayers*D, cfg.HiddenSize
			x := randTensor(rng, c.T, c.B, cfg.InputSize)
			s0 := State{H: randTensor(rng, LD, c.B, H)}
			lstm := c.model == "lstm"
			if lstm {
				s0.C = randTensor(rng, LD, c.B, H)
			}
			R, S, U := randTensor(rng, c.T, c.B, D*H), randTensor(rng, LD, c.B, H), randTensor(rng, LD, c.B, H)
			params := layer.StateDict()
			loss := func(x *tensor.Tensor, s State, p map[string]*tensor.Tensor) float64 {
				require.NoError(t, layer.LoadStateDict(p))
				out, fin, err := layer.ForwardState(x, s)
				require.NoError(t, err)
				return dot(out, R) + dot(fin.H, S) + dot(fin.C, U)
			}
			loss(x, s0, params)
			dFinal := State{H: S}
			if lstm {
				dFinal.C = U
			}
			g, err := layer.BackwardState(R, dFinal)
			require.NoError(t, err)

			// check compares every coordinate of an analytic gradient
			// with the central difference of L along it.
			check := func(name string, at *tensor.Tensor, analytic *tensor.Tensor, f func(*tensor.Tensor) float64) {
				require.NotNil(t, analytic, name)
				require.Equal(t, at.Shape(), analytic.Shape(), name)
				a, base := analytic.Data(), at.Data()
				for i := range base {
					num := fd.Derivative(func(v float64) float64 { return f(withElement(at, i, v)) }, base[i],
						&fd.Settings{Formula: fd.Central, Step: fdStep})
					require.InDelta(t, num, a[i], fdTol*math.Max(1, math.Abs(num)), "%s[%d]", name, i)
				}
			}
			check("x", x, g.X, func(v *tensor.Tensor) float64 { return loss(v, s0, params) })
			check("h0", s0.H, g.H0, func(v *tensor.Tensor) float64 { return loss(x, State{H: v, C: s0.C}, params) })
			if lstm {
				check("c0", s0.C, g.C0, func(v *tensor.Tensor) float64 { return loss(x, State{H: s0.H, C: v}, params) })
			}
			require.Len(t, g.Params, len(params))
			for name, p := range params {
				check(name, p, g.Params[name], func(v *tensor.Tensor) float64 {
					q := make(map[string]*tensor.Tensor, len(params))
					for k, w := range params {
						q[k] = w
					}
					q[name] = v
					return loss(x, s0, q)
				})
			}
		})
	}
}

func TestFiniteDifferenceCells(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 5))
	lstm, err := NewLSTMCell(3, 4, rng)
	require.NoError(t, err)
	x, h, c := randTensor(rng, 2, 3), randTensor(rng, 2, 4), randTensor(rng, 2, 4)
	R, U := randTensor(rng, 2, 4), randTensor(rng, 2, 4)
	g, err := lstm.Backward(x, h, c, R, U)
	require.NoError(t, err)
	loss := func(x, h, c *tensor.Tensor) float64 {
		st, err := lstm.Step(x, h, c)
		require.NoError(t, err)
		return dot(st.H, R) + dot(st.C, U)
	}
	for _, tc := range []struct {
		name     string
		at, grad *tensor.Tensor
		f        func(*tensor.Tensor) float64
	}{
		{"x", x, g.X, func(v *tensor.Tensor) float64 { return loss(v, h, c) }},
		{"h", h, g.H, func(v *tensor.Tensor) float64 { return loss(x, v, c) }},
		{"c", c, g.C, func(v *tensor.Tensor) float64 { return loss(x, h, v) }},
	} {
		base, a := tc.at.Data(), tc.grad.Data()
		for i := range base {
			num := fd.Derivative(func(v float64) float64 { return tc.f(withElement(tc.at, i, v)) }, base[i],
				&fd.Settings{Formula: fd.Central, Step: fdStep})
			require.InDelta(t, num, a[i], fdTol*math.Max(1, math.Abs(num)), fmt.Sprintf("%s[%d]", tc.name, i))
		}
	}
}
