package rnn

import (
	"math/rand/v2"

	"github.com/chalk-ml/chalk/tensor"
)

// LSTMCell is one LSTM step, like torch.nn.LSTMCell:
//
//	i  = σ(W_ii·x + b_ii + W_hi·h + b_hi)
//	f  = σ(W_if·x + b_if + W_hf·h + b_hf)
//	g  = tanh(W_ig·x + b_ig + W_hg·h + b_hg)
//	o  = σ(W_io·x + b_io + W_ho·h + b_ho)
//	c' = f ⊙ c + i ⊙ g
//	h' = o ⊙ tanh(c')
//
// The weights are exported so a learner can read and change them; the four
// gate blocks are stacked i, f, g, o, each H rows: WeightIH.Narrow(0, H, H)
// is W_if. Sizes are read from WeightIH ([4H I]).
type LSTMCell struct {
	WeightIH *tensor.Tensor // W_ih [4H I]: rows W_ii, W_if, W_ig, W_io
	WeightHH *tensor.Tensor // W_hh [4H H]: rows W_hi, W_hf, W_hg, W_ho
	BiasIH   *tensor.Tensor // b_ih [4H]
	BiasHH   *tensor.Tensor // b_hh [4H]
}

// LSTMStep is everything one LSTM step computed, each [B H] (or [H] for an
// unbatched step): the gates I, F, G, O, the new cell state C and the new
// hidden state H.
type LSTMStep struct {
	I, F, G, O *tensor.Tensor
	C, H       *tensor.Tensor
}

// NewLSTMCell returns a cell with every parameter drawn from U(−1/√H, 1/√H)
// using rng (a math/rand/v2 generator), as PyTorch initialises it. It returns
// a *ConfigError for sizes below 1 or a nil rng.
func NewLSTMCell(inputSize, hiddenSize int, rng *rand.Rand) (*LSTMCell, error) {
	w, err := newCellWeights("NewLSTMCell", kindLSTM, inputSize, hiddenSize, rng)
	if err != nil {
		return nil, err
	}
	c := &LSTMCell{}
	c.set(w.tensors(kindLSTM))
	return c, nil
}

func (c *LSTMCell) set(t [4]*tensor.Tensor) {
	c.WeightIH, c.WeightHH, c.BiasIH, c.BiasHH = t[0], t[1], t[2], t[3]
}

func (c *LSTMCell) weights(op string) (weights, error) {
	if c == nil {
		return weights{}, nilCell(op)
	}
	return cellWeights(op, kindLSTM, c.WeightIH, c.WeightHH, c.BiasIH, c.BiasHH)
}

// Step runs the cell on x [B I] from state h, c [B H] (nil means zeros) and
// returns the gates and the new state. An unbatched x [I] takes h, c [H] and
// gives [H] results, as in PyTorch.
//
// It returns a *ShapeError if x's width is not the cell's input size or h, c
// do not match x's batch, and a *ValueError for nil x or NaN/Inf values.
func (c *LSTMCell) Step(x, h, cPrev *tensor.Tensor) (LSTMStep, error) {
	const op = "LSTMCell.Step"
	w, err := c.weights(op)
	if err != nil {
		return LSTMStep{}, err
	}
	p, unbatched, err := cellStep(op, kindLSTM, &w, x, h, cPrev)
	if err != nil {
		return LSTMStep{}, err
	}
	st := lstmStepOf(p, 0)
	if unbatched {
		for _, t := range []**tensor.Tensor{&st.I, &st.F, &st.G, &st.O, &st.C, &st.H} {
			*t = stepTensor((*t).Data(), 1, p.H, true)
		}
	}
	return st, nil
}

// Backward returns the gradients of one step at (x, h, c) given ∂L/∂h' (dH)
// and ∂L/∂c' (dC), nil meaning zero: ∂L/∂x, ∂L/∂h, ∂L/∂c and ∂L/∂θ keyed
// weight_ih, weight_hh, bias_ih, bias_hh. It recomputes the forward step, so
// it needs no state. Errors are as for Step.
func (c *LSTMCell) Backward(x, h, cPrev, dH, dC *tensor.Tensor) (CellGradients, error) {
	const op = "LSTMCell.Backward"
	w, err := c.weights(op)
	if err != nil {
		return CellGradients{}, err
	}
	return cellBackward(op, kindLSTM, &w, x, h, cPrev, dH, dC)
}

// StateDict returns the parameters under PyTorch's names weight_ih [4H I],
// weight_hh [4H H], bias_ih [4H] and bias_hh [4H].
func (c *LSTMCell) StateDict() map[string]*tensor.Tensor {
	if c == nil {
		return map[string]*tensor.Tensor{}
	}
	return map[string]*tensor.Tensor{"weight_ih": c.WeightIH, "weight_hh": c.WeightHH, "bias_ih": c.BiasIH, "bias_hh": c.BiasHH}
}

// LoadStateDict replaces the parameters with the tensors of the same names,
// which must have the current shapes and finite values; otherwise it returns
// a *StateDictError naming the key and changes nothing.
func (c *LSTMCell) LoadStateDict(sd map[string]*tensor.Tensor) error {
	const op = "LSTMCell.LoadStateDict"
	w, err := c.weights(op)
	if err != nil {
		return err
	}
	t, err := loadCell(op, kindLSTM, w, sd)
	if err != nil {
		return err
	}
	c.set(t)
	return nil
}
