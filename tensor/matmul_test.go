package tensor

import (
	"errors"
	"math"
	"math/rand/v2"
	"runtime"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/blas/gonum"
)

func TestMatMulShapes(t *testing.T) {
	tests := []struct {
		a, b, want []int
	}{
		{[]int{3}, []int{3}, []int{}},
		{[]int{3, 4}, []int{4}, []int{3}},
		{[]int{4}, []int{4, 5}, []int{5}},
		{[]int{3, 4}, []int{4, 5}, []int{3, 5}},
		{[]int{10, 3, 4}, []int{4, 5}, []int{10, 3, 5}},
		{[]int{10, 3, 4}, []int{10, 4, 5}, []int{10, 3, 5}},
		{[]int{10, 3, 4}, []int{4}, []int{10, 3}},
		{[]int{4}, []int{10, 4, 5}, []int{10, 5}},
		{[]int{3, 4}, []int{10, 4, 5}, []int{10, 3, 5}},
		{[]int{8, 1, 6, 4}, []int{7, 4, 5}, []int{8, 7, 6, 5}},
		{[]int{2, 1, 3, 4}, []int{1, 5, 4, 2}, []int{2, 5, 3, 2}},
		{[]int{2, 0}, []int{0, 3}, []int{2, 3}},
		{[]int{0, 3, 4}, []int{4, 5}, []int{0, 3, 5}},
		{[]int{3, 0, 4}, []int{4, 0}, []int{3, 0, 0}},
		{[]int{0}, []int{0}, []int{}},
	}
	for _, tc := range tests {
		a := Must(RandN(1, tc.a...))
		b := Must(RandN(2, tc.b...))
		c, err := MatMul(a, b)
		require.NoError(t, err, "%v@%v", tc.a, tc.b)
		assert.Equal(t, tc.want, c.Shape(), "%v@%v", tc.a, tc.b)
		shape, want := refMatMul(a, b)
		assert.Equal(t, shape, c.Shape())
		got := c.Data()
		require.Len(t, got, len(want))
		for i := range want {
			assert.InDelta(t, want[i], got[i], 1e-12)
		}
	}
}

func TestEmptySumIsZero(t *testing.T) {
	c, err := MatMul(Must(Zeros(2, 0)), Must(Zeros(0, 3)))
	require.NoError(t, err)
	assert.Equal(t, []float64{0, 0, 0, 0, 0, 0}, c.Data())
}

// countingBLAS is gonum's BLAS behind another type, so installing it with
// blas64.Use sends chalk down its blas64 path, where gonum's Dgemm skips
// zero terms and the repair must restore IEEE semantics.
type countingBLAS struct {
	gonum.Implementation
	gemm, gemv *int
}

func (c countingBLAS) Dgemm(tA, tB blas.Transpose, m, n, k int, alpha float64, a []float64, lda int, b []float64, ldb int, beta float64, cc []float64, ldc int) {
	*c.gemm++
	c.Implementation.Dgemm(tA, tB, m, n, k, alpha, a, lda, b, ldb, beta, cc, ldc)
}

func (c countingBLAS) Dgemv(tA blas.Transpose, m, n int, alpha float64, a []float64, lda int, x []float64, incX int, beta float64, y []float64, incY int) {
	*c.gemv++
	c.Implementation.Dgemv(tA, m, n, alpha, a, lda, x, incX, beta, y, incY)
}

// withCountingBLAS runs f with blas64 routed to a countingBLAS.
func withCountingBLAS(f func()) (gemmCalls, gemvCalls int) {
	prev := blas64.Implementation()
	blas64.Use(countingBLAS{gemm: &gemmCalls, gemv: &gemvCalls})
	defer blas64.Use(prev)
	f()
	return
}

// TestInstalledBLASIsUsed: after blas64.Use, every product goes through the
// installed BLAS, even tiny ones; the results and IEEE semantics stay.
func TestInstalledBLASIsUsed(t *testing.T) {
	if ownKernel() {
		assert.Contains(t, Backend(), "chalk kernel")
	}
	gemmCalls, gemvCalls := withCountingBLAS(func() {
		assert.Contains(t, Backend(), "blas64")
		TestMatMulShapes(t)
		TestNonFinitePropagation(t)
		_, err := MV(Must(Ones(3, 4)), Must(Ones(4)))
		require.NoError(t, err)
	})
	assert.Positive(t, gemmCalls)
	assert.Positive(t, gemvCalls)
}

