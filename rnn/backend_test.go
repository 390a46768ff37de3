package rnn

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"
	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/blas/gonum"

	"github.com/chalk-ml/chalk/tensor"
)

// otherBLAS is gonum's BLAS behind another type: installing it with
// blas64.Use makes rnn multiply through blas64 instead of chalk's kernel.
type otherBLAS struct{ gonum.Implementation }

// TestBackendsAgree runs the same LSTM and GRU forward and backward on
// chalk's kernel and on an installed BLAS: the results must agree.
func TestBackendsAgree(t *testing.T) {
	x := tensor.Must(tensor.RandN(1, 5, 3, 4))
	run := func() [][]float64 {
		var outs [][]float64
		for _, kind := range []string{"lstm", "gru", "rnn"} {
			layer, err := NewLayer(kind, Config{InputSize: 4, HiddenSize: 6, NumLayers: 2, Bidirectional: true, Seed: 3})
			require.NoError(t, err)
			out, _, err := layer.ForwardState(x, State{})
			require.NoError(t, err)
			g, err := layer.BackwardState(out, State{})
			require.NoError(t, err)
			outs = append(outs, out.Data(), g.X.Data(), g.Params["weight_hh_l1_reverse"].Data())
		}
		return outs
	}
	own := run()
	prev := blas64.Implementation()
	blas64.Use(otherBLAS{})
	viaBLAS := run()
	blas64.Use(prev)
	for i := range own {
		require.InDeltaSlice(t, viaBLAS[i], own[i], 1e-12)
	}
}

func TestLinearRejectsNonFiniteWeights(t *testing.T) {
	l, err := NewLinear(2, 1, rand.New(rand.NewPCG(1, 0)))
	require.NoError(t, err)
	l.Weight = tensor.Must(tensor.FromSlice([]float64{math.NaN(), 1}, 1, 2))
	_, err = l.Forward(tensor.Must(tensor.Ones(3, 2)))
	var ve *ValueError
	require.ErrorAs(t, err, &ve)
	require.Contains(t, err.Error(), "Weight")
}
