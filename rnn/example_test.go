package rnn_test

import (
	"fmt"
	"math/rand/v2"

	"github.com/chalk-ml/chalk/rnn"
	"github.com/chalk-ml/chalk/tensor"
)

// vec formats a [1 H] or [H] tensor's values with 4 decimals.
func vec(t *tensor.Tensor) string {
	s := "["
	for i, v := range t.Data() {
		if i > 0 {
			s += " "
		}
		s += fmt.Sprintf("%.4f", v)
	}
	return s + "]"
}

// One LSTM step with hand-picked weights: every gate's value is visible.
// With I = H = 1 the four gate blocks are one row each (i, f, g, o).
func ExampleLSTMCell_Step() {
	cell := &rnn.LSTMCell{
		WeightIH: tensor.Must(tensor.FromSlice([]float64{1, -1, 2, 0.5}, 4, 1)), // W_ii, W_if, W_ig, W_io
		WeightHH: tensor.Must(tensor.FromSlice([]float64{0, 0, 0, 0}, 4, 1)),
		BiasIH:   tensor.Must(tensor.FromSlice([]float64{0, 2, 0, 0}, 4)), // forget bias 2: keep c
		BiasHH:   tensor.Must(tensor.Zeros(4)),
	}
	x := tensor.Must(tensor.FromSlice([]float64{1}, 1, 1))
	c := tensor.Must(tensor.FromSlice([]float64{0.5}, 1, 1))
	st, err := cell.Step(x, nil, c)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("i =", vec(st.I), "= σ(1)")
	fmt.Println("f =", vec(st.F), "= σ(-1+2)")
	fmt.Println("g =", vec(st.G), "= tanh(2)")
	fmt.Println("o =", vec(st.O), "= σ(0.5)")
	fmt.Println("c' = f·c + i·g =", vec(st.C))
	fmt.Println("h' = o·tanh(c') =", vec(st.H))
	// Output:
	// i = [0.7311] = σ(1)
	// f = [0.7311] = σ(-1+2)
	// g = [0.9640] = tanh(2)
	// o = [0.6225] = σ(0.5)
	// c' = f·c + i·g = [1.0703]
	// h' = o·tanh(c') = [0.4915]
}

// The gate trace of a forward pass: the forget gate f and the cell state c
// of an LSTM reading a pulse, step by step.
func ExampleLSTM_Trace() {
	m, err := rnn.NewLSTM(rnn.Config{InputSize: 1, HiddenSize: 2, Seed: 7})
	if err != nil {
		fmt.Println(err)
		return
	}
	x := tensor.Must(tensor.FromSlice([]float64{1, 0, 0, 0}, 4, 1, 1)) // [T B I]
	if _, _, _, err := m.Forward(x, nil, nil); err != nil {
		fmt.Println(err)
		return
	}
	for t, st := range m.Trace()[0] { // layer 0, forward direction
		fmt.Printf("t=%d x=%.0f  i=%s f=%s o=%s  c=%s h=%s\n", t, x.Data()[t], vec(st.I), vec(st.F), vec(st.O), vec(st.C), vec(st.H))
	}
	// Output:
	// t=0 x=1  i=[0.6213 0.6703] f=[0.4222 0.4215] o=[0.3941 0.1932]  c=[0.0655 0.1507] h=[0.0258 0.0289]
	// t=1 x=0  i=[0.4512 0.5628] f=[0.5950 0.5180] o=[0.5169 0.2113]  c=[0.1924 0.3638] h=[0.0982 0.0737]
	// t=2 x=0  i=[0.4586 0.5600] f=[0.6098 0.5115] o=[0.5191 0.2109]  c=[0.2833 0.4723] h=[0.1432 0.0928]
	// t=3 x=0  i=[0.4635 0.5578] f=[0.6179 0.5071] o=[0.5194 0.2108]  c=[0.3507 0.5280] h=[0.1750 0.1020]
}

