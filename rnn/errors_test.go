package rnn

import (
	"errors"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/chalk-ml/chalk/tensor"
)

// requireErr checks that err is of type *E and its message contains every
// fragment, which is how the tests pin down "says what was wrong and how to
// fix it".
func requireErr[E error](t *testing.T, err error, fragments ...string) {
	t.Helper()
	require.Error(t, err)
	var target E
	require.True(t, errors.As(err, &target), "error %q has type %T", err, err)
	assert.True(t, strings.HasPrefix(err.Error(), "rnn: "), err.Error())
	for _, f := range fragments {
		assert.Contains(t, err.Error(), f)
	}
}

func zeros(shape ...int) *tensor.Tensor { return tensor.Must(tensor.Zeros(shape...)) }

func TestConfigErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		cfg  Config
		new  func(Config) error
		frag []string
	}{
		{"negative input", Config{InputSize: -1, HiddenSize: 3}, newLSTMErr, []string{"InputSize", "at least 1", "-1"}},
		{"zero hidden", Config{InputSize: 2, HiddenSize: 0}, newGRUErr, []string{"HiddenSize", "at least 1"}},
		{"negative layers", Config{InputSize: 2, HiddenSize: 3, NumLayers: -2}, newRNNErr, []string{"NumLayers"}},
		{"huge hidden", Config{InputSize: 2, HiddenSize: 1 << 40}, newLSTMErr, []string{"HiddenSize", "parameters"}},
		{"huge layers", Config{InputSize: 2, HiddenSize: 512, NumLayers: 1 << 20}, newLSTMErr, []string{"NumLayers", "parameters"}},
		{"absurd layers", Config{InputSize: 1, HiddenSize: 1, NumLayers: 1 << 60}, newGRUErr, []string{"NumLayers", "parameters"}},
		{"absurd input", Config{InputSize: 1 << 62, HiddenSize: 1}, newRNNErr, []string{"parameters"}},
		// Sizes near math.MaxInt must not wrap around in the size check.
		{"max hidden", Config{InputSize: 1, HiddenSize: math.MaxInt}, newLSTMErr, []string{"HiddenSize:", "parameters"}},
		{"max input", Config{InputSize: math.MaxInt, HiddenSize: 1}, newGRUErr, []string{"InputSize:", "parameters"}},
		{"unknown nonlinearity", Config{InputSize: 2, HiddenSize: 3, Nonlinearity: "sigmoid"}, newRNNErr, []string{`"sigmoid"`, `"tanh" or "relu"`}},
		{"nonlinearity on lstm", Config{InputSize: 2, HiddenSize: 3, Nonlinearity: "relu"}, newLSTMErr, []string{"only for RNN"}},
		{"nonlinearity on gru", Config{InputSize: 2, HiddenSize: 3, Nonlinearity: "relu"}, newGRUErr, []string{"only for RNN"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			requireErr[*ConfigError](t, tc.new(tc.cfg), tc.frag...)
		})
	}
	rng := rand.New(rand.NewPCG(1, 1))
	_, err := NewLSTMCell(3, 0, rng)
	requireErr[*ConfigError](t, err, "hiddenSize")
	_, err = NewLSTMCell(math.MaxInt, math.MaxInt, rng)
	requireErr[*ConfigError](t, err, "parameters")
	_, err = NewRNNCell(1, math.MaxInt, "tanh", rng)
	requireErr[*ConfigError](t, err, "hiddenSize:", "parameters")
	_, err = NewGRUCell(3, 4, nil)
	requireErr[*ConfigError](t, err, "rng", "nil")
	_, err = NewRNNCell(3, 4, "softplus", rng)
	requireErr[*ConfigError](t, err, `"softplus"`)
	_, err = NewLayer("transformer", Config{InputSize: 1, HiddenSize: 1})
	requireErr[*ConfigError](t, err, `"transformer"`)
}

