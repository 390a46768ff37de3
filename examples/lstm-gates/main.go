// Command lstm-gates opens up an LSTM cell step by step: the weights split
// into the four gate blocks, each gate's value at each step, and how the
// forget gate decides what the cell state remembers.
//
//	go run ./examples/lstm-gates
package main

import (
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"strings"

	"github.com/chalk-ml/chalk/rnn"
	"github.com/chalk-ml/chalk/tensor"
)

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "lstm-gates:", err)
		os.Exit(1)
	}
}

const hidden = 2

// pulse is one input of 1 followed by silence: does the cell remember it?
var pulse = []float64{1, 0, 0, 0, 0, 0, 0, 0}

func run(w io.Writer) error {
	cell, err := rnn.NewLSTMCell(1, hidden, rand.New(rand.NewPCG(3, 0)))
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "An LSTM cell (PyTorch's torch.nn.LSTMCell), input size 1, hidden size 2.")
	fmt.Fprintln(w, "\n1. The weights: W_ih [4H I] stacks the four gates' input weights, i f g o")
	for g, name := range []string{"i (input gate)", "f (forget gate)", "g (candidate)", "o (output gate)"} {
		block, err := cell.WeightIH.Narrow(0, g*hidden, hidden)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "   W_i%c, %-16s %s\n", "ifgo"[g], name, fmtSeries(block.Data()))
	}

	fmt.Fprintln(w, "\n2. One pulse, step by step")
	fmt.Fprintln(w, "   i, f, o = σ(W·x + U·h + b) are gates in (0, 1); g = tanh(...) in (-1, 1)")
	fmt.Fprintln(w, "   c' = f⊙c + i⊙g   (keep a fraction f of the old memory, write i of g)")
	fmt.Fprintln(w, "   h' = o⊙tanh(c')  (show a fraction o of it)")
	cs, err := pulseMemory(w, cell, true)
	if err != nil {
		return err
	}

	fmt.Fprintln(w, "\n3. The forget gate decides how long memory lasts")
	sd := cell.StateDict()
	b := sd["bias_ih"].Data()
	for u := 0; u < hidden; u++ {
		b[hidden+u] += 4 // the f block: σ(4 + …) ≈ 0.98
	}
	sd["bias_ih"] = tensor.Must(tensor.FromSlice(b, 4*hidden))
	remembering, err := rnn.NewLSTMCell(1, hidden, rand.New(rand.NewPCG(3, 0)))
	if err != nil {
		return err
	}
	if err := remembering.LoadStateDict(sd); err != nil {
		return err
	}
	kept, err := pulseMemory(w, remembering, false)
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "   The pulse's trace in the cell state: c[0] with the pulse minus c[0] with")
	fmt.Fprintln(w, "   an all-zero input (the biases move c too; the difference is the memory):")
	fmt.Fprintf(w, "   default bias:     %s\n", fmtSeries(cs))
	fmt.Fprintf(w, "   forget bias + 4:  %s\n", fmtSeries(kept))
	fmt.Fprintf(w, "   Each step keeps roughly a fraction f of the memory: f[0] ≈ %.2f by\n", lastForget(cell))
	fmt.Fprintf(w, "   default, so it fades within a few steps; f[0] ≈ %.2f with the larger\n", lastForget(remembering))
	fmt.Fprintln(w, "   bias, so most of it stays.")
	fmt.Fprintln(w, "   Training finds such gates itself: see examples/adding-problem.")
	return nil
}

// pulseMemory returns, per step, how much unit 0's cell state differs
// between the pulse and an all-zero input.
func pulseMemory(w io.Writer, cell *rnn.LSTMCell, verbose bool) ([]float64, error) {
	with, err := runInput(w, cell, pulse, verbose)
	if err != nil {
		return nil, err
	}
	without, err := runInput(w, cell, make([]float64, len(pulse)), false)
	if err != nil {
		return nil, err
	}
	for i := range with {
		with[i] -= without[i]
	}
	return with, nil
}

// runInput feeds a sequence and returns unit 0's cell state at each step,
// printing every gate of the first steps if verbose.
func runInput(w io.Writer, cell *rnn.LSTMCell, input []float64, verbose bool) ([]float64, error) {
	var h, c *tensor.Tensor
	var series []float64
	for t, v := range input {
		x := tensor.Must(tensor.FromSlice([]float64{v}, 1, 1))
		st, err := cell.Step(x, h, c)
		if err != nil {
			return nil, err
		}
		h, c = st.H, st.C
		series = append(series, st.C.Data()[0])
		if verbose && t < 4 {
			fmt.Fprintf(w, "   step %d, x = %g\n", t+1, v)
			for _, row := range []struct {
				name string
				t    *tensor.Tensor
			}{{"i", st.I}, {"f", st.F}, {"g", st.G}, {"o", st.O}, {"c", st.C}, {"h", st.H}} {
				fmt.Fprintf(w, "     %s = %s\n", row.name, fmtSeries(row.t.Data()))
			}
		}
	}
	return series, nil
}

// lastForget is unit 0's forget gate after the pulse has passed.
func lastForget(cell *rnn.LSTMCell) float64 {
	var h, c *tensor.Tensor
	var f float64
	for _, v := range pulse {
		st, err := cell.Step(tensor.Must(tensor.FromSlice([]float64{v}, 1, 1)), h, c)
		if err != nil {
			return 0
		}
		h, c, f = st.H, st.C, st.F.Data()[0]
	}
	return f
}

func fmtSeries(v []float64) string {
	parts := make([]string, len(v))
	for i, x := range v {
		parts[i] = fmt.Sprintf("%6.3f", x)
	}
	return strings.Join(parts, " ")
}
