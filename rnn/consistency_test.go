package rnn

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/chalk-ml/chalk/tensor"
)

// Properties that tie the pieces together: a layer is its cell looped over
// time, the trace agrees with the outputs, unbatched equals batched, and
// truncated BPTT with one window is full BPTT.

const tol = 1e-12

func TestLayerIsCellOverTime(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 0))
	const T, B, I, H = 5, 3, 2, 4
	x := randTensor(rng, T, B, I)
	h0, c0 := randTensor(rng, 1, B, H), randTensor(rng, 1, B, H)
	layerSD := func(sd map[string]*tensor.Tensor) map[string]*tensor.Tensor {
		return map[string]*tensor.Tensor{"weight_ih": sd["weight_ih_l0"], "weight_hh": sd["weight_hh_l0"], "bias_ih": sd["bias_ih_l0"], "bias_hh": sd["bias_hh_l0"]}
	}
	at := func(t3 *tensor.Tensor, i int) *tensor.Tensor { return tensor.Must(t3.Select(0, i)) }

	t.Run("lstm", func(t *testing.T) {
		m, err := NewLSTM(Config{InputSize: I, HiddenSize: H, Seed: 3})
		require.NoError(t, err)
		out, hn, cn, err := m.Forward(x, h0, c0)
		require.NoError(t, err)
		cell, err := NewLSTMCell(I, H, rng)
		require.NoError(t, err)
		require.NoError(t, cell.LoadStateDict(layerSD(m.StateDict())))
		h, c := at(h0, 0), at(c0, 0)
		tr := m.Trace()[0]
		for s := 0; s < T; s++ {
			st, err := cell.Step(at(x, s), h, c)
			require.NoError(t, err)
			assert.True(t, tensor.AllClose(at(out, s), st.H, 0, tol), "out[%d]", s)
			for _, p := range [][2]*tensor.Tensor{{tr[s].I, st.I}, {tr[s].F, st.F}, {tr[s].G, st.G}, {tr[s].O, st.O}, {tr[s].C, st.C}, {tr[s].H, st.H}} {
				assert.True(t, tensor.AllClose(p[0], p[1], 0, tol), "trace step %d", s)
			}
			h, c = st.H, st.C
		}
		assert.True(t, tensor.AllClose(at(hn, 0), h, 0, tol))
		assert.True(t, tensor.AllClose(at(cn, 0), c, 0, tol))
	})
	t.Run("gru", func(t *testing.T) {
		m, err := NewGRU(Config{InputSize: I, HiddenSize: H, Seed: 4})
		require.NoError(t, err)
		out, hn, err := m.Forward(x, h0)
		require.NoError(t, err)
		cell, err := NewGRUCell(I, H, rng)
		require.NoError(t, err)
		require.NoError(t, cell.LoadStateDict(layerSD(m.StateDict())))
		h := at(h0, 0)
		for s := 0; s < T; s++ {
			st, err := cell.Step(at(x, s), h)
			require.NoError(t, err)
			assert.True(t, tensor.AllClose(at(out, s), st.H, 0, tol))
			assert.True(t, tensor.AllClose(m.Trace()[0][s].Z, st.Z, 0, tol))
			h = st.H
		}
		assert.True(t, tensor.AllClose(at(hn, 0), h, 0, tol))
	})
	t.Run("rnn relu", func(t *testing.T) {
		m, err := NewRNN(Config{InputSize: I, HiddenSize: H, Nonlinearity: "relu", Seed: 5})
		require.NoError(t, err)
		out, _, err := m.Forward(x, h0)
		require.NoError(t, err)
		cell, err := NewRNNCell(I, H, "relu", rng)
		require.NoError(t, err)
		require.NoError(t, cell.LoadStateDict(layerSD(m.StateDict())))
		h := at(h0, 0)
		for s := 0; s < T; s++ {
			h, err = cell.Step(at(x, s), h)
			require.NoError(t, err)
			assert.True(t, tensor.AllClose(at(out, s), h, 0, tol))
			assert.True(t, tensor.AllClose(m.Trace()[0][s], h, 0, tol))
		}
	})
}

func TestBidirectionalTrace(t *testing.T) {
	m, err := NewGRU(Config{InputSize: 2, HiddenSize: 3, NumLayers: 2, Bidirectional: true, Seed: 8})
	require.NoError(t, err)
	x := randTensor(rand.New(rand.NewPCG(8, 8)), 4, 2, 2)
	out, hn, err := m.Forward(x, nil)
	require.NoError(t, err)
	tr := m.Trace()
	require.Len(t, tr, 4) // L*D
	for s := 0; s < 4; s++ {
		o := tensor.Must(out.Select(0, s))
		assert.True(t, tensor.AllClose(tensor.Must(o.Narrow(1, 0, 3)), tr[2][s].H, 0, tol), "forward half at t=%d", s)
		assert.True(t, tensor.AllClose(tensor.Must(o.Narrow(1, 3, 3)), tr[3][s].H, 0, tol), "reverse half at t=%d", s)
	}
	// The reverse direction finishes at t = 0.
	assert.True(t, tensor.AllClose(tensor.Must(hn.Select(0, 3)), tr[3][0].H, 0, tol))
	assert.True(t, tensor.AllClose(tensor.Must(hn.Select(0, 2)), tr[2][3].H, 0, tol))
}