// TestNonFinitePropagation checks IEEE 754 semantics on every kernel path:
// 0·Inf and 0·NaN are NaN, so any sum holding such a term is NaN, even
// though gonum's Dgemm skips zero terms.
func TestNonFinitePropagation(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	a := Must(FromSlice([]float64{0, 1}, 1, 2))
	b := Must(FromSlice([]float64{nan, 2}, 2, 1))
	c, err := MatMul(a, b)
	require.NoError(t, err)
	v, _ := c.Item()
	assert.True(t, math.IsNaN(v), "[0 1]@[[NaN],[2]] must be NaN")

	zero := Must(FromSlice([]float64{0}, 1))
	d, _ := Dot(zero, Must(FromSlice([]float64{inf}, 1)))
	v, _ = d.Item()
	assert.True(t, math.IsNaN(v), "0·Inf must be NaN")

	// Sizes that take the Go loop, Dgemv, Dgemm and the folded path, with
	// zeros and non-finite values sprinkled into either operand.
	rng := rand.New(rand.NewPCG(7, 7))
	sizes := [][2][]int{
		{{3, 4}, {4, 5}}, {{40, 50}, {50, 1}}, {{70, 80}, {80, 90}}, {{1, 80}, {80, 90}},
		{{6, 40, 50}, {50, 30}}, {{5, 30, 40}, {5, 40, 30}}, {{2, 1, 40, 40}, {3, 40, 40}},
	}
	for _, sz := range sizes {
		for trial := 0; trial < 4; trial++ {
			x := sprinkled(rng, sz[0], trial%2 == 0)
			y := sprinkled(rng, sz[1], trial%2 == 1)
			for _, transposeB := range []bool{false, true} {
				yy := y
				if transposeB && len(sz[1]) >= 2 {
					// the same values as a transposed (column-major) view
					yt := Must(y.Contiguous().MT())
					yy = Must(yt.Contiguous().MT())
				}
				got, err := MatMul(x, yy)
				require.NoError(t, err)
				_, want := refMatMul(x, yy)
				g := got.Data()
				for i := range want {
					if !sameIEEE(g[i], want[i]) {
						t.Fatalf("%v@%v trial %d: element %d is %v, want %v", sz[0], sz[1], trial, i, g[i], want[i])
					}
				}
			}
		}
	}
}

// sprinkled is a random tensor with many zeros and, if special, a few NaN
// and ±Inf values.
func sprinkled(rng *rand.Rand, shape []int, special bool) *Tensor {
	data := make([]float64, prod(shape))
	for i := range data {
		switch r := rng.Float64(); {
		case r < 0.3:
			data[i] = 0
		case special && r < 0.32:
			data[i] = math.NaN()
		case special && r < 0.34:
			data[i] = math.Inf(1)
		case special && r < 0.36:
			data[i] = math.Inf(-1)
		default:
			data[i] = rng.NormFloat64()
		}
	}
	return Must(FromSlice(data, shape...))
}

func TestMatMulErrors(t *testing.T) {
	tests := []struct {
		a, b        []int
		plain, tmsg string
	}{
		{[]int{10, 3, 4}, []int{5, 4},
			"matmul: A is [10 3 4] and B is [5 4]: A's last dim (4) must equal B's second-to-last dim (5)",
			"mat1 and mat2 shapes cannot be multiplied (30x4 and 5x4)"},
		{[]int{10, 3, 4}, []int{5},
			"A's last dim (4) must equal B's length (5)",
			"size mismatch, got 30, 30x4,5"},
		{[]int{3}, []int{10, 5, 4},
			"A's length (3) must equal B's second-to-last dim (5)",
			"size mismatch, got 40, 40x5,3"},
		{[]int{3, 4}, []int{10, 5, 4},
			"A's last dim (4) must equal B's second-to-last dim (5)",
			"mat1 and mat2 shapes cannot be multiplied (40x5 and 4x3)"},
		{[]int{2, 3, 4}, []int{3, 4, 5},
			"the batch dims [2] and [3] cannot broadcast",
			"The size of tensor a (2) must match the size of tensor b (3) at non-singleton dimension 0"},
		{[]int{2, 3, 4}, []int{2, 5, 4},
			"A's last dim (4) must equal B's second-to-last dim (5)",
			"Expected size for first two dimensions of batch2 tensor to be: [2, 4] but got: [2, 5]."},
		{[]int{}, []int{2, 5, 4},
			"matmul needs at least one dim on each side, but A is 0-D and B is 3-D",
			"both arguments to matmul need to be at least 1D, but they are 0D and 3D"},
		{[]int{3}, []int{4},
			"A's length (3) must equal B's length (4)",
			"inconsistent tensor size, expected tensor [3] and src [4] to have the same number of elements, but got 3 and 4 elements respectively"},
	}
	for _, tc := range tests {
		_, err := MatMul(Must(Zeros(tc.a...)), Must(Zeros(tc.b...)))
		var se *ShapeError
		require.True(t, errors.As(err, &se), "%v@%v: %v", tc.a, tc.b, err)
		assert.Contains(t, se.Error(), tc.plain)
		assert.Equal(t, tc.tmsg, se.TorchMessage())
	}
}

