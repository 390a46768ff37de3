package rnn

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"

	"github.com/chalk-ml/chalk/tensor"
)

// Linear is a fully connected read-out layer, like torch.nn.Linear:
//
//	y = x·Wᵀ + b,   W [out in], b [out]
//
// applied to the last dim of x, so x [B I] gives [B out] and a whole
// sequence x [T B I] gives [T B out]. On top of a recurrent layer it turns
// hidden states into predictions. Its gradients are
//
//	∂L/∂x = ∂L/∂y·W,   ∂L/∂W = Σ ∂L/∂yᵀ·x,   ∂L/∂b = Σ ∂L/∂y
//
// summed over every leading index.
type Linear struct {
	Weight *tensor.Tensor // W [out in]
	Bias   *tensor.Tensor // b [out]

	x      []float64 // the last Forward's input, [N in]
	xShape []int
}

// NewLinear returns a layer with weights and bias drawn from
// U(−1/√in, 1/√in), PyTorch's default. It returns a *ConfigError for sizes
// below 1 or a nil rng.
func NewLinear(in, out int, rng *rand.Rand) (*Linear, error) {
	const op = "NewLinear"
	for _, f := range []struct {
		name string
		v    int
	}{{"in", in}, {"out", out}} {
		if f.v < 1 {
			return nil, &ConfigError{Op: op, Field: f.name, Reason: fmt.Sprintf("must be at least 1, got %d", f.v)}
		}
	}
	if float64(in)*float64(out) > maxParams {
		return nil, &ConfigError{Op: op, Field: "out", Reason: fmt.Sprintf("%d×%d weights exceed the limit of %d", out, in, maxParams)}
	}
	if rng == nil {
		return nil, &ConfigError{Op: op, Field: "rng", Reason: "is nil; pass rand.New(rand.NewPCG(seed, 0))"}
	}
	k := 1 / math.Sqrt(float64(in))
	draw := func(n int) []float64 {
		d := make([]float64, n)
		for i := range d {
			d[i] = -k + 2*k*rng.Float64()
		}
		return d
	}
	return &Linear{Weight: fromData(draw(out*in), out, in), Bias: fromData(draw(out), out)}, nil
}

// sizes validates the parameters and returns (in, out).
func (l *Linear) sizes(op string) (in, out int, err error) {
	if l == nil {
		return 0, 0, &ValueError{Op: op, Msg: "the Linear layer is nil; build it with NewLinear"}
	}
	if l.Weight == nil || l.Bias == nil {
		return 0, 0, &ValueError{Op: op, Msg: "Weight or Bias is nil; build the layer with NewLinear"}
	}
	ws, bs := l.Weight.Shape(), l.Bias.Shape()
	if len(ws) != 2 || len(bs) != 1 || bs[0] != ws[0] {
		return 0, 0, &ShapeError{Op: op, Name: "Weight", Got: ws, Want: "[out in] with Bias [out]",
			Reason: fmt.Sprintf("Bias is %v", bs)}
	}
	return ws[1], ws[0], nil
}

// Forward returns x·Wᵀ + b for x [..., in] (at least 1-D), shaped [..., out].
// It returns a *ShapeError if x's last dim is not in and a *ValueError for
// nil or non-finite x, or a Weight or Bias set by hand to hold NaN or ±Inf.
func (l *Linear) Forward(x *tensor.Tensor) (*tensor.Tensor, error) {
	const op = "Linear.Forward"
	in, out, err := l.sizes(op)
	if err != nil {
		return nil, err
	}
	if x == nil {
		return nil, nilError(op, "x")
	}
	s := x.Shape()
	if len(s) == 0 || s[len(s)-1] != in {
		return nil, &ShapeError{Op: op, Name: "x", Got: s, Want: fmt.Sprintf("[... %d]", in),
			Reason: fmt.Sprintf("the layer maps %d features to %d, so x's last dim must be %d", in, out, in)}
	}
	xd, err := finiteData(op, "x", x)
	if err != nil {
		return nil, err
	}
	wd, err := finiteData(op, "Weight", l.Weight)
	if err != nil {
		return nil, err
	}
	bd, err := finiteData(op, "Bias", l.Bias)
	if err != nil {
		return nil, err
	}
	n := len(xd) / in
	y := make([]float64, n*out)
	for i := 0; i < n; i++ {
		copy(y[i*out:(i+1)*out], bd)
	}
	if n > 0 {
		gemm(false, true, n, out, in, 1, xd, in, wd, in, 1, y, out)
	}
	l.x, l.xShape = xd, s
	ys := append(append([]int(nil), s[:len(s)-1]...), out)
	return fromData(y, ys...), nil
}

