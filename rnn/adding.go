package rnn

import (
	"fmt"
	"math/rand/v2"

	"github.com/chalk-ml/chalk/tensor"
)

// AddingProblem returns n sequences of the adding problem (Hochreiter &
// Schmidhuber 1997, experiment 4, in the form of Le et al. 2015), the
// classic test of long-term memory. Each time step carries two numbers:
//
//	x_t = (value_t, marker_t),   value_t ~ U(0, 1),   marker_t ∈ {0, 1}
//
// Exactly two steps are marked, one in the first half [0, T/2) and one in the
// second half [T/2, T), and the target is the sum of the two marked values:
//
//	y = Σ_t value_t · marker_t   ∈ [0, 2]
//
// The first marked value must be carried across at least T/2 steps of
// distracting values. Predicting the mean, 1, scores the variance of a sum
// of two U(0, 1), 2/12 ≈ 0.167; solving the task means an MSE far below
// that (0.04 is the usual threshold).
//
// It returns x [T n 2] and y [n 1], or a *ConfigError if T < 2, n < 1, the
// data would exceed tensor.MaxElements, or rng is nil.
func AddingProblem(T, n int, rng *rand.Rand) (x, y *tensor.Tensor, err error) {
	const op = "AddingProblem"
	switch {
	case T < 2:
		return nil, nil, &ConfigError{Op: op, Field: "T", Reason: fmt.Sprintf("needs at least 2 steps (one marker in each half), got %d", T)}
	case n < 1:
		return nil, nil, &ConfigError{Op: op, Field: "n", Reason: fmt.Sprintf("must be at least 1, got %d", n)}
	case float64(T)*float64(n)*2 > tensor.MaxElements:
		return nil, nil, &ConfigError{Op: op, Field: "n", Reason: fmt.Sprintf("%d sequences of %d steps exceed tensor.MaxElements", n, T)}
	case rng == nil:
		return nil, nil, &ConfigError{Op: op, Field: "rng", Reason: "is nil; pass rand.New(rand.NewPCG(seed, 0))"}
	}
	xd := make([]float64, T*n*2)
	yd := make([]float64, n)
	half := T / 2
	for b := 0; b < n; b++ {
		for t := 0; t < T; t++ {
			xd[(t*n+b)*2] = rng.Float64()
		}
		m1, m2 := rng.IntN(half), half+rng.IntN(T-half)
		xd[(m1*n+b)*2+1], xd[(m2*n+b)*2+1] = 1, 1
		yd[b] = xd[(m1*n+b)*2] + xd[(m2*n+b)*2]
	}
	return fromData(xd, T, n, 2), fromData(yd, n, 1), nil
}
