package rnn

import (
	"encoding/json"
	"fmt"
	"os"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/chalk-ml/chalk/tensor"
)

// PyTorch 1.13 references for the training pieces: nn.Linear, MSELoss,
// CrossEntropyLoss, clip_grad_norm_, SGD with momentum and Adam.

type trainingFixtures struct {
	Linear []struct {
		Weight, Bias, X, Y, R, Dx, Dweight, Dbias *jsonTensor
	}
	MSE []struct {
		Pred, Target, Grad *jsonTensor
		Loss               float64
	}
	CrossEntropy []struct {
		Logits, Grad *jsonTensor
		Targets      []int
		Loss         float64
	} `json:"cross_entropy"`
	Clip []struct {
		MaxNorm        float64 `json:"max_norm"`
		Grads, Clipped []*jsonTensor
		Norm           float64
	}
	SGD, Adam []struct {
		Params []*jsonTensor
		Grads  [][]*jsonTensor
		After  [][]*jsonTensor
	}
}

func loadTraining(t *testing.T) trainingFixtures {
	raw, err := os.ReadFile("testdata/torch_rnn.json")
	require.NoError(t, err)
	var f struct {
		Training trainingFixtures `json:"training"`
	}
	require.NoError(t, json.Unmarshal(raw, &f))
	return f.Training
}

func TestTorchLinear(t *testing.T) {
	f := loadTraining(t)
	require.NotEmpty(t, f.Linear)
	for i, c := range f.Linear {
		l := &Linear{Weight: c.Weight.tensor(t), Bias: c.Bias.tensor(t)}
		y, err := l.Forward(c.X.tensor(t))
		require.NoError(t, err)
		requireClose(t, c.Y, y, fmt.Sprint("y ", i))
		dx, g, err := l.Backward(c.R.tensor(t))
		require.NoError(t, err)
		requireClose(t, c.Dx, dx, "dx")
		requireClose(t, c.Dweight, g["weight"], "dweight")
		requireClose(t, c.Dbias, g["bias"], "dbias")
	}
}

func TestTorchLosses(t *testing.T) {
	f := loadTraining(t)
	require.NotEmpty(t, f.MSE)
	require.NotEmpty(t, f.CrossEntropy)
	for _, c := range f.MSE {
		loss, g, err := MSE(c.Pred.tensor(t), c.Target.tensor(t))
		require.NoError(t, err)
		require.InDelta(t, c.Loss, loss, 1e-12)
		requireClose(t, c.Grad, g, "mse grad")
	}
	for _, c := range f.CrossEntropy {
		loss, g, err := CrossEntropy(c.Logits.tensor(t), c.Targets)
		require.NoError(t, err)
		require.InDelta(t, c.Loss, loss, 1e-12)
		requireClose(t, c.Grad, g, "cross-entropy grad")
	}
}

func TestTorchClipAndOptimizers(t *testing.T) {
	f := loadTraining(t)
	names := []string{"w", "b"}
	dict := func(ts []*jsonTensor) map[string]*tensor.Tensor {
		m := map[string]*tensor.Tensor{}
		for i, j := range ts {
			m[names[i]] = j.tensor(t)
		}
		return m
	}
	require.NotEmpty(t, f.Clip)
	require.NotEmpty(t, f.SGD)
	require.NotEmpty(t, f.Adam)
	for _, c := range f.Clip {
		clipped, norm, err := ClipGradNorm(dict(c.Grads), c.MaxNorm)
		require.NoError(t, err)
		require.InDelta(t, c.Norm, norm, 1e-12)
		for i, n := range names {
			requireClose(t, c.Clipped[i], clipped[n], "clipped "+n)
		}
	}
	run := func(opt Optimizer, c struct {
		Params []*jsonTensor
		Grads  [][]*jsonTensor
		After  [][]*jsonTensor
	}) {
		params := dict(c.Params)
		for step := range c.Grads {
			var err error
			params, err = opt.Step(params, dict(c.Grads[step]))
			require.NoError(t, err)
			for i, n := range names {
				requireClose(t, c.After[step][i], params[n], fmt.Sprintf("step %d %s", step, n))
			}
		}
	}
	for _, c := range f.SGD {
		opt, err := NewSGD(0.1, 0.9)
		require.NoError(t, err)
		run(opt, c)
	}
	for _, c := range f.Adam {
		opt, err := NewAdam(0.01)
		require.NoError(t, err)
		run(opt, c)
	}
}