// TestHostileInputs: nothing a caller passes may panic; all are typed errors.
func TestHostileInputs(t *testing.T) {
	var se *ShapeError
	var ve *ValueError
	_, err := FromSlice(nil, -1)
	assert.True(t, errors.As(err, &se), "negative dim")
	_, err = FromSlice(nil, 1<<40, 1<<40)
	assert.True(t, errors.As(err, &se), "overflowing product")
	assert.Contains(t, se.TorchMessage(), "overflowed")
	_, err = Zeros(1<<31, 2)
	assert.True(t, errors.As(err, &se), "above MaxElements")
	_, err = FromSlice([]float64{1, 2, 3, 4, 5}, 2, 3)
	assert.True(t, errors.As(err, &se), "length mismatch")
	assert.Equal(t, "shape '[2, 3]' is invalid for input of size 5", se.TorchMessage())
	_, err = Zeros(make([]int, MaxDims+1)...)
	assert.True(t, errors.As(err, &se), "too many dims")

	big := Must(Zeros(1<<16, 1))
	_, err = MatMul(big, Must(Zeros(1, 1<<16)))
	assert.True(t, errors.As(err, &se), "result above MaxElements")

	for name, f := range map[string]func(a, b *Tensor) (*Tensor, error){
		"dot": Dot, "mm": MM, "bmm": BMM, "matmul": MatMul, "mv": MV, "outer": Outer,
		"mul": Mul, "add": Add, "sub": Sub, "div": Div,
	} {
		_, err := f(nil, big)
		assert.True(t, errors.As(err, &ve), "%s(nil, x)", name)
		_, err = f(big, nil)
		assert.True(t, errors.As(err, &ve), "%s(x, nil)", name)
		_, err = f(&Tensor{}, big)
		assert.True(t, errors.As(err, &ve), "%s(zero value, x)", name)
	}
	_, err = Arange(0, 1, 0)
	assert.True(t, errors.As(err, &ve))
	_, err = Arange(0, math.NaN(), 1)
	assert.True(t, errors.As(err, &ve))
	_, err = Arange(0, 1, -1)
	assert.True(t, errors.As(err, &ve))
	_, err = Arange(0, 1e300, 1)
	assert.True(t, errors.As(err, &se), "huge arange")
	_, err = FromDense(nil)
	assert.True(t, errors.As(err, &ve))
	_, err = Cat(0)
	assert.True(t, errors.As(err, &se))
}

func TestAtAndItem(t *testing.T) {
	x := Must(FromSlice([]float64{1, 2, 3, 4, 5, 6}, 2, 3))
	v, err := x.At(-1, -1)
	require.NoError(t, err)
	assert.Equal(t, 6.0, v)
	_, err = x.At(1, 5)
	var ie *IndexError
	require.True(t, errors.As(err, &ie))
	assert.Equal(t, "index 5 is out of bounds for dimension 1 with size 3", ie.TorchMessage())
	_, err = x.At(1, 1, 1)
	require.True(t, errors.As(err, &ie))
	assert.Equal(t, "too many indices for tensor of dimension 2", ie.TorchMessage())
	_, err = x.Item()
	var se *ShapeError
	require.True(t, errors.As(err, &se))
	assert.Equal(t, "only one element tensors can be converted to Python scalars", se.TorchMessage())
	s, err := Scalar(2.5).At()
	require.NoError(t, err)
	assert.Equal(t, 2.5, s)
}

// TestBroadcastDoesNotCopy checks that a broadcast matmul allocates little
// beyond its result: expanded copies of the operands would triple it.
func TestBroadcastDoesNotCopy(t *testing.T) {
	a := Must(RandN(1, 8, 1, 64, 64))
	b := Must(RandN(2, 1, 16, 64, 64))
	result := 8 * 16 * 64 * 64 * 8 // bytes
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	c, err := MatMul(a, b)
	runtime.ReadMemStats(&after)
	require.NoError(t, err)
	assert.Equal(t, []int{8, 16, 64, 64}, c.Shape())
	allocated := int(after.TotalAlloc - before.TotalAlloc)
	assert.Less(t, allocated, result+result/4, "allocated %d bytes for a %d-byte result", allocated, result)
}

