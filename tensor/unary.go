package tensor

import "math"

// Exp returns e^t elementwise.
func (t *Tensor) Exp() *Tensor { return t.Map(math.Exp) }

// Tanh returns tanh(t) elementwise, the RNN and LSTM squashing function.
func (t *Tensor) Tanh() *Tensor { return t.Map(math.Tanh) }

// Sigmoid returns σ(t) = 1/(1+e^-t) elementwise, the LSTM and GRU gate
// function.
func (t *Tensor) Sigmoid() *Tensor { return t.Map(sigmoid) }

// ReLU returns max(t, 0) elementwise (NaN stays NaN).
func (t *Tensor) ReLU() *Tensor {
	return t.Map(func(v float64) float64 {
		if v < 0 {
			return 0
		}
		return v
	})
}

// sigmoid is computed in a form that never overflows: for v < 0 it uses
// e^v/(1+e^v).
func sigmoid(v float64) float64 {
	if v >= 0 {
		return 1 / (1 + math.Exp(-v))
	}
	e := math.Exp(v)
	return e / (1 + e)
}
