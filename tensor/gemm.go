package tensor

import (
	"fmt"
	"math"
	"reflect"
	"runtime"
	"sync"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"

	"github.com/chalk-ml/chalk/internal/gemm"
)

// The engine behind Dot, MV, MM, BMM and MatMul: a batch of matrix
// products C_b = A_b·B_b, where every A_b and B_b is a strided view into its
// operand's elements. Broadcasting never copies an operand: a broadcast
// batch dim just repeats an offset.
//
// Who multiplies. The products go through gonum.org/v1/gonum/blas/blas64,
// so a program can choose its BLAS with blas64.Use (OpenBLAS, say; see
// openblas.go). While blas64 still has gonum's default pure-Go
// implementation, chalk substitutes its own SIMD kernel (internal/gemm),
// which computes the same products 5–20× faster: the user gets the fast
// path by default and exactly the BLAS they installed otherwise.
//
// How the work is split:
//   - when B is shared by the whole batch and A's matrices sit back to back,
//     the batch is folded into one tall product, as PyTorch does;
//   - one large product is spread over the CPUs by the kernel itself;
//   - a batch of small products is spread over the CPUs one product each.
//
// IEEE 754 special values: a BLAS may skip a term a·b when a is 0, which
// silently turns 0·Inf or 0·NaN (which are NaN) into 0; gonum's Dgemm does.
// chalk's kernel never skips a term. On the blas64 path, when an operand
// holds a non-finite value, the engine repairs the result afterwards: every
// C[i][j] whose sum contains a 0·(non-finite) term is set to NaN, which is
// exactly what the full sum gives.

// ieeeExact lists BLAS implementations known never to skip a term, so the
// repair (and the operand scan it needs) can be left out; -tags openblas
// adds OpenBLAS, and its build runs every IEEE test and PyTorch fixture
// through OpenBLAS without the repair to keep that claim true.
var ieeeExact = map[reflect.Type]bool{}

// needsRepair reports whether the installed BLAS might skip zero terms.
func needsRepair() bool { return !ieeeExact[reflect.TypeOf(blas64.Implementation())] }

// parallelWork is the least total multiply-add count worth spreading a
// batch of small products over goroutines: waking another core costs tens
// of microseconds.
const parallelWork = 1 << 22

// layout is a batch of matrices inside data: matrix b's element (i, j) is
// at offs[b] + i*rs + j*cs.
type layout struct {
	data   []float64
	offs   []int
	rs, cs int
}

// product is C_b = A_b·B_b for every b, with A_b m×k and B_b k×n.
type product struct {
	m, n, k int
	a, b    layout
	own     bool // use chalk's kernel rather than blas64
	finite  bool // (blas64 path) no operand holds NaN or ±Inf
}

// ownKernel reports whether chalk's own kernel should run the products:
// while blas64 has gonum's default implementation, and not after the program
// installed another BLAS with blas64.Use.
func ownKernel() bool { return !gemm.Chosen() }

// Backend names what computes chalk's matrix products right now: chalk's
// SIMD kernel (with the instruction set it uses) or the BLAS installed with
// blas64.Use.
func Backend() string {
	if ownKernel() {
		return "chalk kernel (" + gemm.Kernel() + ")"
	}
	return fmt.Sprintf("blas64 (%T)", blas64.Implementation())
}

// run writes the products to c, row-major [batch, m, n]; c must be zeroed.
func (p *product) run(c []float64) {
	count := len(p.a.offs)
	if count == 0 || p.m == 0 || p.n == 0 || p.k == 0 {
		return // empty products are zero matrices
	}
	if p.foldable() {
		q := *p
		q.m = count * p.m
		q.a.offs, q.b.offs = p.a.offs[:1], p.b.offs[:1]
		q.one(0, c, true)
		return
	}
	size := p.m * p.n
	work := count * p.m * p.n * p.k
	workers := min(runtime.GOMAXPROCS(0), count)
	if count < 2*workers || work < parallelWork {
		// Few products: each may spread over the CPUs itself if large.
		for i := 0; i < count; i++ {
			p.one(i, c[i*size:(i+1)*size], true)
		}
		return
	}
	var wg sync.WaitGroup
	per := (count + workers - 1) / workers
	for lo := 0; lo < count; lo += per {
		hi := min(lo+per, count)
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := lo; i < hi; i++ {
				p.one(i, c[i*size:(i+1)*size], false)
			}
		}()
	}
	wg.Wait()
}

// foldable reports whether the batch can run as one (count·m)×k product:
// B is the same matrix for every item and A's matrices are stacked rows.
func (p *product) foldable() bool {
	count := len(p.a.offs)
	if count < 2 {
		return false
	}
	step := p.m * p.a.rs
	for i := 1; i < count; i++ {
		if p.b.offs[i] != p.b.offs[0] || p.a.offs[i] != p.a.offs[0]+i*step {
			return false
		}
	}
	return true
}

// one computes product i into c (m×n, row-major, zeroed), on several CPUs
// if parallel and it is large enough.
func (p *product) one(i int, c []float64, parallel bool) {
	m, n, k := p.m, p.n, p.k
	a, b := p.a, p.b
	ao, bo := a.offs[i], b.offs[i]
	if p.own {
		if parallel {
			gemm.Gemm(m, n, k, a.data, ao, a.rs, a.cs, b.data, bo, b.rs, b.cs, c, n)
		} else {
			gemm.GemmSerial(m, n, k, a.data, ao, a.rs, a.cs, b.data, bo, b.rs, b.cs, c, n)
		}
		return
	}
	blasGemm(m, n, k, a.data, ao, a.rs, a.cs, b.data, bo, b.rs, b.cs, c)
	if !p.finite {
		repairNonFinite(m, n, k, a.data, ao, a.rs, a.cs, b.data, bo, b.rs, b.cs, c)
	}
}

