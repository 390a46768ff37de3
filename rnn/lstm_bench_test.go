package rnn

import (
	"math/rand/v2"
	"testing"
)

// BenchmarkLSTM times one forward and backward pass (BPTT) of a one-layer
// LSTM, T=50 steps of a batch of 32, I=32, H=64, in chalk and in a gorgonia
// graph of the same LSTM (built once, outside the timing, as gorgonia
// intends). GFLOPS counts the multiply-adds of the GEMMs only:
// forward 2·T·B·4H·(I+H), backward twice that.
//
//	go test -run '^$' -bench LSTM ./rnn/
func BenchmarkLSTM(b *testing.B) {
	const T, B, I, H = 50, 32, 32, 64
	flops := 3 * 2 * float64(T*B*4*H*(I+H))
	rng := rand.New(rand.NewPCG(1, 1))
	m, err := NewLSTM(Config{InputSize: I, HiddenSize: H, Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	x := randTensor(rng, T, B, I)
	h0, c0 := randTensor(rng, 1, B, H), randTensor(rng, 1, B, H)
	R, S, U := randTensor(rng, T, B, H), randTensor(rng, 1, B, H), randTensor(rng, 1, B, H)
	report := func(b *testing.B) {
		b.ReportMetric(flops*float64(b.N)/float64(b.Elapsed().Nanoseconds()), "GFLOPS")
	}

	b.Run("chalk", func(b *testing.B) {
		for b.Loop() {
			if _, _, _, err := m.Forward(x, h0, c0); err != nil {
				b.Fatal(err)
			}
			if _, err := m.BackwardAll(R, S, U); err != nil {
				b.Fatal(err)
			}
		}
		report(b)
	})

	b.Run("gorgonia", func(b *testing.B) {
		g, err := newGorgoniaLSTM(m.StateDict(), x, h0, c0, R, S, U)
		if err != nil {
			b.Fatal(err)
		}
		for b.Loop() {
			if err := g.run(); err != nil {
				b.Fatal(err)
			}
		}
		report(b)
	})
}
