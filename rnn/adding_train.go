package rnn

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"time"

	"github.com/chalk-ml/chalk/tensor"
)

// AddingConfig is one training run on the adding problem: a one-layer
// recurrent model, a Linear read-out of its last hidden state (many-to-one),
// MSE loss, Adam and global-norm clipping.
type AddingConfig struct {
	Model     string  // "rnn", "gru" or "lstm"
	T         int     // sequence length
	Hidden    int     // hidden size H
	Steps     int     // training steps, one fresh minibatch each
	Batch     int     // sequences per minibatch
	LR        float64 // Adam learning rate
	Clip      float64 // max global gradient norm; 0 turns clipping off
	Seed      int64   // seeds the weights, the training data and the test set
	EvalSize  int     // held-out test sequences for EvalMSE
	EvalEvery int     // report progress every EvalEvery steps (0: Steps/20)
	// ForgetBias is added to the LSTM's forget-gate bias (b_if) after the
	// default initialisation; other models ignore it. A forget gate that
	// starts near σ(1) ≈ 0.73 instead of σ(0) = 0.5 keeps memories for
	// many more steps from the outset (Gers et al. 2000, Jozefowicz et
	// al. 2015; Keras' unit_forget_bias does the same).
	ForgetBias float64
}

// DefaultAddingConfig is the budget used for the table in the package
// documentation: the same for every model and length, so that only the
// architecture differs.
func DefaultAddingConfig(model string, T int) AddingConfig {
	return AddingConfig{Model: model, T: T, Hidden: 32, Steps: 3000, Batch: 32,
		LR: 1e-2, Clip: 1, Seed: 1, EvalSize: 500, ForgetBias: 1}
}

// AddingProgress is a snapshot of a run, passed to the progress callback.
type AddingProgress struct {
	Model    string
	T        int
	Step     int     // steps done
	Steps    int     // steps in the run
	TrainMSE float64 // mean training loss since the previous report
	EvalMSE  float64 // MSE on the held-out test set
	Elapsed  time.Duration
}

// AddingResult is the outcome of TrainAdding.
type AddingResult struct {
	Config   AddingConfig
	FinalMSE float64          // test-set MSE after the last step
	History  []AddingProgress // every progress report, in order
	Elapsed  time.Duration
}

// Solved reports whether the run reached the usual success threshold,
// test MSE < 0.04.
func (r AddingResult) Solved() bool { return r.FinalMSE < 0.04 }

// TrainAdding trains cfg.Model on freshly drawn adding-problem minibatches
// and reports progress (if not nil) every cfg.EvalEvery steps and at the
// end. Each step is
//
//	out = layer(x);  ŷ = Linear(out[T-1]);  L = MSE(ŷ, y)
//	backpropagate through the read-out and through time; clip; Adam step
//
// It returns a *ConfigError for an invalid cfg and a *NonFiniteError if the
// loss or the gradient norm becomes NaN or ±Inf.
func TrainAdding(cfg AddingConfig, progress func(AddingProgress)) (AddingResult, error) {
	const op = "TrainAdding"
	if err := cfg.check(op); err != nil {
		return AddingResult{}, err
	}
	every := cfg.EvalEvery
	if every <= 0 {
		every = max(1, cfg.Steps/20)
	}
	layer, err := NewLayer(cfg.Model, Config{InputSize: 2, HiddenSize: cfg.Hidden, Seed: cfg.Seed})
	if err != nil {
		return AddingResult{}, err
	}
	if lstm, ok := layer.(*LSTM); ok && cfg.ForgetBias != 0 {
		lstm.AddForgetBias(cfg.ForgetBias)
	}
	seed := uint64(cfg.Seed)
	head, err := NewLinear(cfg.Hidden, 1, rand.New(rand.NewPCG(seed, 1)))
	if err != nil {
		return AddingResult{}, err
	}
	opt, err := NewAdam(cfg.LR)
	if err != nil {
		return AddingResult{}, err
	}
	data := rand.New(rand.NewPCG(seed, 2))
	testX, testY, err := AddingProblem(cfg.T, cfg.EvalSize, rand.New(rand.NewPCG(seed, 3)))
	if err != nil {
		return AddingResult{}, err
	}
	m := &manyToOneModel{layer: layer, head: head}
	start := time.Now()
	res := AddingResult{Config: cfg}
	sum, count := 0.0, 0
	for step := 1; step <= cfg.Steps; step++ {
		x, y, err := AddingProblem(cfg.T, cfg.Batch, data)
		if err != nil {
			return res, err
		}
		loss, err := m.trainStep(op, x, y, opt, cfg.Clip, step)
		if err != nil {
			return res, err
		}
		sum += loss
		count++
		if step%every == 0 || step == cfg.Steps {
			eval, err := m.mse(testX, testY)
			if err != nil {
				return res, atStep(err, op, step)
			}
			p := AddingProgress{Model: cfg.Model, T: cfg.T, Step: step, Steps: cfg.Steps,
				TrainMSE: sum / float64(count), EvalMSE: eval, Elapsed: time.Since(start)}
			res.History = append(res.History, p)
			res.FinalMSE = eval
			sum, count = 0, 0
			if progress != nil {
				progress(p)
			}
		}
	}
	res.Elapsed = time.Since(start)
	return res, nil
}

