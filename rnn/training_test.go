package rnn

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/chalk-ml/chalk/tensor"
)

func TestAddingProblemData(t *testing.T) {
	const T, n = 11, 200
	x, y, err := AddingProblem(T, n, rand.New(rand.NewPCG(1, 2)))
	require.NoError(t, err)
	require.Equal(t, []int{T, n, 2}, x.Shape())
	require.Equal(t, []int{n, 1}, y.Shape())
	xd, yd := x.Data(), y.Data()
	for b := 0; b < n; b++ {
		var marks []int
		sum := 0.0
		for s := 0; s < T; s++ {
			v, m := xd[(s*n+b)*2], xd[(s*n+b)*2+1]
			require.True(t, v >= 0 && v < 1)
			if m == 1 {
				marks = append(marks, s)
				sum += v
			} else {
				require.Equal(t, 0.0, m)
			}
		}
		require.Len(t, marks, 2)
		assert.Less(t, marks[0], T/2, "first marker in the first half")
		assert.GreaterOrEqual(t, marks[1], T/2, "second marker in the second half")
		assert.Equal(t, sum, yd[b])
	}
	for _, tc := range []struct {
		T, n int
		rng  *rand.Rand
		frag string
	}{{1, 3, rand.New(rand.NewPCG(1, 1)), "T"}, {5, 0, rand.New(rand.NewPCG(1, 1)), "n"}, {5, 3, nil, "rng"}, {1 << 20, 1 << 20, rand.New(rand.NewPCG(1, 1)), "MaxElements"}} {
		_, _, err := AddingProblem(tc.T, tc.n, tc.rng)
		requireErr[*ConfigError](t, err, tc.frag)
	}
}

func TestTrainAddingConfigAndNaN(t *testing.T) {
	good := AddingConfig{Model: "gru", T: 5, Hidden: 4, Steps: 3, Batch: 4, LR: 0.01, Seed: 1, EvalSize: 10, EvalEvery: 1}
	var seen []AddingProgress
	res, err := TrainAdding(good, func(p AddingProgress) { seen = append(seen, p) })
	require.NoError(t, err)
	require.Len(t, seen, 3)
	assert.Equal(t, seen, res.History)
	assert.Equal(t, seen[2].EvalMSE, res.FinalMSE)

	for _, tc := range []struct {
		edit func(*AddingConfig)
		frag string
	}{
		{func(c *AddingConfig) { c.Model = "tcn" }, `"tcn"`},
		{func(c *AddingConfig) { c.T = 1 }, "T"},
		{func(c *AddingConfig) { c.Hidden = 0 }, "Hidden"},
		{func(c *AddingConfig) { c.Steps = 0 }, "Steps"},
		{func(c *AddingConfig) { c.Batch = -1 }, "Batch"},
		{func(c *AddingConfig) { c.LR = math.NaN() }, "LR"},
		{func(c *AddingConfig) { c.Clip = -1 }, "Clip"},
		{func(c *AddingConfig) { c.EvalSize = 0 }, "EvalSize"},
		{func(c *AddingConfig) { c.Model, c.ForgetBias = "lstm", math.NaN() }, "ForgetBias"},
		{func(c *AddingConfig) { c.ForgetBias = math.Inf(1) }, "ForgetBias"},
	} {
		c := good
		tc.edit(&c)
		_, err := TrainAdding(c, nil)
		requireErr[*ConfigError](t, err, tc.frag)
	}

	// An absurd learning rate without clipping blows the read-out up; the
	// run must stop with a NonFiniteError naming the step, not go on with NaN.
	wild := good
	wild.Model, wild.LR, wild.Clip, wild.Steps = "lstm", 1e300, 0, 50
	_, err = TrainAdding(wild, nil)
	requireErr[*NonFiniteError](t, err, "diverged", "at step")
}

// TestAddingLesson is the long-memory lesson at a small budget: at T = 10
// all three models learn; at T = 25 the GRU and LSTM do and the vanilla RNN
// does not. The full table for T up to 100 comes from examples/adding-problem.
func TestAddingLesson(t *testing.T) {
	if testing.Short() {
		t.Skip("trains three models for a few seconds each")
	}
	for _, tc := range []struct {
		model  string
		T      int
		solved bool
	}{{"rnn", 10, true}, {"rnn", 25, false}, {"gru", 25, true}, {"lstm", 25, true}} {
		cfg := DefaultAddingConfig(tc.model, tc.T)
		cfg.Steps = 1000
		res, err := TrainAdding(cfg, nil)
		require.NoError(t, err)
		t.Logf("%s T=%d: test MSE %.4f after %d steps (%s)", tc.model, tc.T, res.FinalMSE, cfg.Steps, res.Elapsed)
		if tc.solved {
			assert.Less(t, res.FinalMSE, 0.04, "%s should solve T=%d", tc.model, tc.T)
		} else {
			assert.Greater(t, res.FinalMSE, 0.08, "%s should not solve T=%d", tc.model, tc.T)
		}
	}
}

