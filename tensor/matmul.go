package tensor

import "fmt"

// MatMul returns the matrix product of a and b with PyTorch's torch.matmul
// rules, which cover every combination of 1-D and higher operands:
//
//   - 1-D · 1-D: the dot product, a 0-d scalar.
//   - 2-D · 2-D: the matrix product [n m]·[m p] → [n p].
//   - 1-D on the left: a 1 is prepended (a row [1 m]) and removed from the
//     result; 1-D on the right: a 1 is appended (a column [m 1]) and
//     removed. So [n m]·[m] → [n] (as MV) and [m]·[m p] → [p].
//   - N-D (N > 2): the last two dims of each operand are its matrices and
//     are never broadcast; the leading batch dims broadcast by the usual
//     right-aligned rule (equal sizes, or one of them 1, or missing). So
//     [10 3 4]·[4 5] → [10 3 5] and [8 1 6 4]·[7 4 5] → [8 7 6 5].
//
// Empty dims work: [2 0]·[0 3] is a 2×3 matrix of zeros. Broadcasting never
// copies an operand, and large batches run in parallel.
//
// It returns a *ShapeError if an operand is 0-d, if A's last dim differs
// from B's second-to-last dim (its only dim when 1-D), if the batch dims do
// not broadcast, or if the result exceeds MaxElements. The error's
// TorchMessage is PyTorch 1.13's text for the same call.
func MatMul(a, b *Tensor) (*Tensor, error) {
	if err := valid("matmul", "A", a); err != nil {
		return nil, err
	}
	if err := valid("matmul", "B", b); err != nil {
		return nil, err
	}
	p, err := planMatMul(a.shape, a.strides, b.shape, b.strides)
	if err != nil {
		return nil, err
	}
	if _, err := checkShape("matmul", p.result); err != nil {
		return nil, err
	}
	av, bv := rowView(a, p.batch), columnView(b, p.batch)
	if len(a.shape) > 1 {
		av = matrixView(a, p.batch)
	}
	if len(b.shape) > 1 {
		bv = matrixView(b, p.batch)
	}
	c := multiply(p.batch, p.m, p.n, p.k, av, bv, p.result)
	// The elements are in row-major order; give them the strides PyTorch's
	// route produces, which differ from row-major ones only in size-0 and
	// size-1 dims.
	c.strides = matmulStrides(p, a.shape, b.shape)
	return c, nil
}

// matmulStrides are the strides of PyTorch's matmul result for plan p: the
// contiguous output of its internal mm, mv or bmm, viewed as the result
// shape (and for a 2-D A times an N-D B, transposed back and made
// contiguous).
func matmulStrides(p matmulPlan, a, b []int) []int {
	da, db := len(a), len(b)
	view := func(inner []int) []int {
		if s, ok := viewStrides(inner, contiguousStrides(inner), p.result); ok {
			return s
		}
		return contiguousStrides(p.result)
	}
	switch p.path {
	case "fold":
		if db <= 2 { // A's batch folded into rows: [rows, n] or [rows]
			rows := prod(a[:da-1])
			if db == 2 {
				return view([]int{rows, b[1]})
			}
			return view([]int{rows})
		}
		rows := prod(b[:db-2]) * b[db-1] // Bᵀ folded
		if da == 1 {
			return view([]int{rows})
		}
		// (Bᵀ·Aᵀ) viewed as [batch.. p n], then .mT().contiguous().
		t := append(cloneInts(b[:db-2]), b[db-1], a[0])
		s, ok := viewStrides([]int{rows, a[0]}, contiguousStrides([]int{rows, a[0]}), t)
		if !ok {
			return contiguousStrides(p.result)
		}
		n := len(s)
		s[n-1], s[n-2] = s[n-2], s[n-1]
		if (&Tensor{shape: p.result, strides: s}).IsContiguous() {
			return s
		}
		return contiguousStrides(p.result)
	case "bmm":
		return view([]int{prod(p.batch), p.m, p.n})
	}
	return contiguousStrides(p.result)
}

