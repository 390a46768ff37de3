package rnn

// The GRU step, as torch.nn.GRUCell (Cho et al. 2014, with PyTorch's
// placement of the reset gate). The three gate blocks are stacked r, z, n:
//
//	r  = σ(W_ir·x + b_ir + W_hr·h + b_hr)          reset gate
//	z  = σ(W_iz·x + b_iz + W_hz·h + b_hz)          update gate
//	n  = tanh(W_in·x + b_in + r ⊙ (W_hn·h + b_hn))  candidate
//	h' = (1 − z) ⊙ n + z ⊙ h
//
// A GRU is a streamlined LSTM: no separate cell state, and one update gate z
// doing the work of the LSTM's input and forget gates. Like c' in an LSTM,
// h' keeps a copy of h scaled by z, so gradients flow back through z ⊙ h.
//
// Backward, given ∂L/∂h', with hn = W_hn·h + b_hn kept from the forward pass:
//
//	δn = ∂L/∂h' ⊙ (1 − z) ⊙ (1 − n²)       pre-activation of n, input side
//	δhn = δn ⊙ r                           gradient of W_hn·h + b_hn
//	δr = δn ⊙ hn ⊙ r(1−r)
//	δz = ∂L/∂h' ⊙ (h − n) ⊙ z(1−z)
//	∂L/∂h = ∂L/∂h' ⊙ z + (terms through W_hh, added by the caller)

// gruForward runs one step for B rows: pre = W_ih·x + b_ih and
// gh = W_hh·h + b_hh are [B, 3H]; hPrev is [B, H]. It writes the gates
// (r, z, n stacked, [B, 3H]) to act, hn = W_hn·h + b_hn ([B, H]) to ghn and
// the new hidden state to h.
func gruForward(B, H int, pre, gh, hPrev, act, ghn, h []float64) {
	G := 3 * H
	for b := 0; b < B; b++ {
		p, q, a := pre[b*G:(b+1)*G], gh[b*G:(b+1)*G], act[b*G:(b+1)*G]
		for j := 0; j < H; j++ {
			r := sigmoid(p[j] + q[j])
			z := sigmoid(p[H+j] + q[H+j])
			hn := q[2*H+j]
			n := tanhf(p[2*H+j] + r*hn)
			a[j], a[H+j], a[2*H+j] = r, z, n
			ghn[b*H+j] = hn
			k := b*H + j
			h[k] = (1-z)*n + z*hPrev[k]
		}
	}
}

// gruBackward runs one step backwards: act, ghn and hPrev are the step's
// gates, W_hn·h + b_hn and input state; dh is ∂L/∂h'. It writes the
// gradients of the input-side pre-activations (W_ih·x + b_ih) to dx, those of
// the hidden-side ones (W_hh·h + b_hh) to dgh (both [B, 3H]), and the direct
// part of ∂L/∂h, ∂L/∂h' ⊙ z, to dhDirect.
func gruBackward(B, H int, act, ghn, hPrev, dh, dx, dgh, dhDirect []float64) {
	G := 3 * H
	for b := 0; b < B; b++ {
		a, ex, eh := act[b*G:(b+1)*G], dx[b*G:(b+1)*G], dgh[b*G:(b+1)*G]
		for j := 0; j < H; j++ {
			k := b*H + j
			r, z, n := a[j], a[H+j], a[2*H+j]
			dn := dh[k] * (1 - z) * (1 - n*n)
			dr := dn * ghn[k] * r * (1 - r)
			dz := dh[k] * (hPrev[k] - n) * z * (1 - z)
			ex[j], ex[H+j], ex[2*H+j] = dr, dz, dn
			eh[j], eh[H+j], eh[2*H+j] = dr, dz, dn*r
			dhDirect[k] = dh[k] * z
		}
	}
}
