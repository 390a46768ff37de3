package rnn

import (
	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"
)

// gemm computes C = alpha·op(A)·op(B) + beta·C on row-major slices through
// blas64, where op(A) is m×k and op(B) is k×n. With transA, A is stored k×m
// (so op(A) = Aᵀ); likewise transB. Strides are the row lengths as stored.
//
// Every matrix product in the recurrences goes through here, so swapping the
// BLAS implementation with blas64.Use speeds up the whole package.
func gemm(transA, transB bool, m, n, k int, alpha float64, a []float64, lda int, b []float64, ldb int, beta float64, c []float64, ldc int) {
	if m == 0 || n == 0 {
		return
	}
	if k == 0 {
		scale(beta, c, m, n, ldc)
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
