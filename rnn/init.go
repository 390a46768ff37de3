package rnn

import (
	"fmt"
	"math"
	"math/rand/v2"
)

// Config describes a recurrent layer stack, like the arguments of
// torch.nn.RNN, torch.nn.LSTM and torch.nn.GRU (always with bias, sequence
// first, no dropout).
type Config struct {
	InputSize  int // I, the width of each input vector x_t
	HiddenSize int // H, the width of h (and c)
	NumLayers  int // L, stacked layers; 0 means 1
	// Bidirectional adds a second recurrence per layer that reads the
	// sequence backwards; outputs are then D·H = 2H wide.
	Bidirectional bool
	// Nonlinearity is the RNN's activation, "tanh" (the default for "") or
	// "relu". LSTM and GRU always use σ and tanh; for them it must be ""
	// or "tanh".
	Nonlinearity string
	// Seed makes the initial weights reproducible: they are drawn from a
	// math/rand/v2 PCG seeded with (uint64(Seed), 0).
	Seed int64
}

// maxParams bounds the total parameter count (2^26 values, 512 MiB) so that
// a typo like HiddenSize: 16000 fails fast with an error instead of
// allocating gigabytes; the largest layers people train on a CPU are far
// smaller.
const maxParams = 1 << 26

// initUniform is PyTorch's default initialisation for recurrent weights: every
// parameter, weights and biases alike, is drawn independently from
// U(−1/√H, 1/√H). Parameters are drawn in state-dict order (weight_ih,
// weight_hh, bias_ih, bias_hh; layer by layer, forward before reverse), each
// row-major.
func initUniform(w *weights, rng *rand.Rand) {
	k := 1 / math.Sqrt(float64(w.hid))
	for _, p := range [][]float64{w.wih, w.whh, w.bih, w.bhh} {
		for i := range p {
			p[i] = -k + 2*k*rng.Float64()
		}
	}
}

// newStack validates cfg for a layer of kind k (the RNN's kind is decided
// from cfg.Nonlinearity) and builds its initialised weights.
func newStack(op string, k kind, cfg Config) (*stack, error) {
	if k != kindLSTM && k != kindGRU {
		nl, err := parseNonlinearity(op, "Nonlinearity", cfg.Nonlinearity)
		if err != nil {
			return nil, err
		}
		k = nl
	} else if cfg.Nonlinearity != "" && cfg.Nonlinearity != "tanh" {
		return nil, &ConfigError{Op: op, Field: "Nonlinearity",
			Reason: fmt.Sprintf("%q is only for RNN; an %s's activations are fixed (σ for gates, tanh for candidates), so leave it empty", cfg.Nonlinearity, k.name())}
	}
	layers := cfg.NumLayers
	if layers == 0 {
		layers = 1
	}
	if layers < 0 {
		return nil, &ConfigError{Op: op, Field: "NumLayers", Reason: fmt.Sprintf("must be at least 1 (0 means 1), got %d", cfg.NumLayers)}
	}
	if err := checkSizes(op, k, cfg.InputSize, cfg.HiddenSize, "InputSize", "HiddenSize"); err != nil {
		return nil, err
	}
	s := &stack{k: k, in: cfg.InputSize, hid: cfg.HiddenSize, layers: layers, bidir: cfg.Bidirectional}
	// Layer 0 reads I features, every later layer D·H.
	perDir := func(in int) float64 { return float64(k.gates()) * float64(s.hid) * (float64(in) + float64(s.hid) + 2) }
	total := float64(s.dirs()) * (perDir(s.in) + float64(layers-1)*perDir(s.dirs()*s.hid))
	if total > maxParams {
		return nil, &ConfigError{Op: op, Field: "NumLayers",
			Reason: fmt.Sprintf("%d layers of this size need %.3g parameters, more than the limit of %d; use fewer or smaller layers", layers, total, maxParams)}
	}
	rng := rand.New(rand.NewPCG(uint64(cfg.Seed), 0))
	s.w = make([]weights, layers*s.dirs())
	for l := 0; l < layers; l++ {
		for d := 0; d < s.dirs(); d++ {
			w := newWeights(k, s.layerIn(l), s.hid)
			initUniform(&w, rng)
			s.w[l*s.dirs()+d] = w
		}
	}
	return s, nil
}

// checkSizes validates an input and hidden size pair.
func checkSizes(op string, k kind, in, hid int, inName, hidName string) error {
	for _, f := range []struct {
		name string
		v    int
	}{{inName, in}, {hidName, hid}} {
		if f.v < 1 {
			return &ConfigError{Op: op, Field: f.name, Reason: fmt.Sprintf("must be at least 1, got %d", f.v)}
		}
	}
	// In float64: in+hid+2 overflows int for sizes near math.MaxInt.
	if float64(k.gates())*float64(hid)*(float64(in)+float64(hid)+2) > maxParams {
		field := hidName
		if in > hid {
			field = inName
		}
		return &ConfigError{Op: op, Field: field,
			Reason: fmt.Sprintf("%s %d with %s %d needs more than %d parameters per layer; use smaller sizes", inName, in, hidName, hid, maxParams)}
	}
	return nil
}

// parseNonlinearity maps "tanh" (or "") and "relu" to the RNN kind.
func parseNonlinearity(op, field, s string) (kind, error) {
	switch s {
	case "", "tanh":
		return kindRNNTanh, nil
	case "relu":
		return kindRNNReLU, nil
	}
	return 0, &ConfigError{Op: op, Field: field, Reason: fmt.Sprintf("unknown nonlinearity %q; use \"tanh\" or \"relu\"", s)}
}
