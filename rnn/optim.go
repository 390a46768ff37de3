package rnn

import (
	"fmt"
	"math"
	"slices"
	"sort"

	"github.com/chalk-ml/chalk/tensor"
)

// Optimizer updates parameters from their gradients. Tensors are immutable,
// so Step returns the new parameters instead of changing them in place; load
// them back with the model's LoadStateDict:
//
//	params := model.StateDict()
//	params, err = opt.Step(params, grads)
//	err = model.LoadStateDict(params)
//
// params and grads are keyed alike (as StateDict); a parameter without a
// gradient is left unchanged, as in PyTorch when p.grad is None.
type Optimizer interface {
	Step(params, grads map[string]*tensor.Tensor) (map[string]*tensor.Tensor, error)
}

// SGD is stochastic gradient descent with optional momentum, like
// torch.optim.SGD (dampening 0, no weight decay):
//
//	v ← μ·v + g   (v = g on the first step)
//	θ ← θ − lr·v
type SGD struct {
	LR       float64 // learning rate
	Momentum float64 // μ in [0, 1); 0 is plain SGD
	velocity map[string][]float64
}

// NewSGD returns an SGD optimizer. It returns a *ConfigError unless lr > 0
// and 0 <= momentum < 1.
func NewSGD(lr, momentum float64) (*SGD, error) {
	if !(lr > 0) || math.IsInf(lr, 0) {
		return nil, &ConfigError{Op: "NewSGD", Field: "lr", Reason: fmt.Sprintf("must be a positive finite number, got %v", lr)}
	}
	if !(momentum >= 0 && momentum < 1) {
		return nil, &ConfigError{Op: "NewSGD", Field: "momentum", Reason: fmt.Sprintf("must be in [0, 1), got %v", momentum)}
	}
	return &SGD{LR: lr, Momentum: momentum, velocity: map[string][]float64{}}, nil
}

// Step returns params moved against grads. It returns a *ShapeError if a
// gradient's shape differs from its parameter's, a *ValueError for a
// gradient with no parameter, and a *ConfigError if LR or Momentum (which
// are exported, so may have been changed) are out of range.
func (o *SGD) Step(params, grads map[string]*tensor.Tensor) (map[string]*tensor.Tensor, error) {
	const op = "SGD.Step"
	if o == nil {
		return nil, &ValueError{Op: op, Msg: "the optimizer is nil; build it with NewSGD"}
	}
	if !(o.LR > 0) || math.IsInf(o.LR, 0) {
		return nil, &ConfigError{Op: op, Field: "LR", Reason: fmt.Sprintf("must be a positive finite number, got %v", o.LR)}
	}
	if !(o.Momentum >= 0 && o.Momentum < 1) {
		return nil, &ConfigError{Op: op, Field: "Momentum", Reason: fmt.Sprintf("must be in [0, 1), got %v", o.Momentum)}
	}
	if o.velocity == nil {
		o.velocity = map[string][]float64{}
	}
	return update(op, params, grads, func(name string, p, g []float64) {
		v := o.velocity[name]
		if o.Momentum > 0 {
			if v == nil {
				v = slices.Clone(g)
			} else {
				for i := range v {
					v[i] = o.Momentum*v[i] + g[i]
				}
			}
			o.velocity[name] = v
			g = v
		}
		for i := range p {
			p[i] -= o.LR * g[i]
		}
	})
}

// Adam is the Adam optimizer (Kingma & Ba 2015), like torch.optim.Adam:
//
//	m ← β1·m + (1−β1)·g
//	v ← β2·v + (1−β2)·g²
//	θ ← θ − lr · (m / (1−β1ᵗ)) / (√(v / (1−β2ᵗ)) + ε)
//
// Each parameter gets a step size adapted to its gradient's recent scale,
// which makes recurrent nets far easier to train than plain SGD.
type Adam struct {
	LR, Beta1, Beta2, Eps float64
	t                     int
	m, v                  map[string][]float64
}

// NewAdam returns Adam with PyTorch's defaults β1 = 0.9, β2 = 0.999,
// ε = 1e-8. It returns a *ConfigError unless lr > 0.
func NewAdam(lr float64) (*Adam, error) {
	if !(lr > 0) || math.IsInf(lr, 0) {
		return nil, &ConfigError{Op: "NewAdam", Field: "lr", Reason: fmt.Sprintf("must be a positive finite number, got %v", lr)}
	}
	return &Adam{LR: lr, Beta1: 0.9, Beta2: 0.999, Eps: 1e-8, m: map[string][]float64{}, v: map[string][]float64{}}, nil
}

