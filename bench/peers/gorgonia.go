// Package peers adds other Go libraries' matrix products to chalk's
// benchmarks: gorgonia.org/tensor's MatMul and gorgonia's BatchedMatMul
// graph node. It is separate from package bench so that programs which only
// need chalk's own variants (the chalk command) do not link gorgonia.
package peers

import (
	G "gorgonia.org/gorgonia"
	gt "gorgonia.org/tensor"

	"github.com/chalk-ml/chalk/bench"
	"github.com/chalk-ml/chalk/tensor"
)

// Variants returns the gorgonia variants.
func Variants() []bench.Variant {
	return []bench.Variant{
		{Name: "gorgonia tensor.MatMul", Kinds: []bench.Kind{bench.Square}, Prepare: gorgoniaMatMul},
		{Name: "gorgonia BatchedMatMul", Kinds: []bench.Kind{bench.Batched}, Prepare: gorgoniaBatched},
	}
}

// operands returns the same seeded operands bench uses.
func operands(c bench.Case) (*tensor.Tensor, *tensor.Tensor, error) {
	a, err := tensor.RandN(1, c.A...)
	if err != nil {
		return nil, nil, err
	}
	b, err := tensor.RandN(2, c.B...)
	return a, b, err
}

// gorgoniaMatMul multiplies with gorgonia.org/tensor's MatMul, reusing an
// output tensor as its docs recommend. It uses gonum's pure-Go BLAS.
func gorgoniaMatMul(c bench.Case) (func() error, error) {
	a, b, err := operands(c)
	if err != nil {
		return nil, err
	}
	m, n, k := c.A[0], c.B[1], c.A[1]
	x := gt.New(gt.WithShape(m, k), gt.WithBacking(a.Data()))
	y := gt.New(gt.WithShape(k, n), gt.WithBacking(b.Data()))
	out := gt.New(gt.Of(gt.Float64), gt.WithShape(m, n))
	return func() error {
		_, err := gt.MatMul(x, y, gt.WithReuse(out))
		return err
	}, nil
}

// gorgoniaBatched runs gorgonia's BatchedMatMul node in a compiled graph on
// a tape machine, the way a gorgonia model would.
func gorgoniaBatched(c bench.Case) (func() error, error) {
	a, b, err := operands(c)
	if err != nil {
		return nil, err
	}
	g := G.NewGraph()
	x := G.NewTensor(g, G.Float64, 3, G.WithShape(c.A...), G.WithName("a"),
		G.WithValue(gt.New(gt.WithShape(c.A...), gt.WithBacking(a.Data()))))
	y := G.NewTensor(g, G.Float64, 3, G.WithShape(c.B...), G.WithName("b"),
		G.WithValue(gt.New(gt.WithShape(c.B...), gt.WithBacking(b.Data()))))
	if _, err := G.BatchedMatMul(x, y); err != nil {
		return nil, err
	}
	vm := G.NewTapeMachine(g)
	return func() error {
		err := vm.RunAll()
		vm.Reset()
		return err
	}, nil
}