func TestUnbatchedCellMatchesBatched(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 3))
	cell, err := NewLSTMCell(3, 2, rng)
	require.NoError(t, err)
	x, h, c := randTensor(rng, 3), randTensor(rng, 2), randTensor(rng, 2)
	one, err := cell.Step(x, h, c)
	require.NoError(t, err)
	assert.Equal(t, []int{2}, one.H.Shape())
	row := func(v *tensor.Tensor) *tensor.Tensor { return tensor.Must(v.Unsqueeze(0)) }
	batch, err := cell.Step(row(x), row(h), row(c))
	require.NoError(t, err)
	assert.True(t, tensor.AllClose(row(one.H), batch.H, 0, 0))
	assert.True(t, tensor.AllClose(row(one.F), batch.F, 0, 0))
}

func TestNilGradientsMeanZero(t *testing.T) {
	m, err := NewLSTM(Config{InputSize: 2, HiddenSize: 3, NumLayers: 2, Seed: 1})
	require.NoError(t, err)
	x := randTensor(rand.New(rand.NewPCG(1, 1)), 3, 2, 2)
	out, hn, cn, err := m.Forward(x, nil, nil)
	require.NoError(t, err)
	dNil, gNil, err := m.Backward(nil, nil, nil)
	require.NoError(t, err)
	z := func(t *tensor.Tensor) *tensor.Tensor { return tensor.Must(tensor.Zeros(t.Shape()...)) }
	dZero, gZero, err := m.Backward(z(out), z(hn), z(cn))
	require.NoError(t, err)
	assert.True(t, tensor.Equal(dNil, dZero))
	for k := range gZero {
		assert.True(t, tensor.Equal(gNil[k], gZero[k]), k)
	}
	assert.Equal(t, 0.0, maxAbs(dNil))
}

func maxAbs(t *tensor.Tensor) float64 {
	m := 0.0
	for _, v := range t.Data() {
		m = math.Max(m, math.Abs(v))
	}
	return m
}

func TestDefaultInitAndSeed(t *testing.T) {
	a, err := NewGRU(Config{InputSize: 3, HiddenSize: 16, NumLayers: 2, Bidirectional: true, Seed: 42})
	require.NoError(t, err)
	b, err := NewGRU(Config{InputSize: 3, HiddenSize: 16, NumLayers: 2, Bidirectional: true, Seed: 42})
	require.NoError(t, err)
	c, err := NewGRU(Config{InputSize: 3, HiddenSize: 16, NumLayers: 2, Bidirectional: true, Seed: 43})
	require.NoError(t, err)
	bound := 1 / math.Sqrt(16)
	for k, v := range a.StateDict() {
		assert.True(t, tensor.Equal(v, b.StateDict()[k]), "same seed, same %s", k)
		assert.False(t, tensor.Equal(v, c.StateDict()[k]), "other seed, other %s", k)
		assert.LessOrEqual(t, maxAbs(v), bound, k)
	}
	assert.Equal(t, Config{InputSize: 3, HiddenSize: 16, NumLayers: 2, Bidirectional: true}, a.Config())
	r, err := NewRNN(Config{InputSize: 1, HiddenSize: 1})
	require.NoError(t, err)
	assert.Equal(t, Config{InputSize: 1, HiddenSize: 1, NumLayers: 1, Nonlinearity: "tanh"}, r.Config())
}

func TestForwardLeavesInputsAlone(t *testing.T) {
	m, err := NewLSTM(Config{InputSize: 2, HiddenSize: 2, Seed: 1})
	require.NoError(t, err)
	x := randTensor(rand.New(rand.NewPCG(2, 2)), 3, 1, 2)
	before := x.Clone()
	_, _, _, err = m.Forward(x, nil, nil)
	require.NoError(t, err)
	assert.True(t, tensor.Equal(before, x))
}

func TestSplitTimeCarriesState(t *testing.T) {
	m, err := NewLSTM(Config{InputSize: 2, HiddenSize: 3, Seed: 9})
	require.NoError(t, err)
	x := randTensor(rand.New(rand.NewPCG(9, 9)), 10, 2, 2)
	full, _, err := m.ForwardState(x, State{})
	require.NoError(t, err)
	windows, err := SplitTime(x, 4)
	require.NoError(t, err)
	require.Len(t, windows, 3)
	s := State{}
	var outs []*tensor.Tensor
	for _, w := range windows {
		out, next, err := m.ForwardState(w, s)
		require.NoError(t, err)
		outs = append(outs, out)
		s = next
	}
	assert.True(t, tensor.AllClose(full, tensor.Must(tensor.Cat(0, outs...)), 0, tol))

	// One window as long as the sequence is full BPTT.
	one, err := SplitTime(x, 100)
	require.NoError(t, err)
	require.Len(t, one, 1)
	R := randTensor(rand.New(rand.NewPCG(1, 9)), 10, 2, 3)
	_, _, err = m.ForwardState(x, State{})
	require.NoError(t, err)
	gFull, err := m.BackwardState(R, State{})
	require.NoError(t, err)
	_, _, err = m.ForwardState(one[0], State{})
	require.NoError(t, err)
	gOne, err := m.BackwardState(R, State{})
	require.NoError(t, err)
	for k, v := range gFull.Params {
		assert.True(t, tensor.AllClose(v, gOne.Params[k], 0, 0), k)
	}

	_, err = SplitTime(x, 0)
	requireErr[*ConfigError](t, err, "at least 1")
	_, err = SplitTime(tensor.Must(tensor.Zeros(3, 2)), 2)
	requireErr[*ShapeError](t, err, "[T B I]")
}

