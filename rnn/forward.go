package rnn

import (
	"fmt"

	"github.com/chalk-ml/chalk/tensor"
)

// forwardTensors is Forward for every layer type: it checks x, h0 and c0,
// runs the stack and wraps the results as tensors (cn is nil unless LSTM).
func (s *stack) forwardTensors(op string, x, h0, c0 *tensor.Tensor) (out, hn, cn *tensor.Tensor, err error) {
	if s == nil {
		return nil, nil, nil, unbuilt(op)
	}
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
