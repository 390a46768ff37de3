package gemm

import "sync"

// The direct path: products computed straight from the strided operands.
// Packing copies every element of A and B once, which for a large product
// is a small price for contiguous, cache-resident panels; for 8×8·8×8 the
// copies would cost as much as the 512 multiply-adds, and while B fits in
// L2 the direct kernels read it from there fast enough anyway. The kernel's
// useDirect (kernel.go) decides.

// directGeneric computes C = A·B by the i-l-j loop: row i of C is
// Σ_l A[i][l]·B[l][:], so the inner loop streams a row of B into a row of
// C. Every term is added, including 0·Inf and 0·NaN.
func directGeneric(m, n, k int, a []float64, aOff, ars, acs int, b []float64, bOff, brs, bcs int, c []float64, ldc int) {
	for i := 0; i < m; i++ {
		ci := c[i*ldc : i*ldc+n]
		clear(ci)
		for l := 0; l < k; l++ {
			ail := a[aOff+i*ars+l*acs]
			row := bOff + l*brs
			if bcs == 1 {
				bl := b[row : row+n]
				ci := ci[:len(bl)] // same length: no bounds checks below
				for j, blj := range bl {
					ci[j] += ail * blj
				}
				continue
			}
			for j := range ci {
				ci[j] += ail * b[row+j*bcs]
			}
		}
	}
}

// packRowMajor copies the r×c matrix X[i][j] = x[off+i*rs+j*cs] into dst
// row by row: dst[i*c+j] = X[i][j].
func packRowMajor(dst []float64, r, c int, x []float64, off, rs, cs int) {
	for i := 0; i < r; i++ {
		di := dst[i*c : i*c+c]
		for j := range di {
			di[j] = x[off+i*rs+j*cs]
		}
	}
}

// scratch is a reusable buffer for direct kernels that need B row-major.
type scratch struct{ buf []float64 }

var scratches = sync.Pool{New: func() any { return new(scratch) }}

// getScratch returns a buffer of at least n elements.
func getScratch(n int) *scratch {
	s := scratches.Get().(*scratch)
	if cap(s.buf) < n {
		s.buf = make([]float64, n)
	}
	s.buf = s.buf[:n]
	return s
}

func putScratch(s *scratch) { scratches.Put(s) }