// Backward returns ∂L/∂x and the gradients {"weight", "bias"} for the last
// Forward, given ∂L/∂y (the shape of y). It returns a *ValueError if there
// was no Forward and a *ShapeError if dY's shape is not y's.
func (l *Linear) Backward(dY *tensor.Tensor) (dX *tensor.Tensor, grads map[string]*tensor.Tensor, err error) {
	const op = "Linear.Backward"
	in, out, err := l.sizes(op)
	if err != nil {
		return nil, nil, err
	}
	if l.x == nil {
		return nil, nil, &ValueError{Op: op, Msg: "there is no Forward to differentiate; call Forward first"}
	}
	ys := append(append([]int(nil), l.xShape[:len(l.xShape)-1]...), out)
	if dY == nil {
		return nil, nil, nilError(op, "dY")
	}
	dy, err := state(op, "dY", dY, ys, "the shape of y")
	if err != nil {
		return nil, nil, err
	}
	n := len(l.x) / in
	dx := make([]float64, n*in)
	dw := make([]float64, out*in)
	db := make([]float64, out)
	if n > 0 {
		gemm(false, false, n, in, out, 1, dy, out, l.Weight.Data(), in, 0, dx, in)
		gemm(true, false, out, in, n, 1, dy, out, l.x, in, 0, dw, in)
		addColumnSums(db, dy, n)
	}
	return fromData(dx, l.xShape...), map[string]*tensor.Tensor{"weight": fromData(dw, out, in), "bias": fromData(db, out)}, nil
}

// StateDict returns {"weight": W, "bias": b}, PyTorch's names.
func (l *Linear) StateDict() map[string]*tensor.Tensor {
	if l == nil {
		return map[string]*tensor.Tensor{}
	}
	return map[string]*tensor.Tensor{"weight": l.Weight, "bias": l.Bias}
}

// LoadStateDict replaces W and b; sd must hold exactly "weight" and "bias"
// with the current shapes and finite values, otherwise it returns a
// *StateDictError and changes nothing.
func (l *Linear) LoadStateDict(sd map[string]*tensor.Tensor) error {
	const op = "Linear.LoadStateDict"
	in, out, err := l.sizes(op)
	if err != nil {
		return err
	}
	if sd == nil {
		return &ValueError{Op: op, Msg: "the state dict is nil"}
	}
	want := map[string][]int{"weight": {out, in}, "bias": {out}}
	for name := range sd {
		if want[name] == nil {
			return &StateDictError{Op: op, Name: name, Got: shapeOf(sd[name]), Reason: "unexpected name: a Linear layer has exactly weight and bias"}
		}
	}
	for _, name := range []string{"weight", "bias"} {
		t, ok := sd[name]
		if !ok || t == nil {
			return &StateDictError{Op: op, Name: name, Want: want[name], Reason: fmt.Sprintf("missing: the layer needs a %v tensor", want[name])}
		}
		if got := t.Shape(); !slices.Equal(got, want[name]) {
			return &StateDictError{Op: op, Name: name, Got: got, Want: want[name], Reason: fmt.Sprintf("shape is %v but the layer needs %v", got, want[name])}
		}
		if i := firstNonFinite(t.Data()); i >= 0 {
			return &StateDictError{Op: op, Name: name, Got: t.Shape(), Want: want[name], Reason: fmt.Sprintf("element %d is not finite", i)}
		}
	}
	l.Weight, l.Bias = sd["weight"], sd["bias"]
	return nil
}
