package tensor

// operandView says where operand x's matrix for each batch index lives:
// x.offset + Σ_d index_d*batchStrides[d], with row stride rs and column
// stride cs inside the matrix.
type operandView struct {
	t            *Tensor
	batchStrides []int // one per dim of the (broadcast) batch shape; 0 where broadcast
	rs, cs       int
}

// multiply runs C_b = A_b·B_b for every index b of the batch shape and
// returns C as a row-major [batch..., m, n] tensor with the given shape
// (which has the same element count, with promoted dims dropped). Callers
// have validated the shapes and the result size.
func multiply(batch []int, m, n, k int, a, b operandView, shape []int) *Tensor {
	count := prod(batch)
	p := product{m: m, n: n, k: k, own: ownKernel()}
	if !p.own {
		p.finite = !needsRepair() || bothFinite(a.t, b.t)
	}
	p.a = layout{data: a.t.data, rs: a.rs, cs: a.cs}
	p.b = layout{data: b.t.data, rs: b.rs, cs: b.cs}
	offs := make([]int, 2*count) // A's offsets, then B's
	p.a.offs, p.b.offs = offs[:0:count], offs[count:count]
	if len(batch) == 0 {
		p.a.offs = append(p.a.offs, a.t.offset)
		p.b.offs = append(p.b.offs, b.t.offset)
	} else {
		walk2(batch, a.batchStrides, a.t.offset, b.batchStrides, b.t.offset, func(oa, ob, rows, ka, kb int) {
			for j := 0; j < rows; j++ {
				p.a.offs = append(p.a.offs, oa+j*ka)
				p.b.offs = append(p.b.offs, ob+j*kb)
			}
		})
	}
	c := make([]float64, count*m*n)
	p.run(c)
	return newContiguous(c, shape)
}

// bothFinite reports whether a and b hold only finite values, scanning
// large operands concurrently (the scan is a few percent of a large
// product's time on the blas64 path, which needs it for the IEEE repair).
func bothFinite(a, b *Tensor) bool {
	if a.Numel()+b.Numel() < 1<<16 {
		return a.allFinite() && b.allFinite()
	}
	done := make(chan bool)
	go func() { done <- b.allFinite() }()
	fa := a.allFinite()
	return <-done && fa
}

// matrixView views a 2-D (or, for batches, N-D) operand's last two dims as
// its matrices, with its batch dims broadcast to batch.
func matrixView(t *Tensor, batch []int) operandView {
	nd := len(t.shape)
	return operandView{t: t,
		batchStrides: broadcastStrides(t.shape[:nd-2], t.strides[:nd-2], batch),
		rs:           t.strides[nd-2], cs: t.strides[nd-1]}
}

// rowView views a 1-D operand as a 1×k matrix (a row), the same for every
// batch index.
func rowView(t *Tensor, batch []int) operandView {
	return operandView{t: t, batchStrides: make([]int, len(batch)), rs: 0, cs: t.strides[0]}
}

// columnView views a 1-D operand as a k×1 matrix (a column), the same for
// every batch index.
func columnView(t *Tensor, batch []int) operandView {
	return operandView{t: t, batchStrides: make([]int, len(batch)), rs: t.strides[0], cs: 0}
}
