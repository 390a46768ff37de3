package rnn

// backward is backpropagation through time for one direction of one layer.
//
// dOut holds ∂L/∂out for the layer's whole output, [T, B, ldOut], of which
// this direction's hidden states are the H columns starting at col. dhT and
// dcT are ∂L/∂h and ∂L/∂c of the final state (nil means zero). x is the
// layer input the forward pass saw, [T, B, in].
//
// Walking the steps backwards, each step turns ∂L/∂h' (from the output plus
// from the next step) into gate pre-activation gradients δ (see
// lstm_equations.go, gru_equations.go, rnn_equations.go), then
//
//	∂L/∂h      = δ_hᵀ·W_hh (+ the GRU's direct z ⊙ ∂L/∂h')      one GEMM per step
//	∂L/∂W_hh  += Σ_t δ_h,tᵀ·h_{t-1}                           one GEMM after the loop
//	∂L/∂W_ih  += Σ_t δ_x,tᵀ·x_t                               one GEMM after the loop
//	∂L/∂b_ih  += Σ_t δ_x,t,   ∂L/∂b_hh += Σ_t δ_h,t
//	∂L/∂x_t   += δ_x,t·W_ih                                   one GEMM after the loop
//
// where δ_x and δ_h are the gradients of W_ih·x + b_ih and W_hh·h + b_hh
// (equal except for the GRU's candidate n). Gradients are added to g and dx,
// so both directions of a bidirectional layer can share them. It returns
// ∂L/∂h0 and ∂L/∂c0.
func (p *pass) backward(w *weights, x, dOut []float64, ldOut, col int, dhT, dcT []float64, g *weights, dx []float64) (dh0, dc0 []float64) {
	T, B, H := p.T, p.B, p.H
	G := p.k.gates() * H
	n := B * H
	dGx := make([]float64, T*B*G) // δ_x by time position, to meet x's rows
	dGh := make([]float64, T*B*G) // δ_h by step, to meet h[s]'s rows
	dh := make([]float64, n)
	dhNext := make([]float64, n)
	copy(dhNext, dhT)
	var dc []float64
	if p.k.hasCell() {
		dc = make([]float64, n)
		copy(dc, dcT)
	}
	for s := T - 1; s >= 0; s-- {
		t := p.pos(s)
		for b := 0; b < B; b++ {
			row := dOut[(t*B+b)*ldOut+col:]
			for j := 0; j < H; j++ {
				dh[b*H+j] = row[j] + dhNext[b*H+j]
			}
		}
		ex, eh := dGx[t*B*G:(t+1)*B*G], dGh[s*B*G:(s+1)*B*G]
		act := p.act[s*B*G : (s+1)*B*G]
		beta := 0.0
		switch p.k {
		case kindLSTM:
			lstmBackward(B, H, act, p.c[s*n:(s+1)*n], p.c[(s+1)*n:(s+2)*n], dh, dc, ex)
			copy(eh, ex)
		case kindGRU:
			gruBackward(B, H, act, p.ghn[s*n:(s+1)*n], p.h[s*n:(s+1)*n], dh, ex, eh, dhNext)
			beta = 1 // keep the direct z ⊙ ∂L/∂h' term
		default:
			rnnBackward(p.k, act, dh, ex)
			copy(eh, ex)
		}
		gemm(false, false, B, H, G, 1, eh, G, w.whh, H, beta, dhNext, H)
	}
	in := w.in
	gemm(true, false, G, in, T*B, 1, dGx, G, x, in, 1, g.wih, in)
	gemm(true, false, G, H, T*B, 1, dGh, G, p.h[:T*n], H, 1, g.whh, H)
	addColumnSums(g.bih, dGx, T*B)
	addColumnSums(g.bhh, dGh, T*B)
	gemm(false, false, T*B, in, G, 1, dGx, G, w.wih, in, 1, dx, in)
	return dhNext, dc
}
