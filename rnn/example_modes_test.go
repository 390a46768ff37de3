package rnn_test

import (
	"fmt"
	"math/rand/v2"

	"github.com/chalk-ml/chalk/rnn"
	"github.com/chalk-ml/chalk/tensor"
)

// The five sequence modes share one recurrent layer type and a Linear
// read-out; only the wiring differs. Shapes are [time batch features].
func Example_modes() {
	rng := rand.New(rand.NewPCG(1, 0))
	lstm, _ := rnn.NewLSTM(rnn.Config{InputSize: 3, HiddenSize: 8, Seed: 1})
	head, _ := rnn.NewLinear(8, 3, rng)        // H → O (= I, so outputs can be fed back)
	x := tensor.Must(tensor.RandN(1, 5, 2, 3)) // T=5, B=2, I=3
	x0 := tensor.Must(x.Select(0, 0))          // one input per sequence, [B I]

	y, _ := rnn.OneToOne(lstm, head, x0)
	fmt.Println("one-to-one     ", x0.Shape(), "→", y.Shape())
	y, _ = rnn.OneToMany(lstm, head, x0, 4)
	fmt.Println("one-to-many    ", x0.Shape(), "→", y.Shape())
	y, _ = rnn.ManyToOne(lstm, head, x)
	fmt.Println("many-to-one    ", x.Shape(), "→", y.Shape())
	y, _ = rnn.ManyToMany(lstm, head, x)
	fmt.Println("many-to-many   ", x.Shape(), "→", y.Shape())
	dec, _ := rnn.NewGRU(rnn.Config{InputSize: 3, HiddenSize: 8, Seed: 2})
	y, _ = rnn.EncoderDecoder(lstm, dec, head, x, 6)
	fmt.Println("encoder-decoder", x.Shape(), "→", y.Shape())
	// Output:
	// one-to-one      [2 3] → [2 3]
	// one-to-many     [2 3] → [4 2 3]
	// many-to-one     [5 2 3] → [2 3]
	// many-to-many    [5 2 3] → [5 2 3]
	// encoder-decoder [5 2 3] → [6 2 3]
}

// Many-to-one classification of whole sequences: the read-out sees the
// final hidden state.
func ExampleManyToOne() {
	gru, _ := rnn.NewGRU(rnn.Config{InputSize: 2, HiddenSize: 4, Seed: 3})
	head, _ := rnn.NewLinear(4, 3, rand.New(rand.NewPCG(3, 0))) // 3 classes
	x := tensor.Must(tensor.RandN(3, 7, 2, 2))                  // 2 sequences of 7 steps
	logits, err := rnn.ManyToOne(gru, head, x)
	if err != nil {
		fmt.Println(err)
		return
	}
	loss, grad, _ := rnn.CrossEntropy(logits, []int{0, 2})
	fmt.Println("logits", logits.Shape(), "grad", grad.Shape())
	fmt.Printf("loss %.4f (untrained; ln 3 = 1.0986)\n", loss)
	// Output:
	// logits [2 3] grad [2 3]
	// loss 1.1295 (untrained; ln 3 = 1.0986)
}

// A bidirectional layer lets many-to-many labels use the future as well as
// the past: the read-out sees [h_t(forward) ; h_t(reverse)], 2H features.
func ExampleManyToMany_bidirectional() {
	bi, _ := rnn.NewLSTM(rnn.Config{InputSize: 2, HiddenSize: 4, Bidirectional: true, Seed: 4})
	head, _ := rnn.NewLinear(2*4, 5, rand.New(rand.NewPCG(4, 0))) // D·H → 5 tags
	x := tensor.Must(tensor.RandN(4, 6, 1, 2))
	tags, err := rnn.ManyToMany(bi, head, x)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("per-step tag scores", tags.Shape())
	// Output:
	// per-step tag scores [6 1 5]
}

// One-to-many generation feeds each prediction back as the next input.
func ExampleOneToMany() {
	rnnLayer, _ := rnn.NewRNN(rnn.Config{InputSize: 1, HiddenSize: 3, Seed: 5})
	head, _ := rnn.NewLinear(3, 1, rand.New(rand.NewPCG(5, 0)))
	seed := tensor.Must(tensor.FromSlice([]float64{1}, 1, 1)) // [B I]
	seq, err := rnn.OneToMany(rnnLayer, head, seed, 5)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(seq.Shape())
	_, err = rnn.OneToMany(rnnLayer, head, tensor.Must(tensor.Zeros(1, 2)), 5)
	fmt.Println(err)
	// Output:
	// [5 1 1]
	// rnn: RNN.Forward: x is [1 1 2] but must be [T B I] with I = InputSize = 1: each input vector has 2 features but the layer was built with InputSize 1; build the layer with InputSize equal to x's last dim, or fix x
}

// EncoderDecoder reads the input sequence completely before emitting
// anything: the encoder's final state is all the decoder knows.
func ExampleEncoderDecoder() {
	enc, _ := rnn.NewLSTM(rnn.Config{InputSize: 4, HiddenSize: 6, Seed: 6})
	dec, _ := rnn.NewLSTM(rnn.Config{InputSize: 2, HiddenSize: 6, Seed: 7})
	head, _ := rnn.NewLinear(6, 2, rand.New(rand.NewPCG(6, 0)))
	x := tensor.Must(tensor.RandN(6, 10, 3, 4)) // 3 sequences of 10 steps
	y, err := rnn.EncoderDecoder(enc, dec, head, x, 4)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("read", x.Shape(), "emit", y.Shape())
	// Output:
	// read [10 3 4] emit [4 3 2]
}
