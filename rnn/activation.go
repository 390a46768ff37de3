package rnn

import "math"

// sigmoid is σ(v) = 1/(1+e^-v), computed in a form that never overflows.
func sigmoid(v float64) float64 {
	if v >= 0 {
		return 1 / (1 + math.Exp(-v))
	}
	e := math.Exp(v)
	return e / (1 + e)
}

// relu is max(v, 0).
func relu(v float64) float64 {
	if v > 0 {
		return v
	}
	return 0
}

// tanhf is math.Tanh, named so the equations read as written.
func tanhf(v float64) float64 { return math.Tanh(v) }
