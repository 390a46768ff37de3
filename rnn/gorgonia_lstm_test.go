package rnn

import (
	"fmt"

	G "gorgonia.org/gorgonia"
	gt "gorgonia.org/tensor"

	"github.com/chalk-ml/chalk/tensor"
)

// gorgoniaLSTM is a one-layer LSTM over T steps built as a gorgonia graph,
// gate by gate from the same equations, for the cross-check and benchmark:
//
//	i, f, g, o = σ, σ, tanh, σ (x_t·W_iqᵀ + b_iq + h·W_hqᵀ + b_hq)
//	c = f⊙c + i⊙g,  h = o⊙tanh(c)
//	L = Σ_t Σ h_t⊙R_t + Σ h_T⊙S + Σ c_T⊙U
//
// Each gate block q of chalk's stacked weights becomes its own node, stored
// transposed ([I H], [H H]) so a step is x·W.
type gorgoniaLSTM struct {
	g          *G.ExprGraph
	vm         G.VM
	wx, wh     [4]*G.Node // W_iqᵀ [I H], W_hqᵀ [H H]
	bx, bh     [4]*G.Node // [1 H]
	xs         []*G.Node  // [B I] per step
	h0, c0     *G.Node
	cost       *G.Node
	T, B, I, H int
}

// newGorgoniaLSTM builds the graph for the weights in sd (PyTorch names,
// layer 0), inputs x [T B I], h0, c0 [1 B H] and loss weights R [T B H],
// S, U [1 B H].
func newGorgoniaLSTM(sd map[string]*tensor.Tensor, x, h0, c0, R, S, U *tensor.Tensor) (*gorgoniaLSTM, error) {
	s := x.Shape()
	T, B, I := s[0], s[1], s[2]
	H := sd["weight_hh_l0"].Shape()[1]
	m := &gorgoniaLSTM{g: G.NewGraph(), T: T, B: B, I: I, H: H}
	mat := func(name string, rows, cols int, data []float64) *G.Node {
		return G.NewMatrix(m.g, G.Float64, G.WithName(name), G.WithShape(rows, cols),
			G.WithValue(gt.New(gt.WithShape(rows, cols), gt.WithBacking(data))))
	}
	// block returns rows [q*H, (q+1)*H) of a [4H n] weight, transposed to [n H].
	block := func(w *tensor.Tensor, q int) []float64 {
		n := w.Shape()[1]
		d := w.Data()
		out := make([]float64, n*H)
		for r := 0; r < H; r++ {
			for c := 0; c < n; c++ {
				out[c*H+r] = d[(q*H+r)*n+c]
			}
		}
		return out
	}
	for q := 0; q < 4; q++ {
		m.wx[q] = mat(fmt.Sprintf("wx%d", q), I, H, block(sd["weight_ih_l0"], q))
		m.wh[q] = mat(fmt.Sprintf("wh%d", q), H, H, block(sd["weight_hh_l0"], q))
		m.bx[q] = mat(fmt.Sprintf("bx%d", q), 1, H, sd["bias_ih_l0"].Data()[q*H:(q+1)*H])
		m.bh[q] = mat(fmt.Sprintf("bh%d", q), 1, H, sd["bias_hh_l0"].Data()[q*H:(q+1)*H])
	}
	xd, rd := x.Data(), R.Data()
	m.h0 = mat("h0", B, H, h0.Data())
	m.c0 = mat("c0", B, H, c0.Data())
	h, c := m.h0, m.c0
	var terms []*G.Node
	for t := 0; t < T; t++ {
		xt := mat(fmt.Sprintf("x%d", t), B, I, xd[t*B*I:(t+1)*B*I])
		m.xs = append(m.xs, xt)
		var gates [4]*G.Node
		for q := 0; q < 4; q++ {
			a, err := G.Add(G.Must(G.Mul(xt, m.wx[q])), G.Must(G.Mul(h, m.wh[q])))
			if err != nil {
				return nil, err
			}
			a = G.Must(G.BroadcastAdd(a, m.bx[q], nil, []byte{0}))
			a = G.Must(G.BroadcastAdd(a, m.bh[q], nil, []byte{0}))
			if q == 2 {
				gates[q] = G.Must(G.Tanh(a))
			} else {
				gates[q] = G.Must(G.Sigmoid(a))
			}
		}
		c = G.Must(G.Add(G.Must(G.HadamardProd(gates[1], c)), G.Must(G.HadamardProd(gates[0], gates[2]))))
		h = G.Must(G.HadamardProd(gates[3], G.Must(G.Tanh(c))))
		rt := mat(fmt.Sprintf("r%d", t), B, H, rd[t*B*H:(t+1)*B*H])
		terms = append(terms, G.Must(G.Sum(G.Must(G.HadamardProd(h, rt)))))
	}
	terms = append(terms,
		G.Must(G.Sum(G.Must(G.HadamardProd(h, mat("S", B, H, S.Data()))))),
		G.Must(G.Sum(G.Must(G.HadamardProd(c, mat("U", B, H, U.Data()))))))
	cost := terms[0]
	for _, t := range terms[1:] {
		cost = G.Must(G.Add(cost, t))
	}
	m.cost = cost
	wrt := m.wrt()
	if _, err := G.Grad(cost, wrt...); err != nil {
		return nil, err
	}
	m.vm = G.NewTapeMachine(m.g, G.BindDualValues(wrt...))
	return m, nil
}

