package rnn

import (
	"math"
	"slices"

	"github.com/chalk-ml/chalk/tensor"
)

// LSTM is a stack of LSTM layers over a batch of sequences, like
// torch.nn.LSTM (sequence first, with biases, no dropout). At every time step
// t each layer and direction runs the LSTMCell equations
//
//	i, f, g, o = σ, σ, tanh, σ (W_ih·x_t + b_ih + W_hh·h_{t-1} + b_hh)
//	c_t = f ⊙ c_{t-1} + i ⊙ g
//	h_t = o ⊙ tanh(c_t)
//
// where layer 0 reads x_t and layer l > 0 reads the h_t of layer l-1 (both
// directions, concatenated). Shapes, with D = 2 if Bidirectional else 1:
//
//	x [T B I] → out [T B D*H];  h0, c0, hn, cn [L*D B H]
//
// An LSTM remembers the state of its last successful Forward, for Backward and Trace;
// it is not safe for concurrent use.
type LSTM struct{ s *stack }

// NewLSTM returns an LSTM with weights drawn from U(−1/√H, 1/√H) using
// cfg.Seed. It returns a *ConfigError for sizes below 1, more than ~10⁹
// parameters, or a Nonlinearity other than "" or "tanh".
func NewLSTM(cfg Config) (*LSTM, error) {
	s, err := newStack("NewLSTM", kindLSTM, cfg)
	if err != nil {
		return nil, err
	}
	return &LSTM{s: s}, nil
}

// Config returns the model's configuration (NumLayers is at least 1).
func (m *LSTM) Config() Config { return m.engine().config() }

// Forward runs the LSTM over x [T B I] from h0 and c0 [L*D B H] (nil means
// zeros) and returns the last layer's hidden states out [T B D*H] (for a
// bidirectional LSTM out[t] is [h_fwd,t ; h_rev,t]) and every layer's final
// states hn and cn [L*D B H], row l*D+d for layer l, direction d; the
// reverse direction's final state is the one at t = 0.
//
// It returns a *ShapeError if x is not [T B I] with I = InputSize or h0/c0
// are not [L*D B H] for x's batch size B, and a *ValueError if a tensor holds
// NaN or ±Inf.
func (m *LSTM) Forward(x, h0, c0 *tensor.Tensor) (out, hn, cn *tensor.Tensor, err error) {
	return m.engine().forwardTensors("LSTM.Forward", x, h0, c0)
}

// Backward is backpropagation through time for the last successful Forward. Given the
// gradients of a loss L with respect to out, hn and cn (nil means zero,
// i.e. L does not use it) it returns ∂L/∂x [T B I] and ∂L/∂θ for every
// parameter, keyed like StateDict. BackwardAll also returns ∂L/∂h0 and
// ∂L/∂c0.
//
// It returns a *ValueError if there was no Forward, and a *ShapeError if a
// gradient's shape differs from that of the output it belongs to.
func (m *LSTM) Backward(dOut, dHn, dCn *tensor.Tensor) (dX *tensor.Tensor, grads map[string]*tensor.Tensor, err error) {
	g, err := m.BackwardAll(dOut, dHn, dCn)
	return g.X, g.Params, err
}

// BackwardAll is Backward returning the gradients of every input of the last
// Forward: x, h0, c0 and the parameters.
func (m *LSTM) BackwardAll(dOut, dHn, dCn *tensor.Tensor) (Gradients, error) {
	return m.engine().backwardTensors("LSTM.Backward", dOut, dHn, dCn)
}

// StateDict returns copies of the parameters under PyTorch's names:
// weight_ih_l0 [4H I], weight_hh_l0 [4H H], bias_ih_l0 [4H], bias_hh_l0
// [4H], ..., weight_ih_l1_reverse [4H D*H], ...; the four gate blocks are
// stacked i, f, g, o.
func (m *LSTM) StateDict() map[string]*tensor.Tensor { return m.engine().stateDict() }

// LoadStateDict replaces every parameter with the tensor of the same name.
// sd must hold exactly StateDict's names with the same shapes and finite
// values; otherwise it returns a *StateDictError naming the first offending
// key and changes nothing.
func (m *LSTM) LoadStateDict(sd map[string]*tensor.Tensor) error {
	return m.engine().loadStateDict("LSTM.LoadStateDict", sd)
}

// Trace returns the gates of every step of the last successful Forward: Trace()[l*D+d][t]
// holds i, f, g, o, c and h ([B H] each) of layer l, direction d at time
// position t. It returns nil before the first Forward.
func (m *LSTM) Trace() [][]LSTMStep {
	s := m.engine()
	if s == nil || s.last == nil {
		return nil
	}
	r := s.last
	tr := make([][]LSTMStep, len(r.passes))
	for i, p := range r.passes {
		tr[i] = make([]LSTMStep, p.T)
		for s := 0; s < p.T; s++ {
			tr[i][p.pos(s)] = lstmStepOf(p, s)
		}
	}
	return tr
}

// lstmStepOf unpacks step s of a pass into gate tensors.
func lstmStepOf(p *pass, s int) LSTMStep {
	g := gateTensors(p, s)
	n := p.B * p.H
	return LSTMStep{I: g[0], F: g[1], G: g[2], O: g[3],
		C: fromData(p.c[(s+1)*n:(s+2)*n], p.B, p.H), H: fromData(p.hAt(s), p.B, p.H)}
}

// gateTensors splits the [B, G·H] activations of step s into G tensors [B H].
func gateTensors(p *pass, s int) []*tensor.Tensor {
	B, H := p.B, p.H
	G := p.k.gates()
	act := p.act[s*B*G*H : (s+1)*B*G*H]
	out := make([]*tensor.Tensor, G)
	for q := 0; q < G; q++ {
		d := make([]float64, B*H)
		for b := 0; b < B; b++ {
			copy(d[b*H:(b+1)*H], act[b*G*H+q*H:])
		}
		out[q] = fromData(d, B, H)
	}
	return out
}

// config rebuilds the Config of a stack (the zero Config for a nil one).
func (s *stack) config() Config {
	if s == nil {
		return Config{}
	}
	return Config{InputSize: s.in, HiddenSize: s.hid, NumLayers: s.layers,
		Bidirectional: s.bidir, Nonlinearity: s.k.nonlinearity()}
}

// AddForgetBias adds v to the forget-gate block of every bias_ih (rows H to
// 2H). With v = 1 the forget gates start near σ(1) ≈ 0.73 rather than 0.5,
// so the cell state c survives many more steps before training has taught
// the network to keep it: f^50 is 1.5e-7 for f = 0.73 but 8.9e-16 for 0.5.
// This is the usual remedy for an LSTM stuck on a long-memory task
// (Gers et al. 2000; Jozefowicz et al. 2015; Keras' unit_forget_bias).
// v must be finite: a NaN or ±Inf is ignored, since it would poison every
// later output.
func (m *LSTM) AddForgetBias(v float64) {
	s := m.engine()
	if s == nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return
	}
	H := s.hid
	for i := range s.w {
		b := slices.Clone(s.w[i].bih) // a new slice: the last Forward keeps the old one
		for j := H; j < 2*H; j++ {
			b[j] += v
		}
		s.w[i].bih = b
	}
}