// Step returns params after one Adam update; errors are as for SGD.Step,
// with a *ConfigError unless LR > 0, 0 <= Beta1, Beta2 < 1 and Eps > 0 (a
// zero ε makes the step 0/0 = NaN wherever a gradient has been 0).
func (o *Adam) Step(params, grads map[string]*tensor.Tensor) (map[string]*tensor.Tensor, error) {
	const op = "Adam.Step"
	if o == nil {
		return nil, &ValueError{Op: op, Msg: "the optimizer is nil; build it with NewAdam"}
	}
	if err := o.check(op); err != nil {
		return nil, err
	}
	if o.m == nil {
		o.m, o.v = map[string][]float64{}, map[string][]float64{}
	}
	o.t++
	c1 := 1 - math.Pow(o.Beta1, float64(o.t))
	c2 := 1 - math.Pow(o.Beta2, float64(o.t))
	return update(op, params, grads, func(name string, p, g []float64) {
		m, v := o.m[name], o.v[name]
		if m == nil {
			m, v = make([]float64, len(p)), make([]float64, len(p))
			o.m[name], o.v[name] = m, v
		}
		for i := range p {
			m[i] = o.Beta1*m[i] + (1-o.Beta1)*g[i]
			v[i] = o.Beta2*v[i] + (1-o.Beta2)*g[i]*g[i]
			p[i] -= o.LR * (m[i] / c1) / (math.Sqrt(v[i]/c2) + o.Eps)
		}
	})
}

// check validates Adam's exported hyperparameters.
func (o *Adam) check(op string) error {
	for _, f := range []struct {
		name   string
		v      float64
		ok     bool
		domain string
	}{
		{"LR", o.LR, o.LR > 0 && !math.IsInf(o.LR, 0), "a positive finite number"},
		{"Beta1", o.Beta1, o.Beta1 >= 0 && o.Beta1 < 1, "in [0, 1) (NewAdam uses 0.9)"},
		{"Beta2", o.Beta2, o.Beta2 >= 0 && o.Beta2 < 1, "in [0, 1) (NewAdam uses 0.999)"},
		{"Eps", o.Eps, o.Eps > 0 && !math.IsInf(o.Eps, 0), "a small positive number (NewAdam uses 1e-8)"},
	} {
		if !f.ok {
			return &ConfigError{Op: op, Field: f.name, Reason: fmt.Sprintf("must be %s, got %v; build the optimizer with NewAdam", f.domain, f.v)}
		}
	}
	return nil
}

// update checks params against grads and applies rule to each pair, in
// sorted name order, returning new tensors.
func update(op string, params, grads map[string]*tensor.Tensor, rule func(name string, p, g []float64)) (map[string]*tensor.Tensor, error) {
	if params == nil {
		return nil, &ValueError{Op: op, Msg: "params is nil; pass model.StateDict()"}
	}
	names := make([]string, 0, len(grads))
	for name := range grads {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		p, ok := params[name]
		g := grads[name]
		switch {
		case !ok || p == nil:
			return nil, &ValueError{Op: op, Msg: fmt.Sprintf("gradient %q has no parameter of that name; key params and grads alike (as StateDict)", name)}
		case g == nil:
			return nil, &ValueError{Op: op, Msg: fmt.Sprintf("gradient %q is nil", name)}
		case !slices.Equal(p.Shape(), g.Shape()):
			return nil, &ShapeError{Op: op, Name: "gradient " + name, Got: g.Shape(), Want: fmt.Sprint(p.Shape()),
				Reason: "a gradient has the shape of its parameter"}
		}
	}
	ps, gs := make([][]float64, len(names)), make([][]float64, len(names))
	for i, name := range names {
		var err error
		if ps[i], err = elements(op, "parameter "+name, params[name]); err != nil {
			return nil, err
		}
		if gs[i], err = elements(op, "gradient "+name, grads[name]); err != nil {
			return nil, err
		}
	}
	out := make(map[string]*tensor.Tensor, len(params))
	for name, p := range params {
		out[name] = p
	}
	for i, name := range names {
		rule(name, ps[i], gs[i])
		out[name] = fromData(ps[i], params[name].Shape()...)
	}
	return out, nil
}
