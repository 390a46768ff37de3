package rnn

import (
	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"

	kernel "github.com/chalk-ml/chalk/internal/gemm"
)

// gemm computes C = alpha·op(A)·op(B) + beta·C on row-major slices through
// blas64, where op(A) is m×k and op(B) is k×n. With transA, A is stored k×m
// (so op(A) = Aᵀ); likewise transB. Strides are the row lengths as stored.
//
// Every matrix product in the recurrences goes through here. It runs on the
// BLAS the program installed with blas64.Use (OpenBLAS, say), or, while
// blas64 has gonum's default pure-Go implementation, on chalk's own SIMD
// kernel, as package tensor does.
func gemm(transA, transB bool, m, n, k int, alpha float64, a []float64, lda int, b []float64, ldb int, beta float64, c []float64, ldc int) {
	if m == 0 || n == 0 {
		return
	}
	if k == 0 {
		scale(beta, c, m, n, ldc)
		return
	}
	if !kernel.Chosen() {
		ownGemm(transA, transB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
		return
	}
	ta, ga := blas.NoTrans, blas64.General{Rows: m, Cols: k, Stride: lda, Data: a}
	if transA {
		ta, ga = blas.Trans, blas64.General{Rows: k, Cols: m, Stride: lda, Data: a}
	}
	tb, gb := blas.NoTrans, blas64.General{Rows: k, Cols: n, Stride: ldb, Data: b}
	if transB {
		tb, gb = blas.Trans, blas64.General{Rows: n, Cols: k, Stride: ldb, Data: b}
	}
	blas64.Gemm(ta, tb, alpha, ga, gb, beta, blas64.General{Rows: m, Cols: n, Stride: ldc, Data: c})
}

// ownGemm is gemm on chalk's kernel, which computes P = op(A)·op(B) into a
// matrix of its own; C = alpha·P + beta·C is then formed here (directly in
// C when alpha is 1 and beta 0).
func ownGemm(transA, transB bool, m, n, k int, alpha float64, a []float64, lda int, b []float64, ldb int, beta float64, c []float64, ldc int) {
	ars, acs := lda, 1 // op(A)[i][l] = a[i*ars + l*acs]
	if transA {
		ars, acs = 1, lda
	}
	brs, bcs := ldb, 1
	if transB {
		brs, bcs = 1, ldb
	}
	if alpha == 1 && beta == 0 {
		kernel.Gemm(m, n, k, a, 0, ars, acs, b, 0, brs, bcs, c, ldc)
		return
	}
	p := make([]float64, m*n)
	kernel.Gemm(m, n, k, a, 0, ars, acs, b, 0, brs, bcs, p, n)
	for i := 0; i < m; i++ {
		row := c[i*ldc : i*ldc+n]
		for j := range row {
			if beta == 0 {
				row[j] = alpha * p[i*n+j] // not 0·C, which would keep a NaN in C
			} else {
				row[j] = alpha*p[i*n+j] + beta*row[j]
			}
		}
	}
}

// scale sets C = beta·C for an m×n row-major block.
func scale(beta float64, c []float64, m, n, ldc int) {
	for i := 0; i < m; i++ {
		row := c[i*ldc : i*ldc+n]
		for j := range row {
			row[j] *= beta
		}
	}
}

// addRowVector adds v to each of the m rows of the m×len(v) matrix c.
func addRowVector(c []float64, m int, v []float64) {
	n := len(v)
	for i := 0; i < m; i++ {
		row := c[i*n : i*n+n]
		for j, x := range v {
			row[j] += x
		}
	}
}

// addColumnSums adds the column sums of the m×len(dst) matrix c to dst: the
// gradient of a bias broadcast over m rows.
func addColumnSums(dst []float64, c []float64, m int) {
	n := len(dst)
	for i := 0; i < m; i++ {
		for j, x := range c[i*n : i*n+n] {
			dst[j] += x
		}
	}
}

// transpose returns the n×m transpose of the m×n row-major matrix a.
func transpose(a []float64, m, n int) []float64 {
	t := make([]float64, len(a))
	for i := 0; i < m; i++ {
		for j, v := range a[i*n : i*n+n] {
			t[j*m+i] = v
		}
	}
	return t
}
