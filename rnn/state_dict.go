package rnn

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/chalk-ml/chalk/tensor"
)

// A state dict maps PyTorch's parameter names to tensors, so weights move
// between chalk and torch.nn by name:
//
//	cells:  weight_ih [G*H I], weight_hh [G*H H], bias_ih [G*H], bias_hh [G*H]
//	layers: weight_ih_l{k}[_reverse], weight_hh_l{k}[_reverse],
//	        bias_ih_l{k}[_reverse], bias_hh_l{k}[_reverse]
//
// where G is 1 (RNN), 4 (LSTM: i, f, g, o) or 3 (GRU: r, z, n), layer k > 0
// reads the D*H-wide output of layer k-1, and _reverse marks the backward
// direction of a bidirectional layer. In Python,
// {k: v.tolist() for k, v in lstm.state_dict().items()} gives the values.

// paramNames are the four parameter kinds in PyTorch's order.
var paramNames = [4]string{"weight_ih", "weight_hh", "bias_ih", "bias_hh"}

// suffix is the state-dict suffix of layer l, direction d ("_l1_reverse").
func suffix(l, d int) string {
	s := fmt.Sprintf("_l%d", l)
	if d == 1 {
		s += "_reverse"
	}
	return s
}

// tensors returns w's four parameters as tensors in paramNames order.
func (w *weights) tensors(k kind) [4]*tensor.Tensor {
	g := k.gates() * w.hid
	return [4]*tensor.Tensor{
		fromData(w.wih, g, w.in), fromData(w.whh, g, w.hid),
		fromData(w.bih, g), fromData(w.bhh, g)}
}

// params returns pointers to w's four parameter slices in paramNames order.
func (w *weights) params() [4]*[]float64 { return [4]*[]float64{&w.wih, &w.whh, &w.bih, &w.bhh} }

// shapes returns the four parameter shapes in paramNames order.
func (w *weights) shapes(k kind) [4][]int {
	g := k.gates() * w.hid
	return [4][]int{{g, w.in}, {g, w.hid}, {g}, {g}}
}

// dict names ws (one per layer and direction, like s.w) as a state dict.
func (s *stack) dict(ws []weights) map[string]*tensor.Tensor {
	m := make(map[string]*tensor.Tensor, 4*len(ws))
	for i := range ws {
		l, d := i/s.dirs(), i%s.dirs()
		for j, t := range ws[i].tensors(s.k) {
			m[paramNames[j]+suffix(l, d)] = t
		}
	}
	return m
}

// load checks sd against the model's names and shapes and, only if all of it
// fits, copies it into ws. names[i][j] is the name of parameter j of ws[i].
func load(op string, k kind, ws []weights, names [][4]string, sd map[string]*tensor.Tensor) error {
	if sd == nil {
		return &ValueError{Op: op, Msg: "the state dict is nil; pass the map StateDict returns, or one built from PyTorch's state_dict()"}
	}
	expected := make(map[string]bool, 4*len(ws))
	for i := range ws {
		for _, n := range names[i] {
			expected[n] = true
		}
	}
	var extra []string
	for n := range sd {
		if !expected[n] {
			extra = append(extra, n)
		}
	}
	if len(extra) > 0 {
		sort.Strings(extra)
		known := make([]string, 0, len(expected))
		for n := range expected {
			known = append(known, n)
		}
		sort.Strings(known)
		return &StateDictError{Op: op, Name: extra[0], Got: shapeOf(sd[extra[0]]),
			Reason: fmt.Sprintf("unexpected name: this %s has exactly %s (check NumLayers, Bidirectional and spelling)", k.name(), strings.Join(known, ", "))}
	}
	data := make([][4][]float64, len(ws))
	for i := range ws {
		for j, n := range names[i] {
			want := ws[i].shapes(k)[j]
			t, ok := sd[n]
			if !ok {
				return &StateDictError{Op: op, Name: n, Want: want, Reason: fmt.Sprintf("missing: the model needs a %v tensor under this name", want)}
			}
			if t == nil {
				return &StateDictError{Op: op, Name: n, Want: want, Reason: fmt.Sprintf("the tensor is nil; pass a %v tensor", want)}
			}
			if got := t.Shape(); !slices.Equal(got, want) {
				return &StateDictError{Op: op, Name: n, Got: got, Want: want,
					Reason: fmt.Sprintf("shape is %v but the model needs %v", got, want)}
			}
			d := t.Data()
			if i := firstNonFinite(d); i >= 0 {
				return &StateDictError{Op: op, Name: n, Got: t.Shape(), Want: want,
					Reason: fmt.Sprintf("element %d is %v; parameters must be finite", i, d[i])}
			}
			data[i][j] = d
		}
	}
	for i := range ws {
		for j, p := range ws[i].params() {
			*p = data[i][j]
		}
	}
	return nil
}

// layerNames are the state-dict names of s, indexed like s.w.
func (s *stack) layerNames() [][4]string {
	names := make([][4]string, len(s.w))
	for i := range s.w {
		for j, p := range paramNames {
			names[i][j] = p + suffix(i/s.dirs(), i%s.dirs())
		}
	}
	return names
}

// stateDict is StateDict; an unbuilt layer (nil stack) has no parameters.
func (s *stack) stateDict() map[string]*tensor.Tensor {
	if s == nil {
		return map[string]*tensor.Tensor{}
	}
	return s.dict(s.w)
}

func (s *stack) loadStateDict(op string, sd map[string]*tensor.Tensor) error {
	if s == nil {
		return unbuilt(op)
	}
	return load(op, s.k, s.w, s.layerNames(), sd)
}

func shapeOf(t *tensor.Tensor) []int {
	if t == nil {
		return nil
	}
	return t.Shape()
}