// wrt lists the nodes whose gradients are compared: every parameter, h0,
// c0 and each x_t.
func (m *gorgoniaLSTM) wrt() G.Nodes {
	var n G.Nodes
	for q := 0; q < 4; q++ {
		n = append(n, m.wx[q], m.wh[q], m.bx[q], m.bh[q])
	}
	n = append(n, m.h0, m.c0)
	return append(n, m.xs...)
}

// run does one forward and backward pass.
func (m *gorgoniaLSTM) run() error {
	defer m.vm.Reset()
	return m.vm.RunAll()
}

// grads returns the gradients in chalk's layout: PyTorch-named parameters
// (gate blocks restacked, weights transposed back), "x", "h0" and "c0".
func (m *gorgoniaLSTM) grads() (map[string][]float64, error) {
	H, I, B := m.H, m.I, m.B
	get := func(n *G.Node) ([]float64, error) {
		v, err := n.Grad()
		if err != nil {
			return nil, err
		}
		return v.Data().([]float64), nil
	}
	out := map[string][]float64{
		"weight_ih_l0": make([]float64, 4*H*I), "weight_hh_l0": make([]float64, 4*H*H),
		"bias_ih_l0": make([]float64, 4*H), "bias_hh_l0": make([]float64, 4*H),
	}
	unblock := func(dst []float64, src []float64, q, n int) {
		for c := 0; c < n; c++ {
			for r := 0; r < H; r++ {
				dst[(q*H+r)*n+c] = src[c*H+r]
			}
		}
	}
	for q := 0; q < 4; q++ {
		for _, p := range []struct {
			node *G.Node
			name string
			n    int
		}{{m.wx[q], "weight_ih_l0", I}, {m.wh[q], "weight_hh_l0", H}} {
			d, err := get(p.node)
			if err != nil {
				return nil, err
			}
			unblock(out[p.name], d, q, p.n)
		}
		for _, p := range []struct {
			node *G.Node
			name string
		}{{m.bx[q], "bias_ih_l0"}, {m.bh[q], "bias_hh_l0"}} {
			d, err := get(p.node)
			if err != nil {
				return nil, err
			}
			copy(out[p.name][q*H:], d)
		}
	}
	var err error
	if out["h0"], err = get(m.h0); err != nil {
		return nil, err
	}
	if out["c0"], err = get(m.c0); err != nil {
		return nil, err
	}
	x := make([]float64, 0, m.T*B*I)
	for _, n := range m.xs {
		d, err := get(n)
		if err != nil {
			return nil, err
		}
		x = append(x, d...)
	}
	out["x"] = x
	return out, nil
}

// costValue is the loss of the last run.
func (m *gorgoniaLSTM) costValue() float64 { return m.cost.Value().Data().(float64) }
