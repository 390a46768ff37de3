package rnn

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

// stack is the engine shared by RNN, LSTM and GRU: NumLayers layers of one or
// two directions, each a recurrence over the previous layer's output, as in
// torch.nn.RNN/LSTM/GRU. Layer l's input is x for l = 0 and otherwise the
// previous layer's output [T, B, D·H], whose first H columns are the forward
// direction and last H the reverse one.
type stack struct {
	k      kind
	in     int // InputSize
	hid    int // HiddenSize
	layers int // NumLayers
	bidir  bool
	w      []weights // [layer·D + direction], PyTorch's order
	last   *run      // the last Forward, for Backward and Trace
}

// run is what one Forward keeps: each layer's input and each direction's pass.
type run struct {
	T, B   int
	w      []weights   // the weights Forward used (LoadStateDict swaps slices, never edits them)
	inputs [][]float64 // [layer] the layer's input, [T, B, in_l]
	passes []*pass     // [layer·D + direction]
}

// dirs is D, the number of directions: 2 if bidirectional, else 1.
func (s *stack) dirs() int {
	if s.bidir {
		return 2
	}
	return 1
}

// layerIn is the input width of layer l: InputSize, then D·H.
func (s *stack) layerIn(l int) int {
	if l == 0 {
		return s.in
	}
	return s.dirs() * s.hid
}

// forward runs every layer over x ([T, B, I]) from h0 and c0 ([L·D, B, H],
// nil for zeros) and returns out [T, B, D·H], hn and cn [L·D, B, H] (cn nil
// unless LSTM). The two directions of a layer are independent, so they run
// concurrently.
func (s *stack) forward(x []float64, T, B int, h0, c0 []float64) (out, hn, cn []float64) {
	D, H := s.dirs(), s.hid
	n := B * H
	r := &run{T: T, B: B, w: slices.Clone(s.w), inputs: make([][]float64, s.layers), passes: make([]*pass, s.layers*D)}
	hn = make([]float64, s.layers*D*n)
	if s.k.hasCell() {
		cn = make([]float64, s.layers*D*n)
	}
	input := x
	for l := 0; l < s.layers; l++ {
		r.inputs[l] = input
		out = make([]float64, T*B*D*H)
		each(D, func(d int) {
			i := l*D + d
			var hi, ci []float64
			if h0 != nil {
				hi = h0[i*n : (i+1)*n]
			}
			if c0 != nil {
				ci = c0[i*n : (i+1)*n]
			}
			p := forwardPass(s.k, &s.w[i], input, T, B, d == 1, hi, ci)
			r.passes[i] = p
			for step := 0; step < T; step++ {
				t, h := p.pos(step), p.hAt(step)
				for b := 0; b < B; b++ {
					copy(out[(t*B+b)*D*H+d*H:], h[b*H:(b+1)*H])
				}
			}
			copy(hn[i*n:], p.hAt(T-1))
			if cn != nil {
				copy(cn[i*n:], p.c[T*n:])
			}
		})
		input = out
	}
	s.last = r
	return out, hn, cn
}

// backward is BPTT through the whole stack for the last forward: given
// ∂L/∂out ([T, B, D·H]) and ∂L/∂hn, ∂L/∂cn ([L·D, B, H], nil for zero) it
// returns ∂L/∂x, ∂L/∂h0, ∂L/∂c0 and the parameter gradients, indexed like w.
// Layers run top to bottom; a layer's ∂L/∂input is the ∂L/∂out of the layer
// below.
func (s *stack) backward(dOut, dHn, dCn []float64) (dx, dh0, dc0 []float64, grads []weights) {
	r := s.last
	D, H, T, B := s.dirs(), s.hid, r.T, r.B
	n := B * H
	grads = make([]weights, len(r.w))
	for i := range r.w {
		grads[i] = newWeights(s.k, r.w[i].in, H)
	}
	dh0 = make([]float64, s.layers*D*n)
	if s.k.hasCell() {
		dc0 = make([]float64, s.layers*D*n)
	}
	for l := s.layers - 1; l >= 0; l-- {
		in := s.layerIn(l)
		dIn := make([]float64, T*B*in)
		parts := make([][]float64, D) // each direction's ∂L/∂input, summed below
		each(D, func(d int) {
			i := l*D + d
			var dhT, dcT []float64
			if dHn != nil {
				dhT = dHn[i*n : (i+1)*n]
			}
			if dCn != nil {
				dcT = dCn[i*n : (i+1)*n]
			}
			part := dIn
			if d > 0 {
				part = make([]float64, T*B*in)
			}
			dh, dc := r.passes[i].backward(&r.w[i], r.inputs[l], dOut, D*H, d*H, dhT, dcT, &grads[i], part)
			parts[d] = part
			copy(dh0[i*n:], dh)
			if dc0 != nil {
				copy(dc0[i*n:], dc)
			}
		})
		for d := 1; d < D; d++ {
			for j, v := range parts[d] {
				dIn[j] += v
			}
		}
		dOut = dIn
	}
	return dOut, dh0, dc0, grads
}

// each calls f(0), ..., f(n-1), concurrently when n > 1.
func each(n int, f func(int)) {
	if n == 1 {
		f(0)
		return
	}
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			f(i)
		}()
	}
	wg.Wait()
}

// engine returns a layer's stack, or nil for a nil layer or a zero value
// such as LSTM{} that was not built by its constructor. The stack methods
// the public API calls turn a nil stack into a *ValueError (or an empty
// result), so such a layer fails with an error instead of a nil-pointer
// panic.
func (m *RNN) engine() *stack {
	if m == nil {
		return nil
	}
	return m.s
}

func (m *LSTM) engine() *stack {
	if m == nil {
		return nil
	}
	return m.s
}

func (m *GRU) engine() *stack {
	if m == nil {
		return nil
	}
	return m.s
}

// unbuilt is the error for a call on a layer that engine found nil; op is
// "LSTM.Forward" and the like.
func unbuilt(op string) error {
	name, _, _ := strings.Cut(op, ".")
	return &ValueError{Op: op, Msg: fmt.Sprintf("the %s is nil or a zero %s{} value; build it with New%s(cfg)", name, name, name)}
}
