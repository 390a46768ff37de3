package tensor

// Strided walks. A tensor's element (i0, ..., in) is at
// offset + Σ i_d*strides[d]; these loops visit the elements of a shape in
// row-major order, advancing offsets by strides, so no index arithmetic is
// repeated per element and broadcast operands (stride 0) are never copied.

// copyTo writes t's elements to dst in row-major order.
func (t *Tensor) copyTo(dst []float64) {
	n := t.Numel()
	if n == 0 {
		return // an empty view's offset may point past its data
	}
	if t.IsContiguous() {
		copy(dst, t.data[t.offset:t.offset+n])
		return
	}
	i := 0
	walk1(t.shape, t.strides, t.offset, func(off, n, stride int) {
		for j := 0; j < n; j++ {
			dst[i] = t.data[off+j*stride]
			i++
		}
	})
}

// walk1 calls row(off, n, stride) for every innermost row of a strided
// layout, in row-major order: the row's elements are at off, off+stride, ...,
// off+(n-1)*stride. A 0-d layout is one row of one element.
func walk1(shape, strides []int, offset int, row func(off, n, stride int)) {
	walk3(shape, strides, offset, strides, 0, strides, 0, func(oa, _, _, n, ka, _, _ int) { row(oa, n, ka) })
}

// walk2 is walk1 for two layouts of the same shape visited in lockstep.
func walk2(shape, sa []int, oa int, sb []int, ob int, row func(offA, offB, n, strideA, strideB int)) {
	walk3(shape, sa, oa, sb, ob, sa, 0, func(a, b, _, n, ka, kb, _ int) { row(a, b, n, ka, kb) })
}

// walk3 is walk1 for three layouts of the same shape visited in lockstep:
// one counter over the outer dims, advancing every offset by its stride and
// rewinding it when a dim wraps, so no index is multiplied per element.
func walk3(shape, sa []int, oa int, sb []int, ob int, sc []int, oc int, row func(offA, offB, offC, n, strideA, strideB, strideC int)) {
	nd := len(shape)
	if nd == 0 {
		row(oa, ob, oc, 1, 0, 0, 0)
		return
	}
	for _, s := range shape {
		if s == 0 {
			return
		}
	}
	inner := shape[nd-1]
	idx := make([]int, nd-1)
	for {
		row(oa, ob, oc, inner, sa[nd-1], sb[nd-1], sc[nd-1])
		d := nd - 2
		for ; d >= 0; d-- {
			idx[d]++
			oa += sa[d]
			ob += sb[d]
			oc += sc[d]
			if idx[d] < shape[d] {
				break
			}
			oa -= sa[d] * shape[d]
			ob -= sb[d] * shape[d]
			oc -= sc[d] * shape[d]
			idx[d] = 0
		}
		if d < 0 {
			return
		}
	}
}
