package tensor

import (
	"fmt"
	"math"
	"math/rand/v2"
)

// Zeros returns a tensor of the given shape filled with 0, like torch.zeros.
// With no shape it returns the 0-d scalar 0. It returns a *ShapeError for a
// negative size or more than MaxElements elements.
func Zeros(shape ...int) (*Tensor, error) { return full("zeros", 0, shape) }

// Ones returns a tensor of the given shape filled with 1, like torch.ones.
// Errors are as for Zeros.
func Ones(shape ...int) (*Tensor, error) { return full("ones", 1, shape) }

// Full returns a tensor of the given shape with every element v, like
// torch.full. Errors are as for Zeros.
func Full(v float64, shape ...int) (*Tensor, error) { return full("full", v, shape) }

// full is Full with the name of the caller's operation for its errors.
func full(op string, v float64, shape []int) (*Tensor, error) {
	n, err := checkShape(op, shape)
	if err != nil {
		return nil, err
	}
	data := make([]float64, n)
	if v != 0 {
		for i := range data {
			data[i] = v
		}
	}
	return newContiguous(data, shape), nil
}

// Eye returns the n×n identity matrix, like torch.eye(n). It returns a
// *ShapeError for negative or too large n.
func Eye(n int) (*Tensor, error) {
	if n < 0 {
		return nil, &ShapeError{Op: "eye", A: []int{n, n},
			Reason: fmt.Sprintf("n is %d; it must be 0 or more", n),
			torch:  fmt.Sprintf("n must be greater or equal to 0, got %d", n)}
	}
	t, err := full("eye", 0, []int{n, n})
	if err != nil {
		return nil, err
	}
	for i := 0; i < n; i++ {
		t.data[i*n+i] = 1
	}
	return t, nil
}

// Arange returns the 1-D tensor [start, start+step, start+2*step, ...] of the
// values below end (above it for a negative step), like torch.arange(start,
// end, step): it has ceil((end-start)/step) elements. Arange(0, 4, 1) is
// [0 1 2 3].
//
// It returns a *ValueError if start or end is not finite, step is 0 or NaN,
// or the step's sign points away from end, and a *ShapeError if the result
// would exceed MaxElements.
func Arange(start, end, step float64) (*Tensor, error) {
	switch {
	case math.IsNaN(step) || math.IsInf(step, 0):
		return nil, &ValueError{Op: "arange", Msg: fmt.Sprintf("step %v is not a finite number", step)}
	case step == 0:
		return nil, &ValueError{Op: "arange", Msg: "step must be nonzero"}
	case math.IsNaN(start) || math.IsInf(start, 0) || math.IsNaN(end) || math.IsInf(end, 0):
		return nil, &ValueError{Op: "arange", Msg: fmt.Sprintf("unsupported range %v -> %v: start and end must be finite", start, end)}
	case step > 0 && end < start, step < 0 && end > start:
		return nil, &ValueError{Op: "arange", Msg: fmt.Sprintf("a step of %v never gets from %v to %v; flip the step's sign", step, start, end)}
	}
	count := math.Ceil((end - start) / step)
	if count > MaxElements {
		return nil, tooLarge("arange", []int{int(math.Min(count, 1<<62))})
	}
	n := int(count)
	data := make([]float64, n)
	for i := range data {
		data[i] = start + float64(i)*step
	}
	return newContiguous(data, []int{n}), nil
}

// Linspace returns n evenly spaced values from start to end inclusive, like
// torch.linspace. It returns a *ValueError for non-finite bounds and a
// *ShapeError for negative or too large n.
func Linspace(start, end float64, n int) (*Tensor, error) {
	if math.IsNaN(start) || math.IsInf(start, 0) || math.IsNaN(end) || math.IsInf(end, 0) {
		return nil, &ValueError{Op: "linspace", Msg: fmt.Sprintf("bounds %v and %v must be finite", start, end)}
	}
	if n < 0 {
		return nil, &ShapeError{Op: "linspace", A: []int{n},
			Reason: fmt.Sprintf("n is %d; the number of steps must be 0 or more", n),
			torch:  "number of steps must be non-negative"}
	}
	t, err := full("linspace", 0, []int{n})
	if err != nil {
		return nil, err
	}
	if n == 1 {
		t.data[0] = start
		return t, nil
	}
	step := (end - start) / float64(n-1)
	// Fill from both ends, as PyTorch does, so the last value is exactly end.
	half := n / 2
	for i := 0; i < n; i++ {
		if i < half {
			t.data[i] = start + step*float64(i)
		} else {
			t.data[i] = end - step*float64(n-1-i)
		}
	}
	return t, nil
}

// Rand returns a tensor of the given shape with elements drawn uniformly
// from [0, 1), like torch.rand, reproducibly from seed (a PCG generator from
// math/rand/v2; the numbers differ from PyTorch's). Errors are as for Zeros.
func Rand(seed uint64, shape ...int) (*Tensor, error) {
	return fill("rand", shape, newRNG(seed).Float64)
}

// RandN returns a tensor of the given shape with elements drawn from the
// standard normal distribution, like torch.randn, reproducibly from seed.
// Errors are as for Zeros.
func RandN(seed uint64, shape ...int) (*Tensor, error) {
	return fill("randn", shape, newRNG(seed).NormFloat64)
}

// Uniform returns a tensor of the given shape with elements drawn uniformly
// from [lo, hi) using rng, like torch.Tensor.uniform_. It returns a
// *ValueError for a nil rng or bounds that are not finite with lo <= hi.
func Uniform(rng *rand.Rand, lo, hi float64, shape ...int) (*Tensor, error) {
	if rng == nil {
		return nil, &ValueError{Op: "uniform", Msg: "rng is nil; pass rand.New(rand.NewPCG(seed, 0))"}
	}
	if !(lo <= hi) || math.IsInf(lo, 0) || math.IsInf(hi, 0) {
		return nil, &ValueError{Op: "uniform", Msg: fmt.Sprintf("bounds [%v, %v) must be finite with lo <= hi", lo, hi)}
	}
	return fill("uniform", shape, func() float64 { return lo + (hi-lo)*rng.Float64() })
}

func newRNG(seed uint64) *rand.Rand {
	return rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15))
}

func fill(op string, shape []int, next func() float64) (*Tensor, error) {
	n, err := checkShape(op, shape)
	if err != nil {
		return nil, err
	}
	data := make([]float64, n)
	for i := range data {
		data[i] = next()
	}
	return newContiguous(data, shape), nil
}
