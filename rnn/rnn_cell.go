package rnn

import (
	"math/rand/v2"

	"github.com/chalk-ml/chalk/tensor"
)

// RNNCell is one vanilla RNN step, like torch.nn.RNNCell:
//
//	h' = tanh(W_ih·x + b_ih + W_hh·h + b_hh)   (or relu)
//
// Sizes are read from WeightIH ([H I]).
type RNNCell struct {
	WeightIH *tensor.Tensor // W_ih [H I]
	WeightHH *tensor.Tensor // W_hh [H H]
	BiasIH   *tensor.Tensor // b_ih [H]
	BiasHH   *tensor.Tensor // b_hh [H]
	// Nonlinearity is "tanh" (or "") or "relu".
	Nonlinearity string
}

// NewRNNCell returns a cell with every parameter drawn from U(−1/√H, 1/√H)
// using rng. nonlinearity is "tanh" or "relu" ("" means "tanh"). It returns
// a *ConfigError for sizes below 1, an unknown nonlinearity or a nil rng.
func NewRNNCell(inputSize, hiddenSize int, nonlinearity string, rng *rand.Rand) (*RNNCell, error) {
	const op = "NewRNNCell"
	k, err := parseNonlinearity(op, "nonlinearity", nonlinearity)
	if err != nil {
		return nil, err
	}
	w, err := newCellWeights(op, k, inputSize, hiddenSize, rng)
	if err != nil {
		return nil, err
	}
	c := &RNNCell{Nonlinearity: k.nonlinearity()}
	c.set(w.tensors(k))
	return c, nil
}

func (c *RNNCell) set(t [4]*tensor.Tensor) {
	c.WeightIH, c.WeightHH, c.BiasIH, c.BiasHH = t[0], t[1], t[2], t[3]
}

func (c *RNNCell) weights(op string) (kind, weights, error) {
	if c == nil {
		return 0, weights{}, nilCell(op)
	}
	k, err := parseNonlinearity(op, "Nonlinearity", c.Nonlinearity)
	if err != nil {
		return 0, weights{}, err
	}
	w, err := cellWeights(op, k, c.WeightIH, c.WeightHH, c.BiasIH, c.BiasHH)
	return k, w, err
}

// Step runs the cell on x [B I] from h [B H] (nil means zeros) and returns
// h' [B H]; an unbatched x [I] takes h [H] and gives [H]. Errors are as for
// LSTMCell.Step.
func (c *RNNCell) Step(x, h *tensor.Tensor) (*tensor.Tensor, error) {
	const op = "RNNCell.Step"
	k, w, err := c.weights(op)
	if err != nil {
		return nil, err
	}
	p, unbatched, err := cellStep(op, k, &w, x, h, nil)
	if err != nil {
		return nil, err
	}
	return stepTensor(p.hAt(0), p.B, p.H, unbatched), nil
}

// Backward returns the gradients of one step at (x, h) given ∂L/∂h' (nil
// means zero); see LSTMCell.Backward.
func (c *RNNCell) Backward(x, h, dH *tensor.Tensor) (CellGradients, error) {
	const op = "RNNCell.Backward"
	k, w, err := c.weights(op)
	if err != nil {
		return CellGradients{}, err
	}
	return cellBackward(op, k, &w, x, h, nil, dH, nil)
}

// StateDict returns the parameters under PyTorch's names weight_ih [H I],
// weight_hh [H H], bias_ih [H] and bias_hh [H].
func (c *RNNCell) StateDict() map[string]*tensor.Tensor {
	if c == nil {
		return map[string]*tensor.Tensor{}
	}
	return map[string]*tensor.Tensor{"weight_ih": c.WeightIH, "weight_hh": c.WeightHH, "bias_ih": c.BiasIH, "bias_hh": c.BiasHH}
}

// LoadStateDict replaces the parameters; see LSTMCell.LoadStateDict.
func (c *RNNCell) LoadStateDict(sd map[string]*tensor.Tensor) error {
	const op = "RNNCell.LoadStateDict"
	k, w, err := c.weights(op)
	if err != nil {
		return err
	}
	t, err := loadCell(op, k, w, sd)
	if err != nil {
		return err
	}
	c.set(t)
	return nil
}
