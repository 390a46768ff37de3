package rnn

import "github.com/chalk-ml/chalk/tensor"

// GRU is a stack of GRU layers over a batch of sequences, like torch.nn.GRU
// (sequence first, with biases, no dropout). At every time step each layer
// and direction runs the GRUCell equations
//
//	r = σ(W_ir·x_t + b_ir + W_hr·h_{t-1} + b_hr)
//	z = σ(W_iz·x_t + b_iz + W_hz·h_{t-1} + b_hz)
//	n = tanh(W_in·x_t + b_in + r ⊙ (W_hn·h_{t-1} + b_hn))
//	h_t = (1 − z) ⊙ n + z ⊙ h_{t-1}
//
// Shapes, with D = 2 if Bidirectional else 1:
//
//	x [T B I] → out [T B D*H];  h0, hn [L*D B H]
//
// A GRU remembers its last successful Forward, for Backward and Trace; it is not safe
// for concurrent use.
type GRU struct{ s *stack }

// NewGRU returns a GRU with weights drawn from U(−1/√H, 1/√H) using
// cfg.Seed. It returns a *ConfigError for sizes below 1, more than ~10⁹
// parameters, or a Nonlinearity other than "" or "tanh".
func NewGRU(cfg Config) (*GRU, error) {
	s, err := newStack("NewGRU", kindGRU, cfg)
	if err != nil {
		return nil, err
	}
	return &GRU{s: s}, nil
}

// Config returns the model's configuration (NumLayers is at least 1).
func (m *GRU) Config() Config { return m.engine().config() }

// Forward runs the GRU over x [T B I] from h0 [L*D B H] (nil means zeros)
// and returns the last layer's outputs out [T B D*H] and every layer's final
// state hn [L*D B H]. Errors are as for LSTM.Forward.
func (m *GRU) Forward(x, h0 *tensor.Tensor) (out, hn *tensor.Tensor, err error) {
	out, hn, _, err = m.engine().forwardTensors("GRU.Forward", x, h0, nil)
	return out, hn, err
}

// Backward is backpropagation through time for the last successful Forward: given
// ∂L/∂out and ∂L/∂hn (nil means zero) it returns ∂L/∂x and the parameter
// gradients keyed like StateDict. Errors are as for LSTM.Backward.
func (m *GRU) Backward(dOut, dHn *tensor.Tensor) (dX *tensor.Tensor, grads map[string]*tensor.Tensor, err error) {
	g, err := m.BackwardAll(dOut, dHn)
	return g.X, g.Params, err
}

// BackwardAll is Backward also returning ∂L/∂h0.
func (m *GRU) BackwardAll(dOut, dHn *tensor.Tensor) (Gradients, error) {
	return m.engine().backwardTensors("GRU.Backward", dOut, dHn, nil)
}

// StateDict returns copies of the parameters under PyTorch's names
// (weight_ih_l0 [3H I], ..., gate blocks stacked r, z, n).
func (m *GRU) StateDict() map[string]*tensor.Tensor { return m.engine().stateDict() }

// LoadStateDict replaces every parameter with the tensor of the same name;
// see LSTM.LoadStateDict.
func (m *GRU) LoadStateDict(sd map[string]*tensor.Tensor) error {
	return m.engine().loadStateDict("GRU.LoadStateDict", sd)
}

// Trace returns the gates of every step of the last successful Forward:
// Trace()[l*D+d][t] holds r, z, n and h ([B H] each) of layer l, direction
// d at time position t. It returns nil before the first Forward.
func (m *GRU) Trace() [][]GRUStep {
	s := m.engine()
	if s == nil || s.last == nil {
		return nil
	}
	r := s.last
	tr := make([][]GRUStep, len(r.passes))
	for i, p := range r.passes {
		tr[i] = make([]GRUStep, p.T)
		for s := 0; s < p.T; s++ {
			tr[i][p.pos(s)] = gruStepOf(p, s)
		}
	}
	return tr
}

func gruStepOf(p *pass, s int) GRUStep {
	g := gateTensors(p, s)
	return GRUStep{R: g[0], Z: g[1], N: g[2], H: fromData(p.hAt(s), p.B, p.H)}
}
