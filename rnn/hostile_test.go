package rnn

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/chalk-ml/chalk/tensor"
)

// TestHostileInputsReturnErrors feeds every public entry point nil, empty
// tensor.Tensor{} values and random wrong shapes: each must return an error,
// never panic.
func TestHostileInputsReturnErrors(t *testing.T) {
	empty := new(tensor.Tensor)
	rng := rand.New(rand.NewPCG(6, 6))
	lstm, err := NewLSTM(Config{InputSize: 2, HiddenSize: 3, NumLayers: 2, Bidirectional: true})
	require.NoError(t, err)
	head, err := NewLinear(6, 2, rng)
	require.NoError(t, err)
	cell, err := NewGRUCell(2, 3, rng)
	require.NoError(t, err)
	opt, err := NewAdam(0.1)
	require.NoError(t, err)

	calls := map[string]func() error{
		"MSE empty":          func() error { _, _, err := MSE(empty, empty); return err },
		"MSE zero elements":  func() error { _, _, err := MSE(zeros(0), zeros(0)); return err },
		"CrossEntropy empty": func() error { _, _, err := CrossEntropy(empty, nil); return err },
		"CrossEntropy nil":   func() error { _, _, err := CrossEntropy(nil, []int{1}); return err },
		"Clip empty":         func() error { _, _, err := ClipGradNorm(map[string]*tensor.Tensor{"a": empty}, 1); return err },
		"Clip nil":           func() error { _, _, err := ClipGradNorm(map[string]*tensor.Tensor{"a": nil}, 1); return err },
		"Adam empty": func() error {
			_, err := opt.Step(map[string]*tensor.Tensor{"a": empty}, map[string]*tensor.Tensor{"a": empty})
			return err
		},
		"Adam nil params": func() error { _, err := opt.Step(nil, nil); return err },
		"Load empty":      func() error { return lstm.LoadStateDict(map[string]*tensor.Tensor{"weight_ih_l0": empty}) },
		"Cell load empty": func() error { return cell.LoadStateDict(map[string]*tensor.Tensor{"weight_ih": empty}) },
		"Cell empty x":    func() error { _, err := cell.Step(empty, nil); return err },
		"Cell empty h":    func() error { _, err := cell.Step(zeros(2), empty); return err },
		"Cell empty weights": func() error {
			_, err := (&GRUCell{WeightIH: empty, WeightHH: empty, BiasIH: empty, BiasHH: empty}).Step(zeros(2), nil)
			return err
		},
		"Cell zero value":      func() error { _, err := (&LSTMCell{}).Step(zeros(2), nil, nil); return err },
		"Cell backward nil x":  func() error { _, err := cell.Backward(nil, nil, nil); return err },
		"Cell backward bad dH": func() error { _, err := cell.Backward(zeros(1, 2), nil, zeros(2, 3)); return err },
		"Linear empty":         func() error { _, err := head.Forward(empty); return err },
		"Linear zero value":    func() error { _, err := (&Linear{}).Forward(zeros(2)); return err },
		"Linear empty weight":  func() error { _, err := (&Linear{Weight: empty, Bias: empty}).Forward(zeros(2)); return err },
		"Forward empty h0":     func() error { _, _, _, err := lstm.Forward(zeros(2, 1, 2), empty, nil); return err },
		"ManyToOne empty head": func() error {
			_, err := ManyToOne(lstm, &Linear{Weight: empty, Bias: empty}, zeros(2, 1, 2))
			return err
		},
		"OneToMany empty head": func() error {
			_, err := OneToMany(lstm, &Linear{Weight: empty, Bias: empty}, zeros(1, 2), 2)
			return err
		},
		"Encoder nil":     func() error { _, err := EncoderDecoder(nil, lstm, head, zeros(2, 1, 2), 2); return err },
		"SplitTime empty": func() error { _, err := SplitTime(empty, 2); return err },
		"SplitTime nil":   func() error { _, err := SplitTime(nil, 2); return err },
	}
	for name, call := range calls {
		t.Run(name, func(t *testing.T) {
			assert.NotPanics(t, func() { assert.Error(t, call()) })
		})
	}

	// Random shapes: whatever is wrong must come back as an error.
	for i := 0; i < 300; i++ {
		shape := make([]int, rng.IntN(5))
		for d := range shape {
			shape[d] = rng.IntN(4)
		}
		x := zeros(shape...)
		assert.NotPanics(t, func() {
			out, hn, cn, err := lstm.Forward(x, nil, nil)
			if err == nil {
				assert.Equal(t, []int{shape[0], shape[1], 6}, out.Shape())
				assert.Equal(t, []int{4, shape[1], 3}, hn.Shape())
				assert.NotNil(t, cn)
			}
			_, _ = cell.Step(x, nil)
			_, _ = head.Forward(x)
		}, "shape %v", shape)
	}
}