func TestLinearErrors(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 1))
	l, err := NewLinear(3, 2, rng)
	require.NoError(t, err)
	_, _, err = l.Backward(zeros(2))
	requireErr[*ValueError](t, err, "call Forward first")
	_, err = l.Forward(zeros(4, 2))
	requireErr[*ShapeError](t, err, "x is [4 2]", "last dim must be 3")
	_, err = l.Forward(nil)
	requireErr[*ValueError](t, err, "x is nil")
	_, err = l.Forward(withElement(zeros(1, 3), 2, math.Inf(1)))
	requireErr[*ValueError](t, err, "+Inf")
	_, err = l.Forward(zeros(5, 3))
	require.NoError(t, err)
	_, _, err = l.Backward(zeros(5, 3))
	requireErr[*ShapeError](t, err, "dY is [5 3]")
	requireErr[*StateDictError](t, l.LoadStateDict(map[string]*tensor.Tensor{"weight": zeros(2, 3)}), `"bias"`, "missing")
	requireErr[*StateDictError](t, l.LoadStateDict(map[string]*tensor.Tensor{"weight": zeros(2, 3), "bias": zeros(2), "scale": zeros(1)}), `"scale"`)
	requireErr[*StateDictError](t, l.LoadStateDict(map[string]*tensor.Tensor{"weight": zeros(3, 2), "bias": zeros(2)}), `"weight"`, "[3 2]")
	_, err = NewLinear(0, 2, rng)
	requireErr[*ConfigError](t, err, "in")
	_, err = NewLinear(2, 2, nil)
	requireErr[*ConfigError](t, err, "rng")
}

func TestLossOptimizerClipErrors(t *testing.T) {
	_, _, err := MSE(zeros(2, 1), zeros(1, 2))
	requireErr[*ShapeError](t, err, "target is [1 2]", "[2 1]")
	_, _, err = MSE(nil, zeros(1))
	requireErr[*ValueError](t, err, "pred is nil")
	_, _, err = MSE(withElement(zeros(2), 0, math.NaN()), zeros(2))
	requireErr[*NonFiniteError](t, err, "NaN")
	_, _, err = CrossEntropy(zeros(3, 4), []int{0, 1})
	requireErr[*ShapeError](t, err, "len(targets) = 2")
	_, _, err = CrossEntropy(zeros(2, 4), []int{0, 4})
	requireErr[*ValueError](t, err, "targets[1] = 4", "[0, 4)")
	loss, _, err := CrossEntropy(tensor.Must(tensor.FromSlice([]float64{1000, 0}, 1, 2)), []int{1})
	require.NoError(t, err, "log-sum-exp keeps large logits finite")
	assert.InDelta(t, 1000, loss, 1e-9)

	_, err = NewAdam(0)
	requireErr[*ConfigError](t, err, "lr")
	_, err = NewSGD(0.1, 1)
	requireErr[*ConfigError](t, err, "momentum")
	opt, err := NewSGD(0.5, 0)
	require.NoError(t, err)
	p := map[string]*tensor.Tensor{"w": tensor.Must(tensor.FromSlice([]float64{1, 2}, 2)), "frozen": zeros(1)}
	q, err := opt.Step(p, map[string]*tensor.Tensor{"w": tensor.Must(tensor.FromSlice([]float64{2, -2}, 2))})
	require.NoError(t, err)
	assert.Equal(t, []float64{0, 3}, q["w"].Data())
	assert.Same(t, p["frozen"], q["frozen"], "a parameter without a gradient is unchanged")
	_, err = opt.Step(p, map[string]*tensor.Tensor{"v": zeros(2)})
	requireErr[*ValueError](t, err, `"v"`, "no parameter")
	_, err = opt.Step(p, map[string]*tensor.Tensor{"w": zeros(3)})
	requireErr[*ShapeError](t, err, "gradient w")

	_, _, err = ClipGradNorm(map[string]*tensor.Tensor{"a": zeros(1)}, 0)
	requireErr[*ConfigError](t, err, "maxNorm")
	_, _, err = ClipGradNorm(map[string]*tensor.Tensor{"a": withElement(zeros(2), 1, math.Inf(1))}, 1)
	requireErr[*NonFiniteError](t, err, "gradient norm")
	small := map[string]*tensor.Tensor{"a": tensor.Must(tensor.FromSlice([]float64{0.1}, 1))}
	c, norm, err := ClipGradNorm(small, 1)
	require.NoError(t, err)
	assert.InDelta(t, 0.1, norm, 1e-15)
	assert.Same(t, small["a"], c["a"], "gradients under the limit are untouched")

	enc, err := NewLSTM(Config{InputSize: 1, HiddenSize: 1})
	require.NoError(t, err)
	sd := Prefixed(map[string]map[string]*tensor.Tensor{"enc": enc.StateDict(), "head": {"weight": zeros(1, 1)}})
	assert.Len(t, sd, 5)
	assert.Contains(t, sd, "enc.weight_ih_l0")
	parts := Unprefixed(sd)
	require.NoError(t, enc.LoadStateDict(parts["enc"]))
	assert.Len(t, parts["head"], 1)
}

// TestAddForgetBias: v is added to rows H to 2H of every bias_ih, and a
// non-finite v is ignored rather than poisoning the weights.
func TestAddForgetBias(t *testing.T) {
	m, err := NewLSTM(Config{InputSize: 2, HiddenSize: 3, NumLayers: 2, Bidirectional: true, Seed: 4})
	require.NoError(t, err)
	before := m.StateDict()
	m.AddForgetBias(math.NaN())
	m.AddForgetBias(math.Inf(-1))
	m.AddForgetBias(1)
	after := m.StateDict()
	for name, b := range before {
		got, want := after[name].Data(), b.Data()
		if strings.HasPrefix(name, "bias_ih") {
			for j := 3; j < 6; j++ {
				want[j]++
			}
		}
		assert.InDeltaSlice(t, want, got, 1e-15, name)
	}
}