// matmulPlan is how MatMul multiplies two shapes: a batch of m×k by k×n
// products, and the result shape with promoted dims removed.
type matmulPlan struct {
	batch   []int
	m, n, k int
	result  []int
	path    string // PyTorch's internal route: "dot", "mv", "mm", "fold" or "bmm"
}

// planMatMul applies matmul's shape rules to shapes a and b. The strides
// matter only to mirror which internal route PyTorch takes, which decides
// the wording of PyTorch's error message.
func planMatMul(a, aStrides, b, bStrides []int) (matmulPlan, error) {
	da, db := len(a), len(b)
	if da == 0 || db == 0 {
		return matmulPlan{}, &ShapeError{Op: "matmul", A: cloneInts(a), B: cloneInts(b),
			Reason: fmt.Sprintf("matmul needs at least one dim on each side, but A is %d-D and B is %d-D", da, db),
			Fix:    "use Mul to multiply by a scalar",
			torch:  fmt.Sprintf("both arguments to matmul need to be at least 1D, but they are %dD and %dD", da, db)}
	}
	p := matmulPlan{m: 1, n: 1, k: a[da-1]}
	kb := b[0]
	if db > 1 {
		kb = b[db-2]
		p.n = b[db-1]
	}
	if da > 1 {
		p.m = a[da-2]
	}
	batchA, batchB := a[:max(da-2, 0)], b[:max(db-2, 0)]
	p.path = matmulPath(a, aStrides, b, bStrides)
	if p.path == "bmm" {
		batch, dim, ok := inferSize(batchA, batchB)
		if !ok {
			return matmulPlan{}, broadcastError("matmul", a, b, batchA, batchB, dim)
		}
		p.batch = batch
	} else {
		p.batch = cloneInts(batchA)
		if len(batchB) > 0 {
			p.batch = cloneInts(batchB)
		}
	}
	if p.k != kb {
		return matmulPlan{}, &ShapeError{Op: "matmul", A: cloneInts(a), B: cloneInts(b),
			Reason: fmt.Sprintf("%s (%d) must equal %s (%d)", innerName("A", da), p.k, innerName("B", db), kb),
			Fix:    matmulHint(a, b),
			torch:  torchMatMulMessage(p.path, a, b, p.batch)}
	}
	p.result = cloneInts(p.batch)
	if da > 1 {
		p.result = append(p.result, p.m)
	}
	if db > 1 {
		p.result = append(p.result, p.n)
	}
	return p, nil
}

// matmulPath is the internal route PyTorch 1.13 takes for shapes a and b:
// "dot", "mv", "mm", "fold" (the N-D operand's batch folded into rows, one
// mm or mv) or "bmm" (both expanded to 3-D).
func matmulPath(a, aStrides, b, bStrides []int) string {
	da, db := len(a), len(b)
	switch {
	case da == 1 && db == 1:
		return "dot"
	case da == 2 && db == 1:
		return "mv"
	case da <= 2 && db <= 2:
		return "mm"
	case shouldFold(a, aStrides, db) || shouldFold(b, bStrides, da):
		return "fold"
	}
	return "bmm"
}

// torchRoute says in words which internal call PyTorch makes for a failing
// N-D matmul, since its error message names that call's shapes.
func torchRoute(path string, a, b, batch []int) string {
	da, db := len(a), len(b)
	switch path {
	case "fold":
		if db <= 2 {
			return fmt.Sprintf("PyTorch folds A's batch into its rows and multiplies one %d×%d matrix by B, so its message names %dx%d.",
				prod(a[:da-1]), a[da-1], prod(a[:da-1]), a[da-1])
		}
		rows := prod(b[:db-2]) * b[db-1]
		return fmt.Sprintf("PyTorch computes (A·B)ᵀ = Bᵀ·Aᵀ with B's batch folded into the rows of a %d×%d matrix, so its message names %dx%d.",
			rows, b[db-2], rows, b[db-2])
	case "bmm":
		return fmt.Sprintf("PyTorch expands both operands to %d matrices and calls bmm, so its message names the batch size %d.", prod(batch), prod(batch))
	}
	return ""
}

