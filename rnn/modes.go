package rnn

import (
	"fmt"

	"github.com/chalk-ml/chalk/tensor"
)

// The five ways a recurrent network maps inputs to outputs (Karpathy's
// "unreasonable effectiveness" diagram), each a few lines over a Layer and a
// Linear read-out. They run the forward pass only: to train, call the
// layer's and the read-out's Backward yourself, as TrainAdding does for
// many-to-one.
//
//	one-to-one     x → ŷ                 a single step: classify one vector
//	one-to-many    x → ŷ_1 … ŷ_n         generate a sequence from one input
//	many-to-one    x_1 … x_T → ŷ         classify or score a sequence
//	many-to-many   x_1 … x_T → ŷ_1 … ŷ_T  label every step (synchronous)
//	encoder-decoder x_1 … x_T → ŷ_1 … ŷ_n read everything, then emit

// OneToOne maps one input x [B I] to one output [B O] with a single step of
// the layer from a zero state: ŷ = head(h_1). It is a feed-forward network
// in recurrent clothing, the degenerate case of the other modes.
func OneToOne(layer Layer, head *Linear, x *tensor.Tensor) (*tensor.Tensor, error) {
	const op = "OneToOne"
	if err := checkMode(op, layer, head); err != nil {
		return nil, err
	}
	seq, err := oneStep(op, x)
	if err != nil {
		return nil, err
	}
	return ManyToOne(layer, head, seq)
}

// OneToMany generates n outputs [n B O] from one input x [B I]: the layer
// reads x at the first step and, at every later step, its own previous
// prediction ŷ_{t-1}, so head must map H (or D·H) features back to I:
//
//	h_1 = step(x, 0),  ŷ_1 = head(h_1),  h_t = step(ŷ_{t-1}, h_{t-1}),  ŷ_t = head(h_t)
//
// It returns a *ShapeError if head's output size is not the layer's input
// size, and a *ConfigError if n < 1.
func OneToMany(layer Layer, head *Linear, x *tensor.Tensor, n int) (*tensor.Tensor, error) {
	const op = "OneToMany"
	if err := checkMode(op, layer, head); err != nil {
		return nil, err
	}
	seq, err := oneStep(op, x)
	if err != nil {
		return nil, err
	}
	return generate(op, layer, head, seq, State{}, n)
}

// ManyToOne reads a whole sequence x [T B I] and returns one output [B O]
// from the final hidden state of the last layer: ŷ = head(h_T). For a
// bidirectional layer the read-out sees both final states, [h_T(forward) ;
// h_1(reverse)], so D·H features; each has read the whole sequence.
func ManyToOne(layer Layer, head *Linear, x *tensor.Tensor) (*tensor.Tensor, error) {
	const op = "ManyToOne"
	if err := checkMode(op, layer, head); err != nil {
		return nil, err
	}
	_, final, err := layer.ForwardState(x, State{})
	if err != nil {
		return nil, err
	}
	feat, err := lastLayerState(layer.Config(), final.H)
	if err != nil {
		return nil, err
	}
	return head.Forward(feat)
}

// ManyToMany labels every step of x [T B I], returning [T B O]: ŷ_t =
// head(out_t), where out_t is [h_t(forward) ; h_t(reverse)] for a
// bidirectional layer, so each label can use both the past and the future.
func ManyToMany(layer Layer, head *Linear, x *tensor.Tensor) (*tensor.Tensor, error) {
	const op = "ManyToMany"
	if err := checkMode(op, layer, head); err != nil {
		return nil, err
	}
	out, _, err := layer.ForwardState(x, State{})
	if err != nil {
		return nil, err
	}
	return head.Forward(out)
}

