package rnn

import (
	"fmt"
	"math"
	"sort"

	"github.com/chalk-ml/chalk/tensor"
)

// ClipGradNorm rescales grads so their global L2 norm is at most maxNorm,
// like torch.nn.utils.clip_grad_norm_:
//
//	‖g‖ = √(Σ_all g²),   g ← g · min(1, maxNorm / (‖g‖ + 1e-6))
//
// Exploding gradients are the vanilla RNN's other failure (besides
// vanishing ones); clipping keeps one bad step from wrecking the weights
// while keeping the gradient's direction. It returns the clipped gradients
// and the norm before clipping; a *ConfigError unless maxNorm > 0, and a
// *NonFiniteError if the norm is NaN or ±Inf.
func ClipGradNorm(grads map[string]*tensor.Tensor, maxNorm float64) (map[string]*tensor.Tensor, float64, error) {
	const op = "ClipGradNorm"
	if !(maxNorm > 0) {
		return nil, 0, &ConfigError{Op: op, Field: "maxNorm", Reason: fmt.Sprintf("must be positive, got %v", maxNorm)}
	}
	names := make([]string, 0, len(grads))
	for name, g := range grads {
		if g == nil {
			return nil, 0, &ValueError{Op: op, Msg: fmt.Sprintf("gradient %q is nil", name)}
		}
		names = append(names, name)
	}
	sort.Strings(names) // a fixed summation order makes the norm reproducible
	sum := 0.0
	for _, name := range names {
		d, err := elements(op, "gradient "+name, grads[name])
		if err != nil {
			return nil, 0, err
		}
		for _, v := range d {
			sum += v * v
		}
	}
	norm := math.Sqrt(sum)
	if math.IsNaN(norm) || math.IsInf(norm, 0) {
		return nil, norm, &NonFiniteError{Op: op, What: "gradient norm", Value: norm, Step: -1}
	}
	out := make(map[string]*tensor.Tensor, len(grads))
	coef := maxNorm / (norm + 1e-6)
	for name, g := range grads {
		if coef < 1 {
			g = g.Scale(coef)
		}
		out[name] = g
	}
	return out, norm, nil
}