// shouldFold is PyTorch 1.13's test for multiplying an N-D tensor t by a
// 1-D or 2-D operand with one mm/mv call, folding t's batch dims into its
// rows. PyTorch declines for a 3-D t whose last two dims are transposed in
// memory (it would have to copy it), and uses bmm instead.
func shouldFold(t, strides []int, otherDims int) bool {
	if len(t) < 3 || (otherDims != 1 && otherDims != 2) {
		return false
	}
	transposed := len(t) == 3 && otherDims == 2 && strides[2] != 1 && strides[0] == t[1]*t[2]
	return !transposed
}

// innerName names the contracted dim of an operand in plain words.
func innerName(name string, dims int) string {
	switch {
	case dims == 1:
		return name + "'s length"
	case name == "A":
		return "A's last dim"
	}
	return "B's second-to-last dim"
}

// matmulHint suggests a transpose that would make the shapes fit.
func matmulHint(a, b []int) string {
	da, db := len(a), len(b)
	switch {
	case da >= 2 && db >= 2:
		return transposeHint(a, b)
	case da == 1 && db >= 2 && b[db-1] == a[0]:
		return fmt.Sprintf("B's last dim is %d, so B transposed (B.MT()) would fit", a[0])
	case db == 1 && da >= 2 && a[da-2] == b[0]:
		return fmt.Sprintf("A's second-to-last dim is %d, so A transposed (A.MT()) would fit", b[0])
	}
	return ""
}

// torchMatMulMessage is the message PyTorch 1.13 raises for mismatched inner
// dims, worded in terms of the internal call its route makes: dot, mv or mm
// on the operands as given; mm or mv on the batch folded into rows (with the
// operands swapped and transposed when B is the N-D one); or bmm on both
// operands expanded and reshaped to 3-D.
func torchMatMulMessage(path string, a, b, batch []int) string {
	da, db := len(a), len(b)
	mm := func(r1, c1, r2, c2 int) string {
		return fmt.Sprintf("mat1 and mat2 shapes cannot be multiplied (%dx%d and %dx%d)", r1, c1, r2, c2)
	}
	mv := func(r, c, n int) string { return fmt.Sprintf("size mismatch, got %d, %dx%d,%d", r, r, c, n) }
	switch path {
	case "dot":
		return fmt.Sprintf("inconsistent tensor size, expected tensor [%d] and src [%d] to have the same number of elements, but got %d and %d elements respectively",
			a[0], b[0], a[0], b[0])
	case "mv":
		return mv(a[0], a[1], b[0])
	case "mm":
		if da == 1 {
			return mm(1, a[0], b[0], b[1])
		}
		return mm(a[0], a[1], b[0], b[1])
	case "fold":
		if db <= 2 { // A is the N-D operand: A folded to rows × A's last dim
			rows := prod(a[:da-1])
			if db == 2 {
				return mm(rows, a[da-1], b[0], b[1])
			}
			return mv(rows, a[da-1], b[0])
		}
		// B is the N-D operand: PyTorch computes (Bᵀ folded)·Aᵀ.
		rows := prod(b[:db-2]) * b[db-1]
		if da == 2 {
			return mm(rows, b[db-2], a[1], a[0])
		}
		return mv(rows, b[db-2], a[0])
	}
	n := prod(batch)
	kb := b[db-2]
	return fmt.Sprintf("Expected size for first two dimensions of batch2 tensor to be: [%d, %d] but got: [%d, %d].", n, a[da-1], n, kb)
}