func newLSTMErr(c Config) error { _, err := NewLSTM(c); return err }
func newGRUErr(c Config) error  { _, err := NewGRU(c); return err }
func newRNNErr(c Config) error  { _, err := NewRNN(c); return err }

func TestLayerInputErrors(t *testing.T) {
	m, err := NewLSTM(Config{InputSize: 3, HiddenSize: 4, NumLayers: 2})
	require.NoError(t, err)
	nan := withElement(zeros(5, 2, 3), 7, math.NaN())
	inf := withElement(zeros(2, 2, 4), 1, math.Inf(-1))
	for _, tc := range []struct {
		name      string
		x, h0, c0 *tensor.Tensor
		check     func(*testing.T, error)
	}{
		{"nil x", nil, nil, nil, func(t *testing.T, err error) { requireErr[*ValueError](t, err, "x is nil") }},
		{"wrong x width", zeros(5, 2, 7), nil, nil, func(t *testing.T, err error) {
			requireErr[*ShapeError](t, err, "x is [5 2 7]", "InputSize 3", "7 features")
		}},
		{"2-D x", zeros(5, 3), nil, nil, func(t *testing.T, err error) {
			requireErr[*ShapeError](t, err, "x is [5 3]", "[T B I]", "Unsqueeze(1)")
		}},
		{"4-D x", zeros(5, 2, 1, 3), nil, nil, func(t *testing.T, err error) { requireErr[*ShapeError](t, err, "4 dims") }},
		{"empty sequence", zeros(0, 2, 3), nil, nil, func(t *testing.T, err error) { requireErr[*ShapeError](t, err, "at least 1") }},
		{"h0 wrong layer count", zeros(5, 2, 3), zeros(1, 2, 4), nil, func(t *testing.T, err error) {
			requireErr[*ShapeError](t, err, "h0 is [1 2 4]", "[L*D B H] = [2 2 4]", "layers times directions")
		}},
		{"h0 wrong batch", zeros(5, 2, 3), zeros(2, 3, 4), nil, func(t *testing.T, err error) {
			requireErr[*ShapeError](t, err, "h0", "batch size (B) is 3, the model needs 2")
		}},
		{"c0 wrong hidden", zeros(5, 2, 3), nil, zeros(2, 2, 5), func(t *testing.T, err error) {
			requireErr[*ShapeError](t, err, "c0", "hidden size (H) is 5")
		}},
		{"2-D h0", zeros(5, 2, 3), zeros(2, 4), nil, func(t *testing.T, err error) { requireErr[*ShapeError](t, err, "h0", "2 dims") }},
		{"NaN x", nan, nil, nil, func(t *testing.T, err error) { requireErr[*ValueError](t, err, "x holds NaN", "index 7") }},
		{"Inf c0", zeros(5, 2, 3), nil, inf, func(t *testing.T, err error) { requireErr[*ValueError](t, err, "c0 holds -Inf") }},
		{"zero-value tensor", new(tensor.Tensor), nil, nil, func(t *testing.T, err error) { requireErr[*ShapeError](t, err, "x is []") }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, _, _, err := m.Forward(tc.x, tc.h0, tc.c0)
			tc.check(t, err)
		})
	}

	g, err := NewGRU(Config{InputSize: 3, HiddenSize: 4, Bidirectional: true})
	require.NoError(t, err)
	_, _, err = g.Forward(zeros(5, 2, 3), zeros(1, 2, 4))
	requireErr[*ShapeError](t, err, "[L*D B H] = [2 2 4]")
	_, err = g.BackwardAll(nil, nil)
	requireErr[*ValueError](t, err, "call Forward first")
	_, _, err = g.Forward(zeros(5, 2, 3), nil)
	require.NoError(t, err)
	_, _, err = g.Backward(zeros(5, 2, 4), nil)
	requireErr[*ShapeError](t, err, "dOut is [5 2 4]", "[5 2 8]")
	_, _, err = g.Backward(nil, zeros(2, 3, 4))
	requireErr[*ShapeError](t, err, "dHn", "batch size")
	_, _, err = g.ForwardState(zeros(5, 2, 3), State{C: zeros(2, 2, 4)})
	requireErr[*ValueError](t, err, "no cell state")
}

