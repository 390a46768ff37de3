package rnn

import (
	"math/rand/v2"

	"github.com/chalk-ml/chalk/tensor"
)

// GRUCell is one GRU step, like torch.nn.GRUCell:
//
//	r  = σ(W_ir·x + b_ir + W_hr·h + b_hr)
//	z  = σ(W_iz·x + b_iz + W_hz·h + b_hz)
//	n  = tanh(W_in·x + b_in + r ⊙ (W_hn·h + b_hn))
//	h' = (1 − z) ⊙ n + z ⊙ h
//
// The three gate blocks are stacked r, z, n, each H rows. Sizes are read
// from WeightIH ([3H I]).
type GRUCell struct {
	WeightIH *tensor.Tensor // W_ih [3H I]: rows W_ir, W_iz, W_in
	WeightHH *tensor.Tensor // W_hh [3H H]: rows W_hr, W_hz, W_hn
	BiasIH   *tensor.Tensor // b_ih [3H]
	BiasHH   *tensor.Tensor // b_hh [3H]
}

// GRUStep is everything one GRU step computed, each [B H] (or [H]): the
// reset gate R, the update gate Z, the candidate N and the new state H.
type GRUStep struct {
	R, Z, N, H *tensor.Tensor
}

// NewGRUCell returns a cell with every parameter drawn from U(−1/√H, 1/√H)
// using rng. It returns a *ConfigError for sizes below 1 or a nil rng.
func NewGRUCell(inputSize, hiddenSize int, rng *rand.Rand) (*GRUCell, error) {
	w, err := newCellWeights("NewGRUCell", kindGRU, inputSize, hiddenSize, rng)
	if err != nil {
		return nil, err
	}
	c := &GRUCell{}
	c.set(w.tensors(kindGRU))
	return c, nil
}

func (c *GRUCell) set(t [4]*tensor.Tensor) {
	c.WeightIH, c.WeightHH, c.BiasIH, c.BiasHH = t[0], t[1], t[2], t[3]
}

func (c *GRUCell) weights(op string) (weights, error) {
	if c == nil {
		return weights{}, nilCell(op)
	}
	return cellWeights(op, kindGRU, c.WeightIH, c.WeightHH, c.BiasIH, c.BiasHH)
}

// Step runs the cell on x [B I] from h [B H] (nil means zeros) and returns
// the gates and the new state; an unbatched x [I] takes h [H]. Errors are as
// for LSTMCell.Step.
func (c *GRUCell) Step(x, h *tensor.Tensor) (GRUStep, error) {
	const op = "GRUCell.Step"
	w, err := c.weights(op)
	if err != nil {
		return GRUStep{}, err
	}
	p, unbatched, err := cellStep(op, kindGRU, &w, x, h, nil)
	if err != nil {
		return GRUStep{}, err
	}
	st := gruStepOf(p, 0)
	if unbatched {
		for _, t := range []**tensor.Tensor{&st.R, &st.Z, &st.N, &st.H} {
			*t = stepTensor((*t).Data(), 1, p.H, true)
		}
	}
	return st, nil
}

// Backward returns the gradients of one step at (x, h) given ∂L/∂h' (nil
// means zero); see LSTMCell.Backward.
func (c *GRUCell) Backward(x, h, dH *tensor.Tensor) (CellGradients, error) {
	const op = "GRUCell.Backward"
	w, err := c.weights(op)
	if err != nil {
		return CellGradients{}, err
	}
	return cellBackward(op, kindGRU, &w, x, h, nil, dH, nil)
}

// StateDict returns the parameters under PyTorch's names weight_ih [3H I],
// weight_hh [3H H], bias_ih [3H] and bias_hh [3H].
func (c *GRUCell) StateDict() map[string]*tensor.Tensor {
	if c == nil {
		return map[string]*tensor.Tensor{}
	}
	return map[string]*tensor.Tensor{"weight_ih": c.WeightIH, "weight_hh": c.WeightHH, "bias_ih": c.BiasIH, "bias_hh": c.BiasHH}
}

// LoadStateDict replaces the parameters; see LSTMCell.LoadStateDict.
func (c *GRUCell) LoadStateDict(sd map[string]*tensor.Tensor) error {
	const op = "GRUCell.LoadStateDict"
	w, err := c.weights(op)
	if err != nil {
		return err
	}
	t, err := loadCell(op, kindGRU, w, sd)
	if err != nil {
		return err
	}
	c.set(t)
	return nil
}