func ExampleGRUCell_Step() {
	cell, err := rnn.NewGRUCell(3, 2, rand.New(rand.NewPCG(1, 0)))
	if err != nil {
		fmt.Println(err)
		return
	}
	x := tensor.Must(tensor.FromSlice([]float64{1, 0, -1}, 3)) // unbatched [I]
	st, err := cell.Step(x, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("r =", vec(st.R))
	fmt.Println("z =", vec(st.Z))
	fmt.Println("n =", vec(st.N))
	fmt.Println("h' = (1-z)·n + z·0 =", vec(st.H))
	// Output:
	// r = [0.4229 0.5884]
	// z = [0.2290 0.3684]
	// n = [-0.7601 -0.2178]
	// h' = (1-z)·n + z·0 = [-0.5860 -0.1375]
}

func ExampleRNNCell_Step() {
	cell := &rnn.RNNCell{
		WeightIH: tensor.Must(tensor.FromSlice([]float64{0.5}, 1, 1)),
		WeightHH: tensor.Must(tensor.FromSlice([]float64{0.9}, 1, 1)),
		BiasIH:   tensor.Must(tensor.Zeros(1)),
		BiasHH:   tensor.Must(tensor.Zeros(1)),
	}
	h := tensor.Must(tensor.Zeros(1, 1))
	for t, v := range []float64{1, 0, 0, 0} {
		var err error
		if h, err = cell.Step(tensor.Must(tensor.FromSlice([]float64{v}, 1, 1)), h); err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("t=%d h=%s\n", t, vec(h))
	}
	// Output:
	// t=0 h=[0.4621]
	// t=1 h=[0.3935]
	// t=2 h=[0.3400]
	// t=3 h=[0.2968]
}

// A two-layer bidirectional LSTM: the output concatenates the forward and
// reverse hidden states; hn holds one final state per layer and direction.
func ExampleNewLSTM_bidirectional() {
	m, err := rnn.NewLSTM(rnn.Config{InputSize: 3, HiddenSize: 4, NumLayers: 2, Bidirectional: true, Seed: 1})
	if err != nil {
		fmt.Println(err)
		return
	}
	x := tensor.Must(tensor.RandN(1, 5, 2, 3)) // T=5, B=2, I=3
	out, hn, cn, err := m.Forward(x, nil, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("out", out.Shape(), "hn", hn.Shape(), "cn", cn.Shape())
	names := []string{}
	for _, n := range []string{"weight_ih_l0", "weight_ih_l1", "weight_ih_l1_reverse", "weight_hh_l1_reverse"} {
		names = append(names, fmt.Sprint(n, m.StateDict()[n].Shape()))
	}
	fmt.Println(names)
	// The reverse direction of the last layer ends at t = 0: hn[3] equals
	// the second half of out[0].
	first := tensor.Must(tensor.Must(out.Select(0, 0)).Narrow(1, 4, 4))
	fmt.Println(tensor.AllClose(first, tensor.Must(hn.Select(0, 3)), 0, 0))
	// Output:
	// out [5 2 8] hn [4 2 4] cn [4 2 4]
	// [weight_ih_l0[16 3] weight_ih_l1[16 8] weight_ih_l1_reverse[16 8] weight_hh_l1_reverse[16 4]]
	// true
}

// Backpropagation through time returns the gradient of every parameter,
// named as in the state dict.
func ExampleGRU_Backward() {
	m, err := rnn.NewGRU(rnn.Config{InputSize: 2, HiddenSize: 3, Seed: 1})
	if err != nil {
		fmt.Println(err)
		return
	}
	x := tensor.Must(tensor.RandN(2, 6, 4, 2))
	out, _, err := m.Forward(x, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	// L = Σ out, so ∂L/∂out is all ones.
	dX, grads, err := m.Backward(tensor.Must(tensor.Ones(out.Shape()...)), nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("dX", dX.Shape())
	for _, n := range []string{"weight_ih_l0", "weight_hh_l0", "bias_ih_l0", "bias_hh_l0"} {
		fmt.Println(n, grads[n].Shape())
	}
	// Output:
	// dX [6 4 2]
	// weight_ih_l0 [9 2]
	// weight_hh_l0 [9 3]
	// bias_ih_l0 [9]
	// bias_hh_l0 [9]
}

// Weights move from PyTorch by name: in Python,
// {k: v.tolist() for k, v in torch.nn.RNN(1, 1).state_dict().items()}.
func ExampleRNN_LoadStateDict() {
	m, err := rnn.NewRNN(rnn.Config{InputSize: 1, HiddenSize: 1})
	if err != nil {
		fmt.Println(err)
		return
	}
	one := func(v float64, shape ...int) *tensor.Tensor {
		return tensor.Must(tensor.FromSlice([]float64{v}, shape...))
	}
	err = m.LoadStateDict(map[string]*tensor.Tensor{
		"weight_ih_l0": one(1, 1, 1), "weight_hh_l0": one(0.5, 1, 1),
		"bias_ih_l0": one(0, 1), "bias_hh_l0": one(0, 1),
	})
	fmt.Println(err)
	err = m.LoadStateDict(map[string]*tensor.Tensor{"weight_ih_l0": one(1, 1, 1)})
	fmt.Println(err)
	// Output:
	// <nil>
	// rnn: RNN.LoadStateDict: "weight_hh_l0": missing: the model needs a [1 1] tensor under this name
}
