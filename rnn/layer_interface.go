package rnn

import (
	"fmt"

	"github.com/chalk-ml/chalk/tensor"
)

// State is a recurrent layer's state between two calls: H [L*D B H], and
// for an LSTM also the cell state C (nil for RNN and GRU). The zero State
// means "start from zeros".
type State struct {
	H, C *tensor.Tensor
}

// Layer is what *RNN, *GRU and *LSTM have in common, so sequence helpers
// (ManyToOne, EncoderDecoder, TrainAdding, ...) work with any of them. The
// state is passed as a State so an LSTM's extra cell state travels along.
type Layer interface {
	// Config returns the layer's configuration.
	Config() Config
	// ForwardState is Forward with the initial state s; it returns out
	// [T B D*H] and the final state.
	ForwardState(x *tensor.Tensor, s State) (out *tensor.Tensor, final State, err error)
	// BackwardState is BackwardAll with ∂L/∂(final state) given as a State
	// (nil fields mean zero).
	BackwardState(dOut *tensor.Tensor, dFinal State) (Gradients, error)
	// StateDict and LoadStateDict exchange parameters under PyTorch's names.
	StateDict() map[string]*tensor.Tensor
	LoadStateDict(map[string]*tensor.Tensor) error
}

var (
	_ Layer = (*RNN)(nil)
	_ Layer = (*GRU)(nil)
	_ Layer = (*LSTM)(nil)
)

// ForwardState is Forward(x, s.H, s.C) returning the final state as a State.
func (m *LSTM) ForwardState(x *tensor.Tensor, s State) (*tensor.Tensor, State, error) {
	out, hn, cn, err := m.Forward(x, s.H, s.C)
	return out, State{H: hn, C: cn}, err
}

// BackwardState is BackwardAll(dOut, d.H, d.C).
func (m *LSTM) BackwardState(dOut *tensor.Tensor, d State) (Gradients, error) {
	return m.BackwardAll(dOut, d.H, d.C)
}

// ForwardState is Forward(x, s.H) returning the final state as a State; s.C
// must be nil.
func (m *GRU) ForwardState(x *tensor.Tensor, s State) (*tensor.Tensor, State, error) {
	if s.C != nil {
		return nil, State{}, &ValueError{Op: "GRU.Forward", Msg: "a GRU has no cell state; leave State.C nil"}
	}
	out, hn, err := m.Forward(x, s.H)
	return out, State{H: hn}, err
}

// BackwardState is BackwardAll(dOut, d.H).
func (m *GRU) BackwardState(dOut *tensor.Tensor, d State) (Gradients, error) {
	return m.BackwardAll(dOut, d.H)
}

// ForwardState is Forward(x, s.H) returning the final state as a State; s.C
// must be nil.
func (m *RNN) ForwardState(x *tensor.Tensor, s State) (*tensor.Tensor, State, error) {
	if s.C != nil {
		return nil, State{}, &ValueError{Op: "RNN.Forward", Msg: "a vanilla RNN has no cell state; leave State.C nil"}
	}
	out, hn, err := m.Forward(x, s.H)
	return out, State{H: hn}, err
}

// BackwardState is BackwardAll(dOut, d.H).
func (m *RNN) BackwardState(dOut *tensor.Tensor, d State) (Gradients, error) {
	return m.BackwardAll(dOut, d.H)
}

// NewLayer builds an "rnn", "gru" or "lstm" layer from cfg, for code that
// picks the architecture at run time (like the adding-problem experiment).
// It returns a *ConfigError for any other name or an invalid cfg.
func NewLayer(model string, cfg Config) (Layer, error) {
	// Each case checks err itself: returning a nil *LSTM as a Layer would
	// give a non-nil interface.
	switch model {
	case "rnn":
		m, err := NewRNN(cfg)
		if err != nil {
			return nil, err
		}
		return m, nil
	case "gru":
		m, err := NewGRU(cfg)
		if err != nil {
			return nil, err
		}
		return m, nil
	case "lstm":
		m, err := NewLSTM(cfg)
		if err != nil {
			return nil, err
		}
		return m, nil
	}
	return nil, &ConfigError{Op: "NewLayer", Field: "model", Reason: fmt.Sprintf("unknown model %q; use \"rnn\", \"gru\" or \"lstm\"", model)}
}