func TestViewsShareAndMatch(t *testing.T) {
	x := Must(Arange(0, 24, 1))
	x3 := Must(x.Reshape(2, 3, 4))
	p := Must(x3.Permute(2, 0, 1))
	assert.Equal(t, []int{4, 2, 3}, p.Shape())
	v, _ := p.At(3, 1, 2)
	assert.Equal(t, 23.0, v)
	s := Must(x3.Select(1, 2))
	assert.Equal(t, []float64{8, 9, 10, 11, 20, 21, 22, 23}, s.Data())
	n := Must(x3.Narrow(2, 1, 2))
	assert.Equal(t, []int{2, 3, 2}, n.Shape())
	assert.Equal(t, []float64{1, 2, 5, 6, 9, 10, 13, 14, 17, 18, 21, 22}, n.Data())
	c := Must(Cat(-1, n, n))
	assert.Equal(t, []int{2, 3, 4}, c.Shape())
	st := Must(Stack(0, s, s, s))
	assert.Equal(t, []int{3, 2, 4}, st.Shape())
	u := Must(x3.Unsqueeze(1))
	assert.Equal(t, []int{2, 1, 3, 4}, u.Shape())
	sq := Must(u.Squeeze())
	assert.True(t, Equal(sq, x3))
	r := Must(p.Reshape(-1)) // not viewable: copies
	assert.Equal(t, 24, r.Numel())
	assert.True(t, r.IsContiguous())
}

func TestDenseRoundTrip(t *testing.T) {
	x := Must(RandN(3, 4, 5))
	d, err := x.ToDense()
	require.NoError(t, err)
	back, err := FromDense(d)
	require.NoError(t, err)
	assert.True(t, Equal(x, back))
	_, err = Must(Zeros(2, 3, 4)).ToDense()
	var se *ShapeError
	assert.True(t, errors.As(err, &se))
}

func TestConstructors(t *testing.T) {
	a := Must(Arange(1, 2, 0.25))
	assert.Equal(t, []float64{1, 1.25, 1.5, 1.75}, a.Data())
	l := Must(Linspace(0, 1, 5))
	assert.Equal(t, []float64{0, 0.25, 0.5, 0.75, 1}, l.Data())
	e := Must(Eye(2))
	assert.Equal(t, []float64{1, 0, 0, 1}, e.Data())
	r1, r2 := Must(Rand(42, 3, 3)), Must(Rand(42, 3, 3))
	assert.True(t, Equal(r1, r2), "same seed, same numbers")
	for _, v := range r1.Data() {
		assert.True(t, v >= 0 && v < 1)
	}
	assert.Equal(t, []int{}, Must(Zeros()).Shape())
	assert.Equal(t, "tensor(0.)", Must(Zeros()).String())
}

// TestZeroValue: the zero Tensor{} is unusable but never panics.
func TestZeroValue(t *testing.T) {
	var z Tensor
	var ve *ValueError
	assert.True(t, errors.As(z.Validate(), &ve))
	assert.Nil(t, z.Data())
	assert.Equal(t, "tensor(<zero value>)", z.String())
	_, err := z.At()
	assert.True(t, errors.As(err, &ve))
	_, err = z.Item()
	assert.True(t, errors.As(err, &ve))
	for _, u := range []*Tensor{z.T(), z.Contiguous(), z.Clone(), z.Flatten(), z.Map(math.Abs), z.Tanh()} {
		assert.Error(t, u.Validate())
	}
	for _, f := range []func() (*Tensor, error){
		func() (*Tensor, error) { return z.Reshape(1) },
		func() (*Tensor, error) { return z.Sum() },
		func() (*Tensor, error) { return z.Transpose(0, 0) },
		func() (*Tensor, error) { return z.Unsqueeze(0) },
		func() (*Tensor, error) { return z.Expand(2) },
		func() (*Tensor, error) { return z.Select(0, 0) },
		func() (*Tensor, error) { return Cat(0, &z) },
		func() (*Tensor, error) { return Stack(0, &z) },
	} {
		_, err := f()
		assert.True(t, errors.As(err, &ve))
	}
	var nilT *Tensor
	assert.Error(t, nilT.Validate())
	_, err = z.ToDense()
	assert.Error(t, err)
}
