package rnn

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"sort"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/chalk-ml/chalk/tensor"
)

// The fixtures in testdata/torch_rnn.json come from PyTorch 1.13 in float64
// (testdata/gen_fixtures.py). Weights are loaded by their torch names.

type jsonTensor struct {
	Shape []int     `json:"shape"`
	Data  []float64 `json:"data"`
}

func (j *jsonTensor) tensor(t *testing.T) *tensor.Tensor {
	if j == nil {
		return nil
	}
	x, err := tensor.FromSlice(j.Data, j.Shape...)
	require.NoError(t, err)
	return x
}

type cellFixture struct {
	Kind      string `json:"kind"`
	I, H      int
	B         *int                   `json:"B"`
	StateDict map[string]*jsonTensor `json:"state_dict"`
	X, Hx, C  *jsonTensor
	Gates     map[string]*jsonTensor `json:"gates"`
	HNext     *jsonTensor            `json:"h_next"`
	CNext     *jsonTensor            `json:"c_next"`
	R, U      *jsonTensor
	Grads     map[string]*jsonTensor `json:"grads"`
}

type layerFixture struct {
	Kind          string `json:"kind"`
	I, H, L, T, B int
	Bidirectional bool                   `json:"bidirectional"`
	StateDict     map[string]*jsonTensor `json:"state_dict"`
	X, H0, C0     *jsonTensor
	Out, Hn, Cn   *jsonTensor
	R, S, U       *jsonTensor
	Grads         map[string]*jsonTensor `json:"grads"`
}

type fixtures struct {
	Torch  string            `json:"torch"`
	Cells  []json.RawMessage `json:"cells"`
	Layers []layerFixture    `json:"layers"`
}

func loadFixtures(t *testing.T) ([]cellFixture, []layerFixture) {
	t.Helper()
	raw, err := os.ReadFile("testdata/torch_rnn.json")
	require.NoError(t, err)
	var f fixtures
	require.NoError(t, json.Unmarshal(raw, &f))
	cells := make([]cellFixture, len(f.Cells))
	for i, c := range f.Cells {
		// "h" and "H" differ only in case, which encoding/json folds, so
		// decode the cell's tensors by hand.
		var m map[string]json.RawMessage
		require.NoError(t, json.Unmarshal(c, &m))
		dec := func(key string, v any) { require.NoError(t, json.Unmarshal(m[key], v)) }
		dec("kind", &cells[i].Kind)
		dec("I", &cells[i].I)
		dec("H", &cells[i].H)
		dec("B", &cells[i].B)
		dec("state_dict", &cells[i].StateDict)
		dec("x", &cells[i].X)
		dec("h", &cells[i].Hx)
		dec("c", &cells[i].C)
		dec("gates", &cells[i].Gates)
		dec("h_next", &cells[i].HNext)
		dec("c_next", &cells[i].CNext)
		dec("R", &cells[i].R)
		dec("U", &cells[i].U)
		dec("grads", &cells[i].Grads)
	}
	return cells, f.Layers
}

func toDict(t *testing.T, m map[string]*jsonTensor) map[string]*tensor.Tensor {
	out := make(map[string]*tensor.Tensor, len(m))
	for k, v := range m {
		out[k] = v.tensor(t)
	}
	return out
}

// requireClose compares got with the fixture want elementwise.
func requireClose(t *testing.T, want *jsonTensor, got *tensor.Tensor, msg string) {
	t.Helper()
	require.NotNil(t, got, msg)
	require.Equal(t, want.Shape, got.Shape(), msg)
	g := got.Data()
	for i, w := range want.Data {
		require.InDelta(t, w, g[i], 1e-10+1e-9*abs(w), "%s: element %d", msg, i)
	}
}

func abs(v float64) float64 {
	if v < 0 {
		return -v
	}
	return v
}

