package rnn

import (
	"fmt"

	"github.com/chalk-ml/chalk/tensor"
)

// forwardTensors is Forward for every layer type: it checks x, h0 and c0,
// runs the stack and wraps the results as tensors (cn is nil unless LSTM).
func (s *stack) forwardTensors(op string, x, h0, c0 *tensor.Tensor) (out, hn, cn *tensor.Tensor, err error) {
	T, B, xd, err := sequence(op, x, s.in)
	if err != nil {
		return nil, nil, nil, err
	}
	D, H, LD := s.dirs(), s.hid, s.layers*s.dirs()
	if float64(T)*float64(B)*float64(s.k.gates()*H)*float64(LD) > maxParams {
		return nil, nil, nil, &ShapeError{Op: op, Name: "x", Got: x.Shape(),
			Reason: fmt.Sprintf("T·B = %d steps of this model would need more than %d stored gate values", T*B, maxParams),
			Fix:    "split the sequence into shorter chunks (see SplitTime) or the batch into smaller ones"}
	}
	want := []int{LD, B, H}
	sym := "[L*D B H]"
	h0d, err := state(op, "h0", h0, want, sym)
	if err != nil {
		return nil, nil, nil, err
	}
	var c0d []float64
	if s.k.hasCell() {
		if c0d, err = state(op, "c0", c0, want, sym); err != nil {
			return nil, nil, nil, err
		}
	}
	o, h, c := s.forward(xd, T, B, h0d, c0d)
	out, hn = fromData(o, T, B, D*H), fromData(h, LD, B, H)
	if c != nil {
		cn = fromData(c, LD, B, H)
	}
	return out, hn, cn, nil
}

// Gradients are the results of backpropagation through time: the gradient
// of the loss with respect to each input of the last Forward and to every
// parameter.
type Gradients struct {
	X      *tensor.Tensor            // ∂L/∂x, [T B I]
	H0     *tensor.Tensor            // ∂L/∂h0, [L*D B H]
	C0     *tensor.Tensor            // ∂L/∂c0, [L*D B H] (LSTM only, else nil)
	Params map[string]*tensor.Tensor // ∂L/∂θ keyed like StateDict
}

// backwardTensors is BackwardAll for every layer type.
func (s *stack) backwardTensors(op string, dOut, dHn, dCn *tensor.Tensor) (Gradients, error) {
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
