package rnn

// The LSTM step, as torch.nn.LSTMCell (Hochreiter & Schmidhuber 1997 with a
// forget gate, Gers et al. 2000). The four gate blocks are stacked i, f, g, o
// in W_ih (4H×I), W_hh (4H×H), b_ih and b_hh:
//
//	i  = σ(W_ii·x + b_ii + W_hi·h + b_hi)     input gate: how much of g to write
//	f  = σ(W_if·x + b_if + W_hf·h + b_hf)     forget gate: how much of c to keep
//	g  = tanh(W_ig·x + b_ig + W_hg·h + b_hg)  candidate values
//	o  = σ(W_io·x + b_io + W_ho·h + b_ho)     output gate: how much of c to show
//	c' = f ⊙ c + i ⊙ g
//	h' = o ⊙ tanh(c')
//
// The cell state c' is updated additively, so ∂c'/∂c = f: when the forget
// gate stays near 1 the gradient flows back through many steps without
// shrinking, which is why an LSTM remembers where a vanilla RNN forgets.
//
// Backward, given ∂L/∂h' and the gradient ∂L/∂c' arriving from the next step:
//
//	δc  = ∂L/∂c' + ∂L/∂h' ⊙ o ⊙ (1 − tanh²(c'))
//	δo  = ∂L/∂h' ⊙ tanh(c') ⊙ o(1−o)
//	δi  = δc ⊙ g ⊙ i(1−i)
//	δf  = δc ⊙ c ⊙ f(1−f)
//	δg  = δc ⊙ i ⊙ (1−g²)
//	∂L/∂c = δc ⊙ f
//
// where δ· is the gradient of the gate's pre-activation.

// lstmForward runs one step for a batch of B rows: pre = W_ih·x + b_ih and
// gh = W_hh·h + b_hh are [B, 4H]; cPrev is [B, H]. It writes the gates
// (i, f, g, o stacked, [B, 4H]) to act, the new cell state to c and the new
// hidden state to h.
func lstmForward(B, H int, pre, gh, cPrev, act, c, h []float64) {
	G := 4 * H
	for b := 0; b < B; b++ {
		p, q, a := pre[b*G:(b+1)*G], gh[b*G:(b+1)*G], act[b*G:(b+1)*G]
		for j := 0; j < H; j++ {
			i := sigmoid(p[j] + q[j])
			f := sigmoid(p[H+j] + q[H+j])
			g := tanhf(p[2*H+j] + q[2*H+j])
			o := sigmoid(p[3*H+j] + q[3*H+j])
			a[j], a[H+j], a[2*H+j], a[3*H+j] = i, f, g, o
			cj := f*cPrev[b*H+j] + i*g
			c[b*H+j] = cj
			h[b*H+j] = o * tanhf(cj)
		}
	}
}

// lstmBackward runs one step backwards. act, cPrev and c are the step's
// gates and cell states; dh is ∂L/∂h'. dc holds ∂L/∂c' on entry and ∂L/∂c
// (for the previous step) on return. It writes the pre-activation gradients
// (δi, δf, δg, δo stacked, [B, 4H]) to da.
func lstmBackward(B, H int, act, cPrev, c, dh, dc, da []float64) {
	G := 4 * H
	for b := 0; b < B; b++ {
		a, d := act[b*G:(b+1)*G], da[b*G:(b+1)*G]
		for j := 0; j < H; j++ {
			k := b*H + j
			i, f, g, o := a[j], a[H+j], a[2*H+j], a[3*H+j]
			tc := tanhf(c[k])
			dct := dc[k] + dh[k]*o*(1-tc*tc)
			d[j] = dct * g * i * (1 - i)
			d[H+j] = dct * cPrev[k] * f * (1 - f)
			d[2*H+j] = dct * i * (1 - g*g)
			d[3*H+j] = dh[k] * tc * o * (1 - o)
			dc[k] = dct * f
		}
	}
}
