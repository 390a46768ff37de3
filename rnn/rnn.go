package rnn

import "github.com/chalk-ml/chalk/tensor"

// RNN is a stack of vanilla (Elman) recurrent layers, like torch.nn.RNN
// (sequence first, with biases, no dropout):
//
//	h_t = tanh(W_ih·x_t + b_ih + W_hh·h_{t-1} + b_hh)   (or relu)
//
// Shapes, with D = 2 if Bidirectional else 1:
//
//	x [T B I] → out [T B D*H];  h0, hn [L*D B H]
//
// Backpropagated through T steps, the gradient is multiplied T times by
// W_hhᵀ·diag(1 − h²), so it vanishes or explodes: this is the network that
// fails the adding problem.
type RNN struct{ s *stack }

// NewRNN returns an RNN with weights drawn from U(−1/√H, 1/√H) using
// cfg.Seed. It returns a *ConfigError for sizes below 1, more than ~10⁹
// parameters, or a Nonlinearity other than "", "tanh" or "relu".
func NewRNN(cfg Config) (*RNN, error) {
	s, err := newStack("NewRNN", kindRNNTanh, cfg)
	if err != nil {
		return nil, err
	}
	return &RNN{s: s}, nil
}

// Config returns the model's configuration (NumLayers is at least 1,
// Nonlinearity "tanh" or "relu").
func (m *RNN) Config() Config { return m.engine().config() }

// Forward runs the RNN over x [T B I] from h0 [L*D B H] (nil means zeros)
// and returns out [T B D*H] and hn [L*D B H]. Errors are as for
// LSTM.Forward.
func (m *RNN) Forward(x, h0 *tensor.Tensor) (out, hn *tensor.Tensor, err error) {
	out, hn, _, err = m.engine().forwardTensors("RNN.Forward", x, h0, nil)
	return out, hn, err
}

// Backward is backpropagation through time for the last successful Forward; see
// GRU.Backward.
func (m *RNN) Backward(dOut, dHn *tensor.Tensor) (dX *tensor.Tensor, grads map[string]*tensor.Tensor, err error) {
	g, err := m.BackwardAll(dOut, dHn)
	return g.X, g.Params, err
}

// BackwardAll is Backward also returning ∂L/∂h0.
func (m *RNN) BackwardAll(dOut, dHn *tensor.Tensor) (Gradients, error) {
	return m.engine().backwardTensors("RNN.Backward", dOut, dHn, nil)
}

// StateDict returns copies of the parameters under PyTorch's names
// (weight_ih_l0 [H I], weight_hh_l0 [H H], bias_ih_l0 [H], bias_hh_l0 [H], ...).
func (m *RNN) StateDict() map[string]*tensor.Tensor { return m.engine().stateDict() }

// LoadStateDict replaces every parameter with the tensor of the same name;
// see LSTM.LoadStateDict.
func (m *RNN) LoadStateDict(sd map[string]*tensor.Tensor) error {
	return m.engine().loadStateDict("RNN.LoadStateDict", sd)
}

// Trace returns the hidden state of every step of the last successful Forward:
// Trace()[l*D+d][t] is h_t ([B H]) of layer l, direction d. It returns nil
// before the first Forward.
func (m *RNN) Trace() [][]*tensor.Tensor {
	s := m.engine()
	if s == nil || s.last == nil {
		return nil
	}
	r := s.last
	tr := make([][]*tensor.Tensor, len(r.passes))
	for i, p := range r.passes {
		tr[i] = make([]*tensor.Tensor, p.T)
		for s := 0; s < p.T; s++ {
			tr[i][p.pos(s)] = fromData(p.hAt(s), p.B, p.H)
		}
	}
	return tr
}