func TestTorchCells(t *testing.T) {
	cells, _ := loadFixtures(t)
	require.NotEmpty(t, cells)
	for i, f := range cells {
		b := "unbatched"
		if f.B != nil {
			b = fmt.Sprintf("B=%d", *f.B)
		}
		t.Run(fmt.Sprintf("%d_%s_I%d_H%d_%s", i, f.Kind, f.I, f.H, b), func(t *testing.T) {
			rng := rand.New(rand.NewPCG(1, 2))
			sd := toDict(t, f.StateDict)
			x, h, c := f.X.tensor(t), f.Hx.tensor(t), f.C.tensor(t)
			var grads CellGradients
			var err error
			switch f.Kind {
			case "lstm":
				cell, err := NewLSTMCell(f.I, f.H, rng)
				require.NoError(t, err)
				require.NoError(t, cell.LoadStateDict(sd))
				st, err := cell.Step(x, h, c)
				require.NoError(t, err)
				for name, got := range map[string]*tensor.Tensor{"i": st.I, "f": st.F, "g": st.G, "o": st.O} {
					requireClose(t, f.Gates[name], got, "gate "+name)
				}
				requireClose(t, f.HNext, st.H, "h'")
				requireClose(t, f.CNext, st.C, "c'")
				grads, err = cell.Backward(x, h, c, f.R.tensor(t), f.U.tensor(t))
				require.NoError(t, err)
			case "gru":
				cell, err := NewGRUCell(f.I, f.H, rng)
				require.NoError(t, err)
				require.NoError(t, cell.LoadStateDict(sd))
				st, err := cell.Step(x, h)
				require.NoError(t, err)
				for name, got := range map[string]*tensor.Tensor{"r": st.R, "z": st.Z, "n": st.N} {
					requireClose(t, f.Gates[name], got, "gate "+name)
				}
				requireClose(t, f.HNext, st.H, "h'")
				grads, err = cell.Backward(x, h, f.R.tensor(t))
				require.NoError(t, err)
			default:
				cell, err := NewRNNCell(f.I, f.H, f.Kind[4:], rng)
				require.NoError(t, err)
				require.NoError(t, cell.LoadStateDict(sd))
				h2, err := cell.Step(x, h)
				require.NoError(t, err)
				requireClose(t, f.HNext, h2, "h'")
				grads, err = cell.Backward(x, h, f.R.tensor(t))
				require.NoError(t, err)
			}
			require.NoError(t, err)
			requireClose(t, f.Grads["x"], grads.X, "dL/dx")
			if g, ok := f.Grads["h"]; ok {
				requireClose(t, g, grads.H, "dL/dh")
			}
			if g, ok := f.Grads["c"]; ok {
				requireClose(t, g, grads.C, "dL/dc")
			}
			for _, name := range paramNames {
				requireClose(t, f.Grads[name], grads.Params[name], "dL/d"+name)
			}
		})
	}
}

func TestTorchLayers(t *testing.T) {
	_, layers := loadFixtures(t)
	require.NotEmpty(t, layers)
	for i, f := range layers {
		name := fmt.Sprintf("%d_%s_I%d_H%d_L%d_bi%v_T%d_B%d", i, f.Kind, f.I, f.H, f.L, f.Bidirectional, f.T, f.B)
		t.Run(name, func(t *testing.T) {
			cfg := Config{InputSize: f.I, HiddenSize: f.H, NumLayers: f.L, Bidirectional: f.Bidirectional, Seed: 9}
			sd := toDict(t, f.StateDict)
			x, h0, c0 := f.X.tensor(t), f.H0.tensor(t), f.C0.tensor(t)
			R, S := f.R.tensor(t), f.S.tensor(t)
			var g Gradients
			switch f.Kind {
			case "lstm":
				m, err := NewLSTM(cfg)
				require.NoError(t, err)
				require.NoError(t, m.LoadStateDict(sd))
				out, hn, cn, err := m.Forward(x, h0, c0)
				require.NoError(t, err)
				requireClose(t, f.Out, out, "out")
				requireClose(t, f.Hn, hn, "hn")
				requireClose(t, f.Cn, cn, "cn")
				g, err = m.BackwardAll(R, S, f.U.tensor(t))
				require.NoError(t, err)
			case "gru":
				m, err := NewGRU(cfg)
				require.NoError(t, err)
				require.NoError(t, m.LoadStateDict(sd))
				out, hn, err := m.Forward(x, h0)
				require.NoError(t, err)
				requireClose(t, f.Out, out, "out")
				requireClose(t, f.Hn, hn, "hn")
				g, err = m.BackwardAll(R, S)
				require.NoError(t, err)
			default:
				cfg.Nonlinearity = f.Kind[4:]
				m, err := NewRNN(cfg)
				require.NoError(t, err)
				require.NoError(t, m.LoadStateDict(sd))
				out, hn, err := m.Forward(x, h0)
				require.NoError(t, err)
				requireClose(t, f.Out, out, "out")
				requireClose(t, f.Hn, hn, "hn")
				g, err = m.BackwardAll(R, S)
				require.NoError(t, err)
			}
			requireClose(t, f.Grads["x"], g.X, "dL/dx")
			if w, ok := f.Grads["h0"]; ok {
				requireClose(t, w, g.H0, "dL/dh0")
			}
			if w, ok := f.Grads["c0"]; ok {
				requireClose(t, w, g.C0, "dL/dc0")
			}
			names := make([]string, 0, len(f.StateDict))
			for n := range f.StateDict {
				names = append(names, n)
			}
			sort.Strings(names)
			require.Len(t, g.Params, len(names))
			for _, n := range names {
				requireClose(t, f.Grads[n], g.Params[n], "dL/d"+n)
			}
		})
	}
}