func TestModes(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 4))
	m, err := NewGRU(Config{InputSize: 2, HiddenSize: 3, Seed: 2})
	require.NoError(t, err)
	head, err := NewLinear(3, 2, rng)
	require.NoError(t, err)
	x := randTensor(rng, 5, 4, 2)

	y, err := ManyToOne(m, head, x)
	require.NoError(t, err)
	out, _, err := m.Forward(x, nil)
	require.NoError(t, err)
	want, err := head.Forward(tensor.Must(out.Select(0, -1)))
	require.NoError(t, err)
	assert.True(t, tensor.AllClose(want, y, 0, tol), "many-to-one reads h_T")

	seq, err := OneToMany(m, head, tensor.Must(x.Select(0, 0)), 3)
	require.NoError(t, err)
	// The second output is the model run on the first prediction.
	first := tensor.Must(seq.Narrow(0, 0, 1))
	_, s1, err := m.ForwardState(tensor.Must(x.Narrow(0, 0, 1)), State{})
	require.NoError(t, err)
	o2, _, err := m.ForwardState(first, s1)
	require.NoError(t, err)
	y2, err := head.Forward(o2)
	require.NoError(t, err)
	assert.True(t, tensor.AllClose(tensor.Must(seq.Narrow(0, 1, 1)), y2, 0, tol))

	_, err = OneToMany(m, head, tensor.Must(x.Select(0, 0)), 0)
	requireErr[*ConfigError](t, err, "at least 1")
	_, err = ManyToOne(nil, head, x)
	requireErr[*ValueError](t, err, "layer is nil")
	_, err = ManyToMany(m, nil, x)
	requireErr[*ValueError](t, err, "read-out is nil")
	wide, err := NewLinear(3, 5, rng)
	require.NoError(t, err)
	_, err = OneToMany(m, wide, tensor.Must(x.Select(0, 0)), 2)
	requireErr[*ShapeError](t, err, "fed back")
	_, err = OneToOne(m, head, x)
	requireErr[*ShapeError](t, err, "[B I]")
	enc, err := NewLSTM(Config{InputSize: 2, HiddenSize: 4})
	require.NoError(t, err)
	_, err = EncoderDecoder(enc, m, head, x, 2)
	requireErr[*ValueError](t, err, "same NumLayers")

	bi, err := NewLSTM(Config{InputSize: 2, HiddenSize: 3, Bidirectional: true, NumLayers: 2, Seed: 1})
	require.NoError(t, err)
	head6, err := NewLinear(6, 1, rng)
	require.NoError(t, err)
	yb, err := ManyToOne(bi, head6, x)
	require.NoError(t, err)
	_, hn, _, err := bi.Forward(x, nil, nil)
	require.NoError(t, err)
	feat := tensor.Must(tensor.Cat(1, tensor.Must(hn.Select(0, 2)), tensor.Must(hn.Select(0, 3))))
	wb, err := head6.Forward(feat)
	require.NoError(t, err)
	assert.True(t, tensor.AllClose(wb, yb, 0, tol), "bidirectional many-to-one reads both final states")
}

// Backward differentiates the Forward it follows, even if the weights were
// replaced in between (as an optimizer step does).
func TestBackwardUsesForwardWeights(t *testing.T) {
	m, err := NewGRU(Config{InputSize: 2, HiddenSize: 3, Seed: 1})
	require.NoError(t, err)
	x := randTensor(rand.New(rand.NewPCG(3, 1)), 4, 2, 2)
	out, _, err := m.Forward(x, nil)
	require.NoError(t, err)
	R := randTensor(rand.New(rand.NewPCG(3, 2)), 4, 2, 3)
	want, err := m.BackwardAll(R, nil)
	require.NoError(t, err)

	_, _, err = m.Forward(x, nil)
	require.NoError(t, err)
	other, err := NewGRU(Config{InputSize: 2, HiddenSize: 3, Seed: 2})
	require.NoError(t, err)
	require.NoError(t, m.LoadStateDict(other.StateDict()))
	got, err := m.BackwardAll(R, nil)
	require.NoError(t, err)
	assert.True(t, tensor.Equal(want.X, got.X))
	for k := range want.Params {
		assert.True(t, tensor.Equal(want.Params[k], got.Params[k]), k)
	}
	assert.NotNil(t, out)
}
