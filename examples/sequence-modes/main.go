// Command sequence-modes shows the five ways a recurrent network maps
// inputs to outputs — one-to-one, one-to-many, many-to-one, many-to-many
// and encoder-decoder — plus a bidirectional layer, with the shapes of
// every tensor that flows through chalk's rnn helpers.
//
//	go run ./examples/sequence-modes
package main

import (
	"fmt"
	"io"
	"math/rand/v2"
	"os"

	"github.com/chalk-ml/chalk/rnn"
	"github.com/chalk-ml/chalk/tensor"
)

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "sequence-modes:", err)
		os.Exit(1)
	}
}

const (
	T = 6 // input steps
	B = 2 // sequences in the batch
	I = 3 // input features
	H = 4 // hidden units
	O = 3 // outputs per step (= I where outputs are fed back)
)

func run(w io.Writer) error {
	lstm, err := rnn.NewLSTM(rnn.Config{InputSize: I, HiddenSize: H, Seed: 1})
	if err != nil {
		return err
	}
	head, err := rnn.NewLinear(H, O, rand.New(rand.NewPCG(2, 0)))
	if err != nil {
		return err
	}
	seq := tensor.Must(tensor.RandN(3, T, B, I)) // [T B I]
	one := tensor.Must(tensor.RandN(4, B, I))    // [B I]

	fmt.Fprintf(w, "An LSTM (I=%d, H=%d) with a Linear read-out (H→%d), batch of %d.\n\n", I, H, O, B)

	y, err := rnn.OneToOne(lstm, head, one)
	if err != nil {
		return err
	}
	show(w, "one-to-one", "x → h → ŷ (one step; a feed-forward net)", one, y)

	y, err = rnn.OneToMany(lstm, head, one, 5)
	if err != nil {
		return err
	}
	show(w, "one-to-many", "x → ŷ₁ → ŷ₂ → … (each output fed back; e.g. captioning)", one, y)

	y, err = rnn.ManyToOne(lstm, head, seq)
	if err != nil {
		return err
	}
	show(w, "many-to-one", "x₁ … x_T → ŷ (read all, answer once; e.g. sentiment)", seq, y)

	y, err = rnn.ManyToMany(lstm, head, seq)
	if err != nil {
		return err
	}
	show(w, "many-to-many", "x_t → ŷ_t at every step (synchronous; e.g. tagging)", seq, y)

	dec, err := rnn.NewLSTM(rnn.Config{InputSize: O, HiddenSize: H, Seed: 5})
	if err != nil {
		return err
	}
	y, err = rnn.EncoderDecoder(lstm, dec, head, seq, 4)
	if err != nil {
		return err
	}
	show(w, "encoder-decoder", "read x₁ … x_T, then emit ŷ₁ … ŷ_n (e.g. translation)", seq, y)

	bi, err := rnn.NewGRU(rnn.Config{InputSize: I, HiddenSize: H, Bidirectional: true, Seed: 6})
	if err != nil {
		return err
	}
	out, hn, err := bi.Forward(seq, nil)
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "bidirectional GRU: a second recurrence reads the sequence backwards")
	fmt.Fprintf(w, "  x %v → out %v (forward and reverse halves, D·H = %d), hn %v\n", seq.Shape(), out.Shape(), 2*H, hn.Shape())
	biHead, err := rnn.NewLinear(2*H, O, rand.New(rand.NewPCG(7, 0)))
	if err != nil {
		return err
	}
	y, err = rnn.ManyToMany(bi, biHead, seq)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "  many-to-many on top: %v → %v; each ŷ_t sees the past and the future\n", seq.Shape(), y.Shape())
	return nil
}

func show(w io.Writer, name, idea string, x, y *tensor.Tensor) {
	fmt.Fprintf(w, "%-16s %s\n", name, idea)
	fmt.Fprintf(w, "%-16s x %v → ŷ %v\n\n", "", x.Shape(), y.Shape())
}
