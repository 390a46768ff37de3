package rnn

// weights are the parameters of one layer and direction, row-major, as in
// PyTorch: WeightIH is [G·H, in], WeightHH is [G·H, H], the biases [G·H],
// where G is the number of gate blocks (1, 4 or 3).
type weights struct {
	in, hid  int
	wih, whh []float64
	bih, bhh []float64
}

func newWeights(k kind, in, hid int) weights {
	g := k.gates() * hid
	return weights{in: in, hid: hid,
		wih: make([]float64, g*in), whh: make([]float64, g*hid),
		bih: make([]float64, g), bhh: make([]float64, g)}
}

// pass is one direction of one layer run over a sequence: everything the
// forward recurrence computed that backpropagation through time and the gate
// trace need. Arrays are indexed by step s, the order the recurrence ran in;
// the reverse direction visits time position t = T-1-s at step s.
type pass struct {
	k       kind
	T, B, H int
	reverse bool
	act     []float64 // [T, B, G·H] gate activations (h' itself for an RNN)
	ghn     []float64 // [T, B, H] W_hn·h + b_hn (GRU only)
	h       []float64 // [T+1, B, H]: h[0] = h0, h[s+1] = state after step s
	c       []float64 // [T+1, B, H] cell states (LSTM only)
}

// pos is the time position processed at step s.
func (p *pass) pos(s int) int {
	if p.reverse {
		return p.T - 1 - s
	}
	return s
}

// hAt returns the hidden state written at step s, [B, H].
func (p *pass) hAt(s int) []float64 { n := p.B * p.H; return p.h[(s+1)*n : (s+2)*n] }

// forwardPass runs the recurrence over x ([T, B, in], row-major) from h0 (and
// c0 for an LSTM), both [B, H]. As in PyTorch's CPU implementation, the
// input projection W_ih·x_t + b_ih of every step is one GEMM over the whole
// sequence, [T·B, in]·[in, G·H]; only the recurrent product W_hh·h, which
// depends on the previous step, runs inside the loop.
func forwardPass(k kind, w *weights, x []float64, T, B int, reverse bool, h0, c0 []float64) *pass {
	H, in := w.hid, w.in
	G := k.gates() * H
	n := B * H
	p := &pass{k: k, T: T, B: B, H: H, reverse: reverse,
		act: make([]float64, T*B*G), h: make([]float64, (T+1)*n)}
	copy(p.h, h0)
	if k == kindGRU {
		p.ghn = make([]float64, T*n)
	}
	if k.hasCell() {
		p.c = make([]float64, (T+1)*n)
		copy(p.c, c0)
	}

	// gonum's kernel for A·B is faster than for A·Bᵀ, so the weights are
	// transposed once here rather than in every step's product.
	wihT, whhT := transpose(w.wih, G, in), transpose(w.whh, G, H)
	pre := make([]float64, T*B*G) // W_ih·x + b_ih for every step at once
	gemm(false, false, T*B, G, in, 1, x, in, wihT, G, 0, pre, G)
	addRowVector(pre, T*B, w.bih)

	gh := make([]float64, B*G) // W_hh·h + b_hh for the current step
	for s := 0; s < T; s++ {
		t := p.pos(s)
		hPrev, hNext := p.h[s*n:(s+1)*n], p.h[(s+1)*n:(s+2)*n]
		for b := 0; b < B; b++ {
			copy(gh[b*G:(b+1)*G], w.bhh)
		}
		gemm(false, false, B, G, H, 1, hPrev, H, whhT, G, 1, gh, G)
		preT, act := pre[t*B*G:(t+1)*B*G], p.act[s*B*G:(s+1)*B*G]
		switch k {
		case kindLSTM:
			lstmForward(B, H, preT, gh, p.c[s*n:(s+1)*n], act, p.c[(s+1)*n:(s+2)*n], hNext)
		case kindGRU:
			gruForward(B, H, preT, gh, hPrev, act, p.ghn[s*n:(s+1)*n], hNext)
		default:
			rnnForward(k, preT, gh, hNext)
			copy(act, hNext)
		}
	}
	return p
}
