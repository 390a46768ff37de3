// Command gru-vs-lstm puts the seed's claim — a GRU is "a streamlined LSTM
// with fewer gates" — to the test: it counts their parameters, times a
// forward and backward pass, and trains both (and a vanilla RNN) on the
// adding problem with the same budget.
//
//	go run ./examples/gru-vs-lstm             # about ten seconds
//	go run ./examples/gru-vs-lstm -T 50 -steps 2000 # a harder test
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/chalk-ml/chalk/rnn"
	"github.com/chalk-ml/chalk/tensor"
)

func main() {
	steps := flag.Int("steps", 600, "training steps per model")
	T := flag.Int("T", 20, "sequence length of the adding problem")
	flag.Parse()
	if err := run(os.Stdout, *T, *steps); err != nil {
		fmt.Fprintln(os.Stderr, "gru-vs-lstm:", err)
		os.Exit(2)
	}
}

func run(w io.Writer, T, steps int) error {
	if T < 2 || T > 1000 || steps < 1 || steps > 100000 {
		return fmt.Errorf("-T %d -steps %d: use 2 ≤ T ≤ 1000 and 1 ≤ steps ≤ 100000", T, steps)
	}
	const I, H = 2, 32
	fmt.Fprintf(w, "1. Parameters for input size %d, hidden size %d\n", I, H)
	fmt.Fprintln(w, "   each gate block has W_ih [H I], W_hh [H H] and two biases [H]")
	for _, m := range []struct {
		name  string
		gates int
	}{{"rnn", 1}, {"gru", 3}, {"lstm", 4}} {
		layer, err := rnn.NewLayer(m.name, rnn.Config{InputSize: I, HiddenSize: H})
		if err != nil {
			return err
		}
		n := 0
		for _, p := range layer.StateDict() {
			n += p.Numel()
		}
		fmt.Fprintf(w, "   %-5s %d weight blocks × H(I+H+2) = %d parameters\n", m.name, m.gates, n)
	}

	fmt.Fprintf(w, "\n2. One forward + backward pass over T=%d, batch 32 (this machine, now)\n", T)
	x := tensor.Must(tensor.RandN(1, T, 32, I))
	for _, name := range []string{"rnn", "gru", "lstm"} {
		layer, err := rnn.NewLayer(name, rnn.Config{InputSize: I, HiddenSize: H, Seed: 1})
		if err != nil {
			return err
		}
		start := time.Now()
		const reps = 20
		for r := 0; r < reps; r++ {
			out, _, err := layer.ForwardState(x, rnn.State{})
			if err != nil {
				return err
			}
			if _, err := layer.BackwardState(out, rnn.State{}); err != nil {
				return err
			}
		}
		fmt.Fprintf(w, "   %-5s %8.2f ms\n", name, float64(time.Since(start).Microseconds())/1000/reps)
	}

	fmt.Fprintf(w, "\n3. The adding problem, T=%d, %d steps each (success: test MSE < 0.04;\n", T, steps)
	fmt.Fprintln(w, "   always predicting the mean scores about 0.167)")
	for _, name := range []string{"rnn", "gru", "lstm"} {
		cfg := rnn.DefaultAddingConfig(name, T)
		cfg.Steps = steps
		res, err := rnn.TrainAdding(cfg, nil)
		if err != nil {
			return err
		}
		verdict := "not solved"
		if res.Solved() {
			verdict = "solved"
		}
		fmt.Fprintf(w, "   %-5s test MSE %.4f  (%s, %.1fs)\n", name, res.FinalMSE, verdict, res.Elapsed.Seconds())
	}
	fmt.Fprintln(w, "\nThe GRU has three quarters of the LSTM's parameters and no separate cell")
	fmt.Fprintln(w, "state, yet both gate their memory; the vanilla RNN has no gates at all.")
	return nil
}
