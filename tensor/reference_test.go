package tensor

import "math"

// refMatMul is an independent, deliberately naive torch.matmul: it promotes
// 1-D operands, broadcasts batch indices by explicit index arithmetic and
// sums every term in order, reading elements only through At. Tests compare
// the optimised engine against it.
func refMatMul(a, b *Tensor) ([]int, []float64) {
	as, bs := a.Shape(), b.Shape()
	da, db := len(as), len(bs)
	if da == 0 || db == 0 {
		return nil, nil
	}
	pa, pb := as, bs
	if da == 1 {
		pa = []int{1, as[0]}
	}
	if db == 1 {
		pb = []int{bs[0], 1}
	}
	m, k, n := pa[len(pa)-2], pa[len(pa)-1], pb[len(pb)-1]
	batchA, batchB := pa[:len(pa)-2], pb[:len(pb)-2]
	batch, _, ok := inferSize(batchA, batchB)
	if !ok || pb[len(pb)-2] != k {
		return nil, nil
	}
	var out []float64
	idx := make([]int, len(batch))
	for {
		for i := 0; i < m; i++ {
			for j := 0; j < n; j++ {
				s := 0.0
				for l := 0; l < k; l++ {
					s += refAt(a, idx, batch, i, l, da == 1) * refAt(b, idx, batch, l, j, db == 1)
				}
				out = append(out, s)
			}
		}
		d := len(idx) - 1
		for ; d >= 0; d-- {
			idx[d]++
			if idx[d] < batch[d] {
				break
			}
			idx[d] = 0
		}
		if d < 0 || prod(batch) == 0 {
			break
		}
	}
	shape := append([]int{}, batch...)
	if da > 1 {
		shape = append(shape, m)
	}
	if db > 1 {
		shape = append(shape, n)
	}
	if prod(shape) == 0 {
		out = nil
	}
	return shape, out
}

// refAt reads matrix element (r, c) of t for batch index idx (of the
// broadcast batch shape), broadcasting size-1 and missing batch dims.
func refAt(t *Tensor, idx, batch []int, r, c int, vector bool) float64 {
	s := t.Shape()
	if vector {
		if r == 0 {
			v, _ := t.At(c) // a row: element c
			return v
		}
		v, _ := t.At(r) // a column: element r
		return v
	}
	nb := len(s) - 2
	full := make([]int, len(s))
	for d := 0; d < nb; d++ {
		i := idx[len(batch)-nb+d]
		if s[d] == 1 {
			i = 0
		}
		full[d] = i
	}
	full[nb], full[nb+1] = r, c
	v, _ := t.At(full...)
	return v
}

// sameIEEE reports whether got matches want: NaN where want is NaN,
// the same infinity, and otherwise within a relative tolerance.
func sameIEEE(got, want float64) bool {
	switch {
	case math.IsNaN(want):
		return math.IsNaN(got)
	case math.IsInf(want, 0):
		return got == want
	}
	return math.Abs(got-want) <= 1e-9*(1+math.Abs(want))
}
