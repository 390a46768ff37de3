package rnn

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/chalk-ml/chalk/tensor"
)

// TestGorgoniaLSTM builds the same LSTM as a gorgonia graph, differentiates
// it with gorgonia.Grad and checks chalk's Backward against it, for a single
// step (the cell) and for short sequences.
func TestGorgoniaLSTM(t *testing.T) {
	for _, tc := range []struct{ T, B, I, H int }{{1, 1, 3, 2}, {1, 4, 3, 5}, {5, 3, 4, 6}, {7, 2, 2, 3}} {
		rng := rand.New(rand.NewPCG(uint64(tc.T*100+tc.H), 3))
		m, err := NewLSTM(Config{InputSize: tc.I, HiddenSize: tc.H, Seed: int64(tc.B)})
		require.NoError(t, err)
		x := randTensor(rng, tc.T, tc.B, tc.I)
		h0, c0 := randTensor(rng, 1, tc.B, tc.H), randTensor(rng, 1, tc.B, tc.H)
		R, S, U := randTensor(rng, tc.T, tc.B, tc.H), randTensor(rng, 1, tc.B, tc.H), randTensor(rng, 1, tc.B, tc.H)

		out, hn, cn, err := m.Forward(x, h0, c0)
		require.NoError(t, err)
		g, err := m.BackwardAll(R, S, U)
		require.NoError(t, err)

		gg, err := newGorgoniaLSTM(m.StateDict(), x, h0, c0, R, S, U)
		require.NoError(t, err)
		require.NoError(t, gg.vm.RunAll())
		require.InDelta(t, dot(out, R)+dot(hn, S)+dot(cn, U), gg.costValue(), 1e-10)
		want, err := gg.grads()
		gg.vm.Reset()
		require.NoError(t, err)

		got := map[string]*tensor.Tensor{"x": g.X, "h0": g.H0, "c0": g.C0}
		for k, v := range g.Params {
			got[k] = v
		}
		require.Len(t, want, len(got))
		for name, w := range want {
			d := got[name].Data()
			require.Len(t, d, len(w), name)
			for i := range w {
				require.InDelta(t, w[i], d[i], 1e-10, "T=%d B=%d %s[%d]", tc.T, tc.B, name, i)
			}
		}
	}
}
