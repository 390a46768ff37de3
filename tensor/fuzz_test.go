package tensor

import (
	"errors"
	"math/rand/v2"
	"testing"
)

// fuzzShape turns fuzz bytes into a shape of at most 5 dims with sizes in
// [-1, 5] (a -1 tests rejection of hostile shapes).
func fuzzShape(b []byte) []int {
	if len(b) > 5 {
		b = b[:5]
	}
	s := make([]int, len(b))
	for i, v := range b {
		s[i] = int(v)%7 - 1
	}
	return s
}

// fuzzOperand builds a tensor of the given shape, as a plain tensor or, by
// mode, as a transposed view, a view into a larger tensor, or a stride-0
// expanded view, so the engine sees many stride patterns.
func fuzzOperand(rng *rand.Rand, shape []int, mode uint8) (*Tensor, error) {
	n := len(shape)
	switch {
	case mode%4 == 1 && n >= 2:
		s := append([]int{}, shape...)
		s[n-1], s[n-2] = s[n-2], s[n-1]
		base, err := RandN(rng.Uint64(), s...)
		if err != nil {
			return nil, err
		}
		return base.MT()
	case mode%4 == 2 && n >= 1:
		s := append([]int{}, shape...)
		s[n-1] += 2
		base, err := RandN(rng.Uint64(), s...)
		if err != nil {
			return nil, err
		}
		return base.Narrow(-1, 1, shape[n-1])
	case mode%4 == 3 && n >= 1:
		s := append([]int{}, shape...)
		s[0] = 1
		base, err := RandN(rng.Uint64(), s...)
		if err != nil {
			return nil, err
		}
		return base.Expand(shape...)
	}
	return RandN(rng.Uint64(), shape...)
}

// FuzzMatMul compares MatMul on random shapes and strides with the naive
// reference and checks that no input panics: invalid shapes must give a
// *ShapeError, valid ones the reference's values.
func FuzzMatMul(f *testing.F) {
	f.Add(uint64(1), []byte{10, 3, 4}, []byte{4, 5}, uint8(0))
	f.Add(uint64(2), []byte{3, 4}, []byte{4}, uint8(5))
	f.Add(uint64(3), []byte{4}, []byte{2, 4, 5}, uint8(6))
	f.Add(uint64(4), []byte{2, 1, 3, 4}, []byte{5, 4, 6}, uint8(7))
	f.Add(uint64(5), []byte{1, 0}, []byte{0, 3}, uint8(9))
	f.Add(uint64(6), []byte{}, []byte{3}, uint8(0))
	f.Add(uint64(7), []byte{2, 3, 4}, []byte{3, 5, 4}, uint8(13))
	f.Add(uint64(8), []byte{0, 2}, []byte{6, 6}, uint8(2))
	f.Fuzz(func(t *testing.T, seed uint64, sa, sb []byte, mode uint8) {
		rng := rand.New(rand.NewPCG(seed, 1))
		shapeA, shapeB := fuzzShape(sa), fuzzShape(sb)
		_ = ExplainShapes("matmul", shapeA, shapeB).String() // must not panic either
		a, errA := fuzzOperand(rng, shapeA, mode)
		b, errB := fuzzOperand(rng, shapeB, mode>>2)
		var se *ShapeError
		if errA != nil || errB != nil {
			for _, err := range []error{errA, errB} {
				if err != nil && !errors.As(err, &se) {
					t.Fatalf("building %v / %v: want *ShapeError, got %T %v", shapeA, shapeB, err, err)
				}
			}
			return
		}
		got, err := MatMul(a, b)
		wantShape, want := refMatMul(a, b)
		valid := len(shapeA) > 0 && len(shapeB) > 0 && wantShape != nil
		if !valid {
			if !errors.As(err, &se) {
				t.Fatalf("%v@%v: want *ShapeError, got %v", shapeA, shapeB, err)
			}
			if se.TorchMessage() == "" || se.Error() == "" {
				t.Fatalf("%v@%v: empty message", shapeA, shapeB)
			}
			return
		}
		if err != nil {
			t.Fatalf("%v@%v: %v", shapeA, shapeB, err)
		}
		if !equalInts(got.Shape(), wantShape) {
			t.Fatalf("%v@%v: shape %v, want %v", shapeA, shapeB, got.Shape(), wantShape)
		}
		g := got.Data()
		for i := range want {
			if !sameIEEE(g[i], want[i]) {
				t.Fatalf("%v@%v mode %d: element %d = %v, want %v", shapeA, shapeB, mode, i, g[i], want[i])
			}
		}
	})
}