func TestCellInputErrors(t *testing.T) {
	rng := rand.New(rand.NewPCG(2, 2))
	c, err := NewLSTMCell(3, 4, rng)
	require.NoError(t, err)
	_, err = c.Step(zeros(2, 5), nil, nil)
	requireErr[*ShapeError](t, err, "x is [2 5]", "width 3")
	_, err = c.Step(zeros(2, 3), zeros(3, 4), nil)
	requireErr[*ShapeError](t, err, "h is [3 4]", "batch size (B) is 3")
	_, err = c.Step(zeros(3), zeros(1, 4), nil)
	requireErr[*ShapeError](t, err, "h is [1 4]", "unbatched")
	_, err = c.Step(zeros(5, 2, 3), nil, nil)
	requireErr[*ShapeError](t, err, "use a layer")
	_, err = c.Step(nil, nil, nil)
	requireErr[*ValueError](t, err, "x is nil")
	_, err = c.Step(withElement(zeros(1, 3), 0, math.NaN()), nil, nil)
	requireErr[*ValueError](t, err, "NaN")

	broken := &LSTMCell{WeightIH: zeros(8, 3), WeightHH: zeros(8, 3), BiasIH: zeros(8)}
	_, err = broken.Step(zeros(1, 3), nil, nil)
	requireErr[*ValueError](t, err, "BiasHH is nil")
	broken.BiasHH = zeros(8)
	_, err = broken.Step(zeros(1, 3), nil, nil)
	requireErr[*ShapeError](t, err, "WeightHH is [8 3]", "[8 2]", "H = 2") // WeightIH [8 3] means H = 2 for an LSTM
	_, err = (&GRUCell{WeightIH: zeros(4, 3), WeightHH: zeros(4, 1), BiasIH: zeros(4), BiasHH: zeros(4)}).Step(zeros(3), nil)
	requireErr[*ShapeError](t, err, "WeightIH is [4 3]", "3 gate blocks")

	r, err := NewRNNCell(3, 4, "relu", rng)
	require.NoError(t, err)
	r.Nonlinearity = "gelu"
	_, err = r.Step(zeros(3), nil)
	requireErr[*ConfigError](t, err, `"gelu"`)
}