// EncoderDecoder reads x [T B I] with enc and emits n outputs [n B O] with
// dec (sequence to sequence, Sutskever et al. 2014). The encoder's final
// state is the decoder's initial state, the only channel between them; the
// decoder's first input is zeros (a start token) and each later input its
// own previous prediction:
//
//	s = enc(x_1 … x_T).final,  ŷ_t = head(dec(ŷ_{t-1}, s_{t-1}))
//
// enc and dec must have the same NumLayers·D and HiddenSize, and head must
// map dec's outputs to dec's input size. The cell state of an LSTM encoder
// is passed on only to an LSTM decoder.
func EncoderDecoder(enc, dec Layer, head *Linear, x *tensor.Tensor, n int) (*tensor.Tensor, error) {
	const op = "EncoderDecoder"
	if enc == nil {
		return nil, &ValueError{Op: op, Msg: "the encoder is nil"}
	}
	if err := checkMode(op, dec, head); err != nil {
		return nil, err
	}
	ec, dc := enc.Config(), dec.Config()
	if ec.NumLayers*dirCount(ec) != dc.NumLayers*dirCount(dc) || ec.HiddenSize != dc.HiddenSize {
		return nil, &ValueError{Op: op, Msg: fmt.Sprintf("the encoder's state is [%d B %d] but the decoder's is [%d B %d]; give both the same NumLayers, Bidirectional and HiddenSize",
			ec.NumLayers*dirCount(ec), ec.HiddenSize, dc.NumLayers*dirCount(dc), dc.HiddenSize)}
	}
	_, s, err := enc.ForwardState(x, State{})
	if err != nil {
		return nil, err
	}
	if _, ok := dec.(*LSTM); !ok {
		s.C = nil
	}
	start, err := tensor.Zeros(1, x.Shape()[1], dc.InputSize)
	if err != nil {
		return nil, err
	}
	return generate(op, dec, head, start, s, n)
}

// generate runs layer autoregressively for n steps from the one-step input
// first [1 B I] and state s, feeding back each prediction.
func generate(op string, layer Layer, head *Linear, first *tensor.Tensor, s State, n int) (*tensor.Tensor, error) {
	if n < 1 {
		return nil, &ConfigError{Op: op, Field: "n", Reason: fmt.Sprintf("the number of outputs must be at least 1, got %d", n)}
	}
	in := layer.Config().InputSize
	_, out, err := head.sizes(op)
	if err != nil {
		return nil, err
	}
	if out != in {
		return nil, &ShapeError{Op: op, Name: "head.Weight", Got: head.Weight.Shape(), Want: fmt.Sprintf("[%d ...]", in),
			Reason: fmt.Sprintf("each prediction (%d values) is fed back as the next input, which has %d", out, in)}
	}
	x := first
	ys := make([]*tensor.Tensor, 0, n)
	for t := 0; t < n; t++ {
		out, next, err := layer.ForwardState(x, s)
		if err != nil {
			return nil, err
		}
		y, err := head.Forward(out) // [1 B O]
		if err != nil {
			return nil, err
		}
		ys = append(ys, y)
		x, s = y, next
	}
	return tensor.Cat(0, ys...)
}

// checkMode rejects a nil layer or read-out.
func checkMode(op string, layer Layer, head *Linear) error {
	if layer == nil {
		return &ValueError{Op: op, Msg: "the layer is nil; build one with NewLSTM, NewGRU or NewRNN"}
	}
	if head == nil || head.Weight == nil {
		return &ValueError{Op: op, Msg: "the read-out is nil; build one with NewLinear(D*H, outputs, rng)"}
	}
	return nil
}

// oneStep turns x [B I] into the one-step sequence [1 B I].
func oneStep(op string, x *tensor.Tensor) (*tensor.Tensor, error) {
	if x == nil {
		return nil, nilError(op, "x")
	}
	if x.Dim() != 2 {
		return nil, &ShapeError{Op: op, Name: "x", Got: x.Shape(), Want: "[B I]", Reason: "this mode starts from one input vector per sequence"}
	}
	return x.Unsqueeze(0)
}

// lastLayerState returns the final states of the last layer, [B D*H]: the
// forward direction's, then the reverse one's.
func lastLayerState(cfg Config, hn *tensor.Tensor) (*tensor.Tensor, error) {
	D := dirCount(cfg)
	last, err := hn.Narrow(0, (cfg.NumLayers-1)*D, D) // [D B H]
	if err != nil {
		return nil, err
	}
	parts := make([]*tensor.Tensor, D)
	for d := range parts {
		if parts[d], err = last.Select(0, d); err != nil {
			return nil, err
		}
	}
	return tensor.Cat(1, parts...)
}

func dirCount(c Config) int {
	if c.Bidirectional {
		return 2
	}
	return 1
}