func (c AddingConfig) check(op string) error {
	bad := func(field, reason string) error { return &ConfigError{Op: op, Field: field, Reason: reason} }
	switch {
	case c.T < 2:
		return bad("T", fmt.Sprintf("must be at least 2, got %d", c.T))
	case c.Hidden < 1:
		return bad("Hidden", fmt.Sprintf("must be at least 1, got %d", c.Hidden))
	case c.Steps < 1:
		return bad("Steps", fmt.Sprintf("must be at least 1, got %d", c.Steps))
	case c.Batch < 1:
		return bad("Batch", fmt.Sprintf("must be at least 1, got %d", c.Batch))
	case c.EvalSize < 1:
		return bad("EvalSize", fmt.Sprintf("must be at least 1, got %d", c.EvalSize))
	case !(c.LR > 0) || math.IsInf(c.LR, 0):
		return bad("LR", fmt.Sprintf("must be a positive finite number, got %v", c.LR))
	case !(c.Clip >= 0) || math.IsInf(c.Clip, 0):
		return bad("Clip", fmt.Sprintf("must be 0 (off) or a positive finite number, got %v", c.Clip))
	case math.IsNaN(c.ForgetBias) || math.IsInf(c.ForgetBias, 0):
		return bad("ForgetBias", fmt.Sprintf("must be a finite number (1 is usual, 0 is PyTorch's default), got %v", c.ForgetBias))
	}
	return nil
}

// manyToOneModel is a recurrent layer whose last output feeds a Linear
// read-out: ŷ = head(out[T-1]).
type manyToOneModel struct {
	layer Layer
	head  *Linear
}

// predict runs the model on x [T B I] and returns ŷ and out.
func (m *manyToOneModel) predict(x *tensor.Tensor) (yHat, out *tensor.Tensor, err error) {
	out, _, err = m.layer.ForwardState(x, State{})
	if err != nil {
		return nil, nil, err
	}
	last, err := out.Select(0, -1)
	if err != nil {
		return nil, nil, err
	}
	yHat, err = m.head.Forward(last)
	return yHat, out, err
}

// mse is the model's MSE on (x, y), in chunks so memory stays bounded.
func (m *manyToOneModel) mse(x, y *tensor.Tensor) (float64, error) {
	n := y.Shape()[0]
	const chunk = 250
	total := 0.0
	for lo := 0; lo < n; lo += chunk {
		k := min(chunk, n-lo)
		xs, err := x.Narrow(1, lo, k)
		if err != nil {
			return 0, err
		}
		ys, err := y.Narrow(0, lo, k)
		if err != nil {
			return 0, err
		}
		yHat, _, err := m.predict(xs)
		if err != nil {
			return 0, err
		}
		l, _, err := MSE(yHat, ys)
		if err != nil {
			return 0, err
		}
		total += l * float64(k)
	}
	return total / float64(n), nil
}

// trainStep does one forward, backward, clip and optimizer step and returns
// the minibatch loss.
func (m *manyToOneModel) trainStep(op string, x, y *tensor.Tensor, opt Optimizer, clip float64, step int) (float64, error) {
	yHat, out, err := m.predict(x)
	if err != nil {
		return 0, err
	}
	loss, dYHat, err := MSE(yHat, y)
	if err != nil {
		return loss, atStep(err, op, step)
	}
	dLast, headGrads, err := m.head.Backward(dYHat)
	if err != nil {
		return 0, err
	}
	// Only out[T-1] feeds the loss, so ∂L/∂out is zero except at T-1.
	s := out.Shape()
	dOut := make([]float64, s[0]*s[1]*s[2])
	copy(dOut[(s[0]-1)*s[1]*s[2]:], dLast.Data())
	g, err := m.layer.BackwardState(fromData(dOut, s...), State{})
	if err != nil {
		return 0, err
	}
	grads := Prefixed(map[string]map[string]*tensor.Tensor{"rnn": g.Params, "head": headGrads})
	if clip > 0 {
		if grads, _, err = ClipGradNorm(grads, clip); err != nil {
			return loss, atStep(err, op, step)
		}
	}
	params := Prefixed(map[string]map[string]*tensor.Tensor{"rnn": m.layer.StateDict(), "head": m.head.StateDict()})
	params, err = opt.Step(params, grads)
	if err != nil {
		return 0, err
	}
	parts := Unprefixed(params)
	if err := m.layer.LoadStateDict(parts["rnn"]); err != nil {
		return 0, err
	}
	return loss, m.head.LoadStateDict(parts["head"])
}

// atStep stamps a *NonFiniteError with the training loop's name and step.
func atStep(err error, op string, step int) error {
	var nf *NonFiniteError
	if errors.As(err, &nf) {
		nf.Op, nf.Step = op, step
	}
	return err
}