func TestStateDictErrors(t *testing.T) {
	m, err := NewLSTM(Config{InputSize: 3, HiddenSize: 4, NumLayers: 2, Bidirectional: true})
	require.NoError(t, err)
	sd := m.StateDict()
	require.Len(t, sd, 16)
	assert.Equal(t, []int{16, 8}, sd["weight_ih_l1_reverse"].Shape())
	assert.Equal(t, []int{16, 4}, sd["weight_hh_l1_reverse"].Shape())
	assert.Equal(t, []int{16, 3}, sd["weight_ih_l0"].Shape())
	before := m.StateDict()

	edit := func(f func(map[string]*tensor.Tensor)) map[string]*tensor.Tensor {
		c := make(map[string]*tensor.Tensor, len(sd))
		for k, v := range sd {
			c[k] = v
		}
		f(c)
		return c
	}
	for _, tc := range []struct {
		name string
		sd   map[string]*tensor.Tensor
		frag []string
	}{
		{"missing", edit(func(c map[string]*tensor.Tensor) { delete(c, "bias_hh_l1_reverse") }), []string{`"bias_hh_l1_reverse"`, "missing", "[16]"}},
		{"extra", edit(func(c map[string]*tensor.Tensor) { c["weight_ih_l2"] = zeros(16, 8) }), []string{`"weight_ih_l2"`, "unexpected", "NumLayers"}},
		{"misspelt", edit(func(c map[string]*tensor.Tensor) { c["weight_ih_10"] = c["weight_ih_l0"]; delete(c, "weight_ih_l0") }), []string{`"weight_ih_10"`, "unexpected"}},
		{"wrong shape", edit(func(c map[string]*tensor.Tensor) { c["weight_hh_l0"] = zeros(4, 16) }), []string{`"weight_hh_l0"`, "[4 16]", "[16 4]"}},
		{"nil tensor", edit(func(c map[string]*tensor.Tensor) { c["bias_ih_l0"] = nil }), []string{`"bias_ih_l0"`, "nil"}},
		{"NaN", edit(func(c map[string]*tensor.Tensor) { c["bias_ih_l0"] = withElement(zeros(16), 3, math.NaN()) }), []string{`"bias_ih_l0"`, "finite"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			requireErr[*StateDictError](t, m.LoadStateDict(tc.sd), tc.frag...)
			for k, v := range m.StateDict() {
				assert.True(t, tensor.Equal(before[k], v), "a failed load must change nothing (%s)", k)
			}
		})
	}
	requireErr[*ValueError](t, m.LoadStateDict(nil), "nil")

	cell, err := NewGRUCell(2, 3, rand.New(rand.NewPCG(1, 1)))
	require.NoError(t, err)
	csd := cell.StateDict()
	csd["weight_hh"] = zeros(9, 2)
	requireErr[*StateDictError](t, cell.LoadStateDict(csd), `"weight_hh"`, "[9 2]", "[9 3]")
	delete(csd, "weight_hh")
	requireErr[*StateDictError](t, cell.LoadStateDict(csd), `"weight_hh"`, "missing")
}

// TestUnbuiltLayers calls every method of nil and zero-value layers: each
// must return a *ValueError that says to use the constructor (or an empty
// result), never panic.
func TestUnbuiltLayers(t *testing.T) {
	x := zeros(2, 1, 3)
	for _, tc := range []struct {
		name  string
		layer Layer
		ctor  string
	}{
		{"nil RNN", (*RNN)(nil), "NewRNN"}, {"zero RNN", &RNN{}, "NewRNN"},
		{"nil GRU", (*GRU)(nil), "NewGRU"}, {"zero GRU", &GRU{}, "NewGRU"},
		{"nil LSTM", (*LSTM)(nil), "NewLSTM"}, {"zero LSTM", &LSTM{}, "NewLSTM"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			require.NotPanics(t, func() {
				_, _, err := tc.layer.ForwardState(x, State{})
				requireErr[*ValueError](t, err, "nil or a zero", tc.ctor+"(cfg)")
				_, err = tc.layer.BackwardState(nil, State{})
				requireErr[*ValueError](t, err, tc.ctor)
				requireErr[*ValueError](t, tc.layer.LoadStateDict(map[string]*tensor.Tensor{}), tc.ctor)
				assert.Empty(t, tc.layer.StateDict())
				assert.Equal(t, Config{}, tc.layer.Config())
				switch m := tc.layer.(type) {
				case *RNN:
					_, _, err = m.Backward(nil, nil)
					assert.Nil(t, m.Trace())
				case *GRU:
					_, _, err = m.Backward(nil, nil)
					assert.Nil(t, m.Trace())
				case *LSTM:
					_, _, err = m.Backward(nil, nil, nil)
					assert.Nil(t, m.Trace())
					m.AddForgetBias(1)
				}
				requireErr[*ValueError](t, err, tc.ctor)
			})
		})
	}
}

