package rnn

import (
	"fmt"
	"math"
	"slices"

	"github.com/chalk-ml/chalk/tensor"
)

// MSE is the mean squared error, like torch.nn.MSELoss():
//
//	L = (1/N) Σ (pred − target)²,   ∂L/∂pred = (2/N)(pred − target)
//
// over all N elements. It returns the loss and its gradient with respect to
// pred. It returns a *ShapeError if the shapes differ, a *ValueError for nil
// tensors, and a *NonFiniteError (with the loss) if the loss is NaN or ±Inf,
// which is how a diverging training run is caught.
func MSE(pred, target *tensor.Tensor) (loss float64, grad *tensor.Tensor, err error) {
	const op = "MSE"
	if pred == nil {
		return 0, nil, nilError(op, "pred")
	}
	if target == nil {
		return 0, nil, nilError(op, "target")
	}
	if !slices.Equal(pred.Shape(), target.Shape()) {
		return 0, nil, &ShapeError{Op: op, Name: "target", Got: target.Shape(), Want: fmt.Sprint(pred.Shape()),
			Reason: "the target must have the prediction's shape"}
	}
	p, err := elements(op, "pred", pred)
	if err != nil {
		return 0, nil, err
	}
	y, err := elements(op, "target", target)
	if err != nil {
		return 0, nil, err
	}
	if len(p) == 0 {
		return 0, nil, &ShapeError{Op: op, Name: "pred", Got: pred.Shape(), Reason: "the mean of no elements is undefined; pass at least one prediction"}
	}
	n := float64(len(p))
	g := make([]float64, len(p))
	for i := range p {
		d := p[i] - y[i]
		loss += d * d
		g[i] = 2 * d / n
	}
	loss /= n
	grad = fromData(g, pred.Shape()...)
	if math.IsNaN(loss) || math.IsInf(loss, 0) {
		return loss, grad, &NonFiniteError{Op: op, What: "loss", Value: loss, Step: -1}
	}
	return loss, grad, nil
}

// CrossEntropy is softmax cross-entropy over classes, like
// torch.nn.CrossEntropyLoss() on logits [N C] and class indices targets [N]:
//
//	p = softmax(z) = e^z / Σ_c e^z_c,   L = −(1/N) Σ_n log p_n[y_n]
//	∂L/∂z_n = (p_n − onehot(y_n)) / N
//
// computed with the log-sum-exp shift so large logits do not overflow. It
// returns a *ShapeError if logits is not [N C] with N = len(targets), a
// *ValueError for a class index outside [0, C), and a *NonFiniteError if
// the loss is NaN or ±Inf.
func CrossEntropy(logits *tensor.Tensor, targets []int) (loss float64, grad *tensor.Tensor, err error) {
	const op = "CrossEntropy"
	if logits == nil {
		return 0, nil, nilError(op, "logits")
	}
	s := logits.Shape()
	if len(s) != 2 || s[0] != len(targets) || s[0] < 1 || s[1] < 1 {
		return 0, nil, &ShapeError{Op: op, Name: "logits", Got: s, Want: fmt.Sprintf("[N C] with N = len(targets) = %d", len(targets)),
			Reason: "there must be one row of class scores per target"}
	}
	N, C := s[0], s[1]
	for n, y := range targets {
		if y < 0 || y >= C {
			return 0, nil, &ValueError{Op: op, Msg: fmt.Sprintf("targets[%d] = %d is not a class index in [0, %d)", n, y, C)}
		}
	}
	z, err := elements(op, "logits", logits)
	if err != nil {
		return 0, nil, err
	}
	g := make([]float64, N*C)
	for n := 0; n < N; n++ {
		row := z[n*C : (n+1)*C]
		m := slices.Max(row)
		sum := 0.0
		for _, v := range row {
			sum += math.Exp(v - m)
		}
		lse := m + math.Log(sum)
		loss += lse - row[targets[n]]
		for c, v := range row {
			g[n*C+c] = math.Exp(v-lse) / float64(N)
		}
		g[n*C+targets[n]] -= 1 / float64(N)
	}
	loss /= float64(N)
	grad = fromData(g, N, C)
	if math.IsNaN(loss) || math.IsInf(loss, 0) {
		return loss, grad, &NonFiniteError{Op: op, What: "loss", Value: loss, Step: -1}
	}
	return loss, grad, nil
}
