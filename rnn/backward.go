package rnn

import "github.com/chalk-ml/chalk/tensor"

// Gradients are the results of backpropagation through time: the gradient
// of the loss with respect to each input of the last successful Forward and to every
// parameter.
type Gradients struct {
	X      *tensor.Tensor            // ∂L/∂x, [T B I]
	H0     *tensor.Tensor            // ∂L/∂h0, [L*D B H]
	C0     *tensor.Tensor            // ∂L/∂c0, [L*D B H] (LSTM only, else nil)
	Params map[string]*tensor.Tensor // ∂L/∂θ keyed like StateDict
}

// backwardTensors is BackwardAll for every layer type.
func (s *stack) backwardTensors(op string, dOut, dHn, dCn *tensor.Tensor) (Gradients, error) {
	if s == nil {
		return Gradients{}, unbuilt(op)
	}
	r := s.last
	if r == nil {
		return Gradients{}, &ValueError{Op: op, Msg: "there is no Forward to differentiate; call Forward first"}
	}
	D, H, LD := s.dirs(), s.hid, s.layers*s.dirs()
	outShape := []int{r.T, r.B, D * H}
	dOutD, err := state(op, "dOut", dOut, outShape, "[T B D*H] (the shape of out)")
	if err != nil {
		return Gradients{}, err
	}
	if dOutD == nil {
		dOutD = make([]float64, r.T*r.B*D*H)
	}
	stShape := []int{LD, r.B, H}
	dHnD, err := state(op, "dHn", dHn, stShape, "[L*D B H] (the shape of hn)")
	if err != nil {
		return Gradients{}, err
	}
	var dCnD []float64
	if s.k.hasCell() {
		if dCnD, err = state(op, "dCn", dCn, stShape, "[L*D B H] (the shape of cn)"); err != nil {
			return Gradients{}, err
		}
	}
	dx, dh0, dc0, grads := s.backward(dOutD, dHnD, dCnD)
	g := Gradients{
		X:      fromData(dx, r.T, r.B, s.in),
		H0:     fromData(dh0, LD, r.B, H),
		Params: s.dict(grads),
	}
	if dc0 != nil {
		g.C0 = fromData(dc0, LD, r.B, H)
	}
	return g, nil
}
