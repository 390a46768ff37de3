package rnn_test

import (
	"fmt"
	"math/rand/v2"

	"github.com/chalk-ml/chalk/rnn"
	"github.com/chalk-ml/chalk/tensor"
)

// The adding problem: two marked values to add, T-2 distractors.
func ExampleAddingProblem() {
	x, y, err := rnn.AddingProblem(6, 1, rand.New(rand.NewPCG(1, 0)))
	if err != nil {
		fmt.Println(err)
		return
	}
	d := x.Data()
	for t := 0; t < 6; t++ {
		fmt.Printf("t=%d value %.3f marker %.0f\n", t, d[2*t], d[2*t+1])
	}
	fmt.Printf("target %.3f\n", y.Data()[0])
	// Output:
	// t=0 value 0.238 marker 0
	// t=1 value 0.501 marker 0
	// t=2 value 0.050 marker 1
	// t=3 value 0.489 marker 0
	// t=4 value 0.750 marker 1
	// t=5 value 0.573 marker 0
	// target 0.800
}

// A complete training loop: forward, loss, backward through the read-out and
// through time, clipping, Adam. TrainAdding wraps exactly this.
func Example_training() {
	rng := rand.New(rand.NewPCG(2, 0))
	lstm, _ := rnn.NewLSTM(rnn.Config{InputSize: 2, HiddenSize: 8, Seed: 2})
	head, _ := rnn.NewLinear(8, 1, rng)
	opt, _ := rnn.NewAdam(0.01)
	for step := 1; step <= 300; step++ {
		x, y, _ := rnn.AddingProblem(5, 16, rng)
		out, _, _, _ := lstm.Forward(x, nil, nil)
		last := tensor.Must(out.Select(0, -1)) // many-to-one: h_T
		yHat, _ := head.Forward(last)
		loss, dYHat, err := rnn.MSE(yHat, y)
		if err != nil { // a NaN or Inf loss stops training with an error
			fmt.Println(err)
			return
		}
		dLast, headGrads, _ := head.Backward(dYHat)
		// ∂L/∂out is zero except at the last step.
		dOut := tensor.Must(tensor.Cat(0, tensor.Must(tensor.Zeros(4, 16, 8)), tensor.Must(dLast.Unsqueeze(0))))
		_, lstmGrads, _ := lstm.Backward(dOut, nil, nil)

		grads := rnn.Prefixed(map[string]map[string]*tensor.Tensor{"lstm": lstmGrads, "head": headGrads})
		grads, _, _ = rnn.ClipGradNorm(grads, 1)
		params := rnn.Prefixed(map[string]map[string]*tensor.Tensor{"lstm": lstm.StateDict(), "head": head.StateDict()})
		params, _ = opt.Step(params, grads)
		parts := rnn.Unprefixed(params)
		_ = lstm.LoadStateDict(parts["lstm"])
		_ = head.LoadStateDict(parts["head"])
		if step%100 == 0 {
			fmt.Printf("step %d loss %.4f\n", step, loss)
		}
	}
	// Output:
	// step 100 loss 0.1431
	// step 200 loss 0.0644
	// step 300 loss 0.0058
}

// Truncated BPTT: the state is carried across windows, gradients are not.
func ExampleSplitTime() {
	gru, _ := rnn.NewGRU(rnn.Config{InputSize: 1, HiddenSize: 2, Seed: 1})
	x := tensor.Must(tensor.RandN(1, 10, 1, 1))
	windows, _ := rnn.SplitTime(x, 4)
	s := rnn.State{}
	for i, w := range windows {
		out, next, err := gru.ForwardState(w, s)
		if err != nil {
			fmt.Println(err)
			return
		}
		// L = Σ out: ∂L/∂out = 1; nothing flows in from later windows.
		g, _ := gru.BackwardState(tensor.Must(tensor.Ones(out.Shape()...)), rnn.State{})
		fmt.Println("window", i, w.Shape(), "grad weight_hh_l0", g.Params["weight_hh_l0"].Shape())
		s = next // carried state: the memory spans the whole sequence
	}
	// Output:
	// window 0 [4 1 1] grad weight_hh_l0 [6 2]
	// window 1 [4 1 1] grad weight_hh_l0 [6 2]
	// window 2 [2 1 1] grad weight_hh_l0 [6 2]
}

// Gradient clipping by global norm keeps the direction and caps the length.
func ExampleClipGradNorm() {
	grads := map[string]*tensor.Tensor{
		"a": tensor.Must(tensor.FromSlice([]float64{3, 0}, 2)),
		"b": tensor.Must(tensor.FromSlice([]float64{4}, 1)),
	}
	clipped, norm, _ := rnn.ClipGradNorm(grads, 1)
	fmt.Printf("norm %.1f → a %s b %s\n", norm, vec(clipped["a"]), vec(clipped["b"]))
	// Output:
	// norm 5.0 → a [0.6000 0.0000] b [0.8000]
}

// A diverged run is an error, not a silent NaN.
func ExampleMSE_nonFinite() {
	pred := tensor.Must(tensor.FromSlice([]float64{1e200, 0}, 2, 1))
	target := tensor.Must(tensor.Zeros(2, 1))
	_, _, err := rnn.MSE(pred, target)
	fmt.Println(err)
	// Output:
	// rnn: MSE: the loss is +Inf: training diverged; lower the learning rate, clip the gradients or check the inputs for NaN
}
