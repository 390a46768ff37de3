package rnn

import (
	"fmt"

	"github.com/chalk-ml/chalk/tensor"
)

// SplitTime cuts x [T B I] into consecutive windows of k steps along time
// (the last may be shorter), views that share x's elements. It is the first
// half of truncated backpropagation through time: run Forward on each
// window starting from the previous window's final state, and Backward with
// dHn (and dCn) nil, so gradients flow back at most k steps while the state,
// and with it the memory, is carried across the whole sequence:
//
//	s := rnn.State{}
//	for _, w := range windows {
//		out, next, _ := layer.ForwardState(w, s)   // carried state
//		... loss on out, dOut ...
//		g, _ := layer.BackwardState(dOut, rnn.State{}) // truncated: no gradient from later windows
//		... optimizer step with g.Params ...
//		s = next
//	}
//
// Memory and time per update are O(k) instead of O(T). It returns a
// *ConfigError if k < 1 and a *ShapeError if x is not 3-D.
func SplitTime(x *tensor.Tensor, k int) ([]*tensor.Tensor, error) {
	const op = "SplitTime"
	if x == nil {
		return nil, nilError(op, "x")
	}
	if k < 1 {
		return nil, &ConfigError{Op: op, Field: "k", Reason: fmt.Sprintf("the window must be at least 1 step, got %d", k)}
	}
	s := x.Shape()
	if len(s) != 3 {
		return nil, &ShapeError{Op: op, Name: "x", Got: s, Want: "[T B I]", Reason: "windows are cut along the time dim of a sequence batch"}
	}
	var out []*tensor.Tensor
	for t := 0; t < s[0]; t += k {
		w, err := x.Narrow(0, t, min(k, s[0]-t))
		if err != nil {
			return nil, err
		}
		out = append(out, w)
	}
	return out, nil
}