// TestNilCellsLinearOptimizers: nil cells and read-outs and nil or
// zero-value optimizers return errors instead of panicking; a zero Adam{}
// would otherwise turn parameters into NaN (0/0 with ε = 0).
func TestNilCellsLinearOptimizers(t *testing.T) {
	x := zeros(1, 3)
	one := map[string]*tensor.Tensor{"a": zeros(2)}
	for _, tc := range []struct {
		name string
		call func() error
		frag []string
	}{
		{"LSTMCell.Step", func() error { _, err := (*LSTMCell)(nil).Step(x, nil, nil); return err }, []string{"LSTMCell is nil", "NewLSTMCell"}},
		{"LSTMCell.Backward", func() error { _, err := (*LSTMCell)(nil).Backward(x, nil, nil, nil, nil); return err }, []string{"NewLSTMCell"}},
		{"GRUCell.Step", func() error { _, err := (*GRUCell)(nil).Step(x, nil); return err }, []string{"NewGRUCell"}},
		{"GRUCell.LoadStateDict", func() error { return (*GRUCell)(nil).LoadStateDict(nil) }, []string{"NewGRUCell"}},
		{"RNNCell.Step", func() error { _, err := (*RNNCell)(nil).Step(x, nil); return err }, []string{"NewRNNCell"}},
		{"RNNCell.Backward", func() error { _, err := (*RNNCell)(nil).Backward(x, nil, nil); return err }, []string{"NewRNNCell"}},
		{"Linear.Forward", func() error { _, err := (*Linear)(nil).Forward(x); return err }, []string{"NewLinear"}},
		{"Linear.Backward", func() error { _, _, err := (*Linear)(nil).Backward(x); return err }, []string{"NewLinear"}},
		{"Linear.LoadStateDict", func() error { return (*Linear)(nil).LoadStateDict(nil) }, []string{"NewLinear"}},
		{"nil SGD", func() error { _, err := (*SGD)(nil).Step(one, one); return err }, []string{"NewSGD"}},
		{"nil Adam", func() error { _, err := (*Adam)(nil).Step(one, one); return err }, []string{"NewAdam"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			require.NotPanics(t, func() { requireErr[*ValueError](t, tc.call(), tc.frag...) })
		})
	}
	assert.Empty(t, (*LSTMCell)(nil).StateDict())
	assert.Empty(t, (*GRUCell)(nil).StateDict())
	assert.Empty(t, (*RNNCell)(nil).StateDict())
	assert.Empty(t, (*Linear)(nil).StateDict())

	for _, tc := range []struct {
		name string
		opt  Optimizer
		frag []string
	}{
		{"zero SGD", &SGD{}, []string{"LR", "got 0"}},
		{"SGD momentum 1", &SGD{LR: 0.1, Momentum: 1}, []string{"Momentum", "[0, 1)"}},
		{"zero Adam", &Adam{}, []string{"LR", "NewAdam"}},
		{"Adam eps 0", &Adam{LR: 0.1, Beta1: 0.9, Beta2: 0.999}, []string{"Eps", "1e-8", "got 0"}},
		{"Adam beta NaN", &Adam{LR: 0.1, Beta1: math.NaN(), Beta2: 0.999, Eps: 1e-8}, []string{"Beta1", "NaN"}},
		{"Adam beta2 1", &Adam{LR: 0.1, Beta1: 0.9, Beta2: 1, Eps: 1e-8}, []string{"Beta2"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := tc.opt.Step(one, one)
			requireErr[*ConfigError](t, err, tc.frag...)
		})
	}
	// A literal with valid hyperparameters works without the constructor.
	out, err := (&Adam{LR: 0.1, Beta1: 0.9, Beta2: 0.999, Eps: 1e-8}).Step(one, one)
	require.NoError(t, err)
	assert.Equal(t, []float64{0, 0}, out["a"].Data())
	out, err = (&SGD{LR: 0.1}).Step(one, map[string]*tensor.Tensor{"a": tensor.Must(tensor.FromSlice([]float64{1, -2}, 2))})
	require.NoError(t, err)
	assert.InDeltaSlice(t, []float64{-0.1, 0.2}, out["a"].Data(), 1e-15)
}