// general describes an r×c strided matrix to BLAS, as stored (NoTrans) or as
// the transpose of a stored c×r matrix (Trans). ok is false when neither
// stride is 1 with a usable leading dimension. The stride of a size-1 dim
// never matters, so it is chosen to make the matrix fit.
func general(data []float64, off, r, c, rs, cs int) (blas.Transpose, blas64.General, bool) {
	if r == 1 {
		rs = 1
		if cs == 1 {
			rs = c
		}
	}
	if c == 1 {
		cs = 1
		if rs == 1 {
			cs = r
		}
	}
	switch {
	case cs == 1 && rs >= c:
		return blas.NoTrans, blas64.General{Rows: r, Cols: c, Stride: rs, Data: data[off:]}, true
	case rs == 1 && cs >= r:
		return blas.Trans, blas64.General{Rows: c, Cols: r, Stride: cs, Data: data[off:]}, true
	}
	return blas.NoTrans, blas64.General{}, false
}

// blasGemm is C = A·B through blas64: Dgemv when B is a single column,
// Dgemm otherwise. An operand is packed first only if its strides are not
// BLAS-compatible (a stride-0 row, say).
func blasGemm(m, n, k int, a []float64, ao, ars, acs int, b []float64, bo, brs, bcs int, c []float64) {
	ta, ga, ok := general(a, ao, m, k, ars, acs)
	if !ok {
		ta, ga, _ = general(pack(m, k, a, ao, ars, acs), 0, m, k, k, 1)
	}
	if n == 1 {
		x := blas64.Vector{N: k, Inc: brs, Data: b[bo:]}
		if k == 1 {
			x.Inc = 1
		} else if brs <= 0 {
			x = blas64.Vector{N: k, Inc: 1, Data: pack(k, 1, b, bo, brs, 1)}
		}
		blas64.Gemv(ta, 1, ga, x, 0, blas64.Vector{N: m, Inc: 1, Data: c})
		return
	}
	tb, gb, ok := general(b, bo, k, n, brs, bcs)
	if !ok {
		tb, gb, _ = general(pack(k, n, b, bo, brs, bcs), 0, k, n, n, 1)
	}
	blas64.Gemm(ta, tb, 1, ga, gb, 0, blas64.General{Rows: m, Cols: n, Stride: n, Data: c})
}

// pack copies an r×c strided matrix into a new row-major slice.
func pack(r, c int, x []float64, off, rs, cs int) []float64 {
	out := make([]float64, r*c)
	for i := 0; i < r; i++ {
		for j := 0; j < c; j++ {
			out[i*c+j] = x[off+i*rs+j*cs]
		}
	}
	return out
}

// repairNonFinite sets C[i][j] to NaN wherever the sum Σ_l A[i][l]·B[l][j]
// has a term 0·(±Inf or NaN), which IEEE 754 defines as NaN but a BLAS may
// have skipped.
func repairNonFinite(m, n, k int, a []float64, ao, ars, acs int, b []float64, bo, brs, bcs int, c []float64) {
	for l := 0; l < k; l++ {
		for j := 0; j < n; j++ {
			if isFinite(b[bo+l*brs+j*bcs]) {
				continue
			}
			for i := 0; i < m; i++ {
				if a[ao+i*ars+l*acs] == 0 {
					c[i*n+j] = math.NaN()
				}
			}
		}
		for i := 0; i < m; i++ {
			if isFinite(a[ao+i*ars+l*acs]) {
				continue
			}
			for j := 0; j < n; j++ {
				if b[bo+l*brs+j*bcs] == 0 {
					c[i*n+j] = math.NaN()
				}
			}
		}
	}
}

// isFinite reports whether v is neither NaN nor ±Inf: v-v is 0 exactly for
// finite v and NaN otherwise.
func isFinite(v float64) bool { return v-v == 0 }

// finiteSlice reports whether every element of v is finite. v-v stays 0 for
// finite v and turns NaN otherwise, and NaN survives every later addition;
// four independent sums let the CPU overlap the additions.
func finiteSlice(v []float64) bool {
	var s0, s1, s2, s3 float64
	i := 0
	for ; i+4 <= len(v); i += 4 {
		w := v[i : i+4 : i+4]
		s0 += w[0] - w[0]
		s1 += w[1] - w[1]
		s2 += w[2] - w[2]
		s3 += w[3] - w[3]
	}
	for ; i < len(v); i++ {
		s0 += v[i] - v[i]
	}
	return s0+s1+s2+s3 == 0
}

// allFinite reports whether every element of t is finite.
func (t *Tensor) allFinite() bool {
	if n := t.Numel(); t.IsContiguous() && n > 0 {
		return finiteSlice(t.data[t.offset : t.offset+n])
	}
	ok := true
	walk1(t.shape, t.strides, t.offset, func(off, n, stride int) {
		for j := 0; j < n && ok; j++ {
			ok = isFinite(t.data[off+j*stride])
		}
	})
	return ok
}
