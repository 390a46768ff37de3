package tensor

// Add returns a + b elementwise with broadcasting, like torch.add: the shapes
// are aligned from the right and size-1 (or missing) dims repeat, so [10 3]
// + [3] adds the row vector to every row. It returns a *ShapeError if the
// shapes do not broadcast (see BroadcastShapes).
func Add(a, b *Tensor) (*Tensor, error) {
	return binary("add", a, b, func(x, y float64) float64 { return x + y })
}

// Sub returns a - b elementwise with broadcasting, like torch.sub. Errors
// are as for Add.
func Sub(a, b *Tensor) (*Tensor, error) {
	return binary("sub", a, b, func(x, y float64) float64 { return x - y })
}

// Mul returns a * b elementwise (the Hadamard product) with broadcasting,
// like torch.mul and the * operator. Mul then Sum over the last dim is a
// batch of dot products: (A*B).Sum(-1) of [10 3] and [1 3] gives [10]
// (the seed's recipe). Errors are as for Add.
func Mul(a, b *Tensor) (*Tensor, error) {
	return binary("mul", a, b, func(x, y float64) float64 { return x * y })
}

// Div returns a / b elementwise with broadcasting, like torch.div (true
// division; x/0 is ±Inf or NaN as in IEEE 754). Errors are as for Add.
func Div(a, b *Tensor) (*Tensor, error) {
	return binary("div", a, b, func(x, y float64) float64 { return x / y })
}

// binary applies f to broadcast pairs of elements of a and b.
func binary(op string, a, b *Tensor, f func(x, y float64) float64) (*Tensor, error) {
	if err := valid(op, "A", a); err != nil {
		return nil, err
	}
	if err := valid(op, "B", b); err != nil {
		return nil, err
	}
	shape, dim, ok := inferSize(a.shape, b.shape)
	if !ok {
		return nil, broadcastError(op, a.shape, b.shape, a.shape, b.shape, dim)
	}
	n, err := checkShape(op, shape)
	if err != nil {
		return nil, err
	}
	out := make([]float64, n)
	sa := broadcastStrides(a.shape, a.strides, shape)
	sb := broadcastStrides(b.shape, b.strides, shape)
	sc := elementwiseStrides(shape, []*Tensor{a, b}, false)
	walk3(shape, sa, a.offset, sb, b.offset, sc, 0, func(oa, ob, oc, n, ka, kb, kc int) {
		for j := 0; j < n; j++ {
			out[oc+j*kc] = f(a.data[oa+j*ka], b.data[ob+j*kb])
		}
	})
	return &Tensor{data: out, shape: cloneInts(shape), strides: sc}, nil
}

// Map returns a new tensor with f applied to every element of t, e.g.
// t.Map(math.Tanh).
func (t *Tensor) Map(f func(float64) float64) *Tensor { return t.mapScalar(f, false) }

// mapScalar applies f elementwise; scalar says the operation is PyTorch's
// t op s with a Go scalar s, which decides the result's layout.
func (t *Tensor) mapScalar(f func(float64) float64, scalar bool) *Tensor {
	if t.isZero() {
		return &Tensor{}
	}
	out := make([]float64, t.Numel())
	so := elementwiseStrides(t.shape, []*Tensor{t}, scalar)
	walk2(t.shape, t.strides, t.offset, so, 0, func(oa, oc, n, ka, kc int) {
		for j := 0; j < n; j++ {
			out[oc+j*kc] = f(t.data[oa+j*ka])
		}
	})
	return &Tensor{data: out, shape: cloneInts(t.shape), strides: so}
}

// Scale returns s*t, every element multiplied by the scalar s.
func (t *Tensor) Scale(s float64) *Tensor {
	return t.mapScalar(func(v float64) float64 { return s * v }, true)
}

// Neg returns -t elementwise.
func (t *Tensor) Neg() *Tensor { return t.Map(func(v float64) float64 { return -v }) }
