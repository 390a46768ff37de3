package rnn

// The vanilla (Elman) RNN step, as torch.nn.RNNCell:
//
//	a  = W_ih·x + b_ih + W_hh·h + b_hh
//	h' = tanh(a)   or   relu(a)
//
// and its derivative, through the activation only (the matrix products are
// differentiated by the caller with GEMMs):
//
//	∂L/∂a = ∂L/∂h' ⊙ (1 − h'²)        for tanh
//	∂L/∂a = ∂L/∂h' ⊙ [h' > 0]         for relu
//
// Both derivatives are written in terms of the output h', so the forward
// pass only has to keep h'.

// rnnForward computes h' from pre = W_ih·x + b_ih and gh = W_hh·h + b_hh
// (both [B, H], row-major) into h.
func rnnForward(k kind, pre, gh, h []float64) {
	for i := range h {
		a := pre[i] + gh[i]
		if k == kindRNNReLU {
			h[i] = relu(a)
		} else {
			h[i] = tanhf(a)
		}
	}
}

// rnnBackward writes ∂L/∂a into da, given h' and dh = ∂L/∂h'.
func rnnBackward(k kind, h, dh, da []float64) {
	for i, y := range h {
		if k == kindRNNReLU {
			if y > 0 {
				da[i] = dh[i]
			} else {
				da[i] = 0
			}
		} else {
			da[i] = dh[i] * (1 - y*y)
		}
	}
}
