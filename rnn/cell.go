package rnn

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"

	"github.com/chalk-ml/chalk/tensor"
)

// The three cells share one engine: a cell step is a one-layer,
// one-direction pass over a sequence of length 1, so cells and layers run
// exactly the same arithmetic.

// cellWeights validates a cell's four exported parameter tensors and returns
// them as engine weights. Sizes come from WeightIH: [G*H I].
func cellWeights(op string, k kind, wih, whh, bih, bhh *tensor.Tensor) (weights, error) {
	G := k.gates()
	ts := [4]*tensor.Tensor{wih, whh, bih, bhh}
	fields := [4]string{"WeightIH", "WeightHH", "BiasIH", "BiasHH"}
	for i, t := range ts {
		if t == nil {
			return weights{}, &ValueError{Op: op, Msg: fields[i] + " is nil; build the cell with its constructor or set all four weight fields"}
		}
	}
	s := wih.Shape()
	if len(s) != 2 || s[0] < G || s[0]%G != 0 || s[1] < 1 {
		return weights{}, &ShapeError{Op: op, Name: "WeightIH", Got: s, Want: fmt.Sprintf("[%d*H I] (gate blocks stacked)", G),
			Reason: fmt.Sprintf("an %s cell stacks %d gate blocks of H rows each", k.name(), G)}
	}
	w := weights{in: s[1], hid: s[0] / G}
	for i, want := range w.shapes(k) {
		if got := ts[i].Shape(); !slices.Equal(got, want) {
			return weights{}, &ShapeError{Op: op, Name: fields[i], Got: got, Want: fmt.Sprint(want),
				Reason: fmt.Sprintf("WeightIH is %v, so H = %d and I = %d", s, w.hid, w.in)}
		}
		d, err := finiteData(op, fields[i], ts[i])
		if err != nil {
			return weights{}, err
		}
		*w.params()[i] = d
	}
	return w, nil
}

// nilCell is the error for a call on a nil cell; op is "LSTMCell.Step" and
// the like.
func nilCell(op string) error {
	name, _, _ := strings.Cut(op, ".")
	return &ValueError{Op: op, Msg: fmt.Sprintf("the %s is nil; build it with New%s", name, name)}
}

// newCellWeights draws a cell's parameters from U(−1/√H, 1/√H) with rng, in
// the order weight_ih, weight_hh, bias_ih, bias_hh.
func newCellWeights(op string, k kind, in, hid int, rng *rand.Rand) (weights, error) {
	if err := checkSizes(op, k, in, hid, "inputSize", "hiddenSize"); err != nil {
		return weights{}, err
	}
	if rng == nil {
		return weights{}, &ConfigError{Op: op, Field: "rng",
			Reason: "is nil; pass rand.New(rand.NewPCG(seed, 0)) from math/rand/v2 so the weights are reproducible"}
	}
	w := newWeights(k, in, hid)
	initUniform(&w, rng)
	return w, nil
}

// cellStep checks x [B I] (or unbatched [I]), h and c [B H] (or [H]; nil
// means zeros) and runs one step. unbatched reports a 1-D x, whose results
// are reshaped back to [H].
func cellStep(op string, k kind, w *weights, x, h, c *tensor.Tensor) (p *pass, unbatched bool, err error) {
	if x == nil {
		return nil, false, nilError(op, "x")
	}
	s := x.Shape()
	B := 1
	switch {
	case len(s) == 1 && s[0] == w.in:
		unbatched = true
	case len(s) == 2 && s[1] == w.in && s[0] >= 1:
		B = s[0]
	default:
		return nil, false, &ShapeError{Op: op, Name: "x", Got: s, Want: fmt.Sprintf("[B I] or [I] with I = %d", w.in),
			Reason: fmt.Sprintf("a cell reads one time step: a batch of input vectors of width %d (the cell's input size)", w.in),
			Fix:    "for a whole sequence [T B I] use a layer (NewLSTM, NewGRU, NewRNN) or loop over x.Select(0, t)"}
	}
	xd, err := finiteData(op, "x", x)
	if err != nil {
		return nil, false, err
	}
	want, sym := []int{B, w.hid}, "[B H]"
	if unbatched {
		want, sym = []int{w.hid}, "[H] (x is unbatched)"
	}
	hd, err := state(op, "h", h, want, sym)
	if err != nil {
		return nil, false, err
	}
	var cd []float64
	if k.hasCell() {
		if cd, err = state(op, "c", c, want, sym); err != nil {
			return nil, false, err
		}
	}
	return forwardPass(k, w, xd, 1, B, false, hd, cd), unbatched, nil
}

// CellGradients are the gradients of one cell step: with respect to its
// inputs x, h (and c for an LSTM) and its parameters, keyed like StateDict.
type CellGradients struct {
	X, H   *tensor.Tensor
	C      *tensor.Tensor // LSTM only, else nil
	Params map[string]*tensor.Tensor
}

// cellBackward recomputes the step for x, h, c and backpropagates dH (and dC)
// through it.
func cellBackward(op string, k kind, w *weights, x, h, c, dH, dC *tensor.Tensor) (CellGradients, error) {
	p, unbatched, err := cellStep(op, k, w, x, h, c)
	if err != nil {
		return CellGradients{}, err
	}
	B, H := p.B, p.H
	want, sym := []int{B, H}, "[B H] (the shape of h')"
	if unbatched {
		want, sym = []int{H}, "[H] (the shape of h')"
	}
	dh, err := state(op, "dH", dH, want, sym)
	if err != nil {
		return CellGradients{}, err
	}
	if dh == nil {
		dh = make([]float64, B*H)
	}
	var dc []float64
	if k.hasCell() {
		if dc, err = state(op, "dC", dC, want, sym); err != nil {
			return CellGradients{}, err
		}
	}
	g := newWeights(k, w.in, H)
	xd := x.Data()
	dx := make([]float64, len(xd))
	dh0, dc0 := p.backward(w, xd, dh, H, 0, nil, dc, &g, dx)
	shape := func(n int) []int {
		if unbatched {
			return []int{n}
		}
		return []int{B, n}
	}
	out := CellGradients{X: fromData(dx, shape(w.in)...), H: fromData(dh0, shape(H)...), Params: cellDict(k, &g)}
	if dc0 != nil {
		out.C = fromData(dc0, shape(H)...)
	}
	return out, nil
}

// cellDict names a cell's parameters weight_ih, weight_hh, bias_ih, bias_hh.
func cellDict(k kind, w *weights) map[string]*tensor.Tensor {
	m := make(map[string]*tensor.Tensor, 4)
	for j, t := range w.tensors(k) {
		m[paramNames[j]] = t
	}
	return m
}

// loadCell checks sd against a cell of w's sizes and returns the four new
// parameter tensors.
func loadCell(op string, k kind, w weights, sd map[string]*tensor.Tensor) ([4]*tensor.Tensor, error) {
	ws := []weights{w}
	if err := load(op, k, ws, [][4]string{paramNames}, sd); err != nil {
		return [4]*tensor.Tensor{}, err
	}
	return ws[0].tensors(k), nil
}

// stepTensor returns rows [B H] of a step as a tensor, or [H] if unbatched.
func stepTensor(data []float64, B, H int, unbatched bool) *tensor.Tensor {
	if unbatched {
		return fromData(data, H)
	}
	return fromData(data, B, H)
}
