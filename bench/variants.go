package bench

import (
	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/blas/gonum"
	"gonum.org/v1/gonum/mat"

	"github.com/chalk-ml/chalk/tensor"
)

// Variant is one way of computing a Case.
type Variant struct {
	Name string `json:"name"`
	// Kinds says which cases the variant handles.
	Kinds []Kind `json:"-"`
	// MaxN skips Square cases larger than this (0: no limit), for the slow
	// loops.
	MaxN int `json:"-"`
	// Prepare makes the operands for c and returns a function computing the
	// product once.
	Prepare func(c Case) (func() error, error) `json:"-"`
}

// Handles reports whether v can run c.
func (v Variant) Handles(c Case) bool {
	if v.MaxN > 0 && c.Kind == Square && c.N > v.MaxN {
		return false
	}
	for _, k := range v.Kinds {
		if k == c.Kind {
			return true
		}
	}
	return false
}

// Variants lists chalk's own variants and the loops, gonum and (with
// -tags openblas) OpenBLAS ones, in table order; package bench/peers adds
// gorgonia's.
func Variants() []Variant {
	vs := []Variant{
		{Name: "naive i-j-k", Kinds: []Kind{Square}, MaxN: 1024, Prepare: loopVariant(NaiveIJK)},
		{Name: "i-k-j loop", Kinds: []Kind{Square}, Prepare: loopVariant(LoopIKJ)},
		{Name: "blocked 64", Kinds: []Kind{Square}, Prepare: loopVariant(func(m, n, k int, a, b, c []float64) { Blocked(m, n, k, a, b, c, 64) })},
		{Name: "gonum Dgemm", Kinds: []Kind{Square}, Prepare: dgemmVariant(gonum.Implementation{})},
		{Name: "gonum mat.Dense.Mul", Kinds: []Kind{Square}, Prepare: withBLAS(gonum.Implementation{}, denseMul)},
		{Name: "Dgemm loop (gonum)", Kinds: []Kind{Batched}, Prepare: dgemmLoop(gonum.Implementation{})},
		{Name: "materialised copies + BMM", Kinds: []Kind{Broadcast}, Prepare: withBLAS(gonum.Implementation{}, materialised)},
		{Name: "chalk MM", Kinds: []Kind{Square}, Prepare: withBLAS(gonum.Implementation{}, chalkOp(tensor.MM))},
		{Name: "chalk BMM", Kinds: []Kind{Batched}, Prepare: withBLAS(gonum.Implementation{}, chalkOp(tensor.BMM))},
		{Name: "chalk MatMul", Kinds: []Kind{Square, Batched, Broadcast}, Prepare: withBLAS(gonum.Implementation{}, chalkOp(tensor.MatMul))},
	}
	return append(vs, openBLASVariants()...)
}

// operands returns seeded random operands of c's shapes.
func operands(c Case) (*tensor.Tensor, *tensor.Tensor, error) {
	a, err := tensor.RandN(1, c.A...)
	if err != nil {
		return nil, nil, err
	}
	b, err := tensor.RandN(2, c.B...)
	return a, b, err
}

// dims returns m, n, k of a 2-D case.
func dims(c Case) (m, n, k int) { return c.A[0], c.B[1], c.A[1] }

func loopVariant(f func(m, n, k int, a, b, c []float64)) func(Case) (func() error, error) {
	return func(c Case) (func() error, error) {
		a, b, err := operands(c)
		if err != nil {
			return nil, err
		}
		m, n, k := dims(c)
		x, y, out := a.Data(), b.Data(), make([]float64, m*n)
		return func() error { f(m, n, k, x, y, out); return nil }, nil
	}
}

// dgemmVariant calls one BLAS implementation's Dgemm directly.
func dgemmVariant(impl blas.Float64Level3) func(Case) (func() error, error) {
	return func(c Case) (func() error, error) {
		a, b, err := operands(c)
		if err != nil {
			return nil, err
		}
		m, n, k := dims(c)
		x, y, out := a.Data(), b.Data(), make([]float64, m*n)
		return func() error {
			impl.Dgemm(blas.NoTrans, blas.NoTrans, m, n, k, 1, x, k, y, n, 0, out, n)
			return nil
		}, nil
	}
}

func denseMul(c Case) (func() error, error) {
	a, b, err := operands(c)
	if err != nil {
		return nil, err
	}
	x, _ := a.ToDense()
	y, _ := b.ToDense()
	var out mat.Dense
	return func() error { out.Reset(); out.Mul(x, y); return nil }, nil
}

// dgemmLoop multiplies a batch with one Dgemm call per pair of matrices.
func dgemmLoop(impl blas.Float64Level3) func(Case) (func() error, error) {
	return func(c Case) (func() error, error) {
		a, b, err := operands(c)
		if err != nil {
			return nil, err
		}
		batch, m, k, n := c.A[0], c.A[1], c.A[2], c.B[2]
		x, y, out := a.Data(), b.Data(), make([]float64, batch*m*n)
		return func() error {
			for i := 0; i < batch; i++ {
				impl.Dgemm(blas.NoTrans, blas.NoTrans, m, n, k, 1, x[i*m*k:], k, y[i*k*n:], n, 0, out[i*m*n:], n)
			}
			return nil
		}, nil
	}
}

// materialised broadcasts the way a naive implementation does: expand both
// operands to the full batch shape, copy them out, then run BMM.
func materialised(c Case) (func() error, error) {
	a, b, err := operands(c)
	if err != nil {
		return nil, err
	}
	na, nb := len(c.A), len(c.B)
	batch, err := tensor.BroadcastShapes(c.A[:na-2], c.B[:max(nb-2, 0)])
	if err != nil {
		return nil, err
	}
	count := 1
	for _, d := range batch {
		count *= d
	}
	fullA := append(append([]int{}, batch...), c.A[na-2:]...)
	fullB := append(append([]int{}, batch...), c.B[nb-2:]...)
	return func() error {
		ea, err := a.Expand(fullA...)
		if err != nil {
			return err
		}
		eb, err := b.Expand(fullB...)
		if err != nil {
			return err
		}
		ca, err := ea.Clone().Reshape(count, c.A[na-2], c.A[na-1])
		if err != nil {
			return err
		}
		cb, err := eb.Clone().Reshape(count, c.B[nb-2], c.B[nb-1])
		if err != nil {
			return err
		}
		_, err = tensor.BMM(ca, cb)
		return err
	}, nil
}

func chalkOp(op func(a, b *tensor.Tensor) (*tensor.Tensor, error)) func(Case) (func() error, error) {
	return func(c Case) (func() error, error) {
		a, b, err := operands(c)
		if err != nil {
			return nil, err
		}
		return func() error { _, err := op(a, b); return err }, nil
	}
}

// withBLAS makes a variant run with blas64 routed to impl, so the same chalk
// code can be timed on gonum's pure-Go BLAS and on OpenBLAS in one run.
func withBLAS(impl blas.Float64, prepare func(Case) (func() error, error)) func(Case) (func() error, error) {
	return func(c Case) (func() error, error) {
		run, err := prepare(c)
		if err != nil {
			return nil, err
		}
		return func() error {
			prev := blas64.Implementation()
			blas64.Use(impl)
			defer blas64.Use(prev)
			return run()
		}, nil
	}
}
