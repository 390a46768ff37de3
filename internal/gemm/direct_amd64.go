//go:build amd64 && !purego

package gemm

// The direct kernels of direct_amd64.s and the Go that drives them.

// direct4x8AVX2 computes rows 0..3 of C = A·B for a small product whose B
// rows are contiguous: C_r[j] = Σ_l a_r[l*acs]·b[l*brs+j], for j < n, where
// a_r and c_r point at row r of A and C. Rows may repeat (pass the same row
// twice): a repeated row just computes and stores the same values again.
//
//go:noescape
func direct4x8AVX2(n, k int, a0, a1, a2, a3 *float64, acs int, b *float64, brs int, c0, c1, c2, c3 *float64)

// directAVX2 runs direct4x8AVX2 over blocks of four rows. The last block
// repeats its last real row instead of running past the end of A and C.
// B's rows must be contiguous for the vector loads; when they are not
// (bcs != 1), B is first copied into a row-major scratch matrix.
func directAVX2(m, n, k int, a []float64, aOff, ars, acs int, b []float64, bOff, brs, bcs int, c []float64, ldc int) {
	if bcs != 1 {
		s := getScratch(k * n)
		defer putScratch(s)
		packRowMajor(s.buf, k, n, b, bOff, brs, bcs)
		b, bOff, brs = s.buf, 0, n
	}
	bp := &b[bOff]
	for i := 0; i < m; i += 4 {
		r0, r1, r2, r3 := i, min(i+1, m-1), min(i+2, m-1), min(i+3, m-1)
		direct4x8AVX2(n, k,
			&a[aOff+r0*ars], &a[aOff+r1*ars], &a[aOff+r2*ars], &a[aOff+r3*ars], acs,
			bp, brs,
			&c[r0*ldc], &c[r1*ldc], &c[r2*ldc], &c[r3*ldc])
	}
}

// direct1x32AVX512 computes one row of C, c[j] = Σ_l a[l*acs]·b[l*brs+j]
// for j < n: a vector times a matrix whose rows are contiguous.
//
//go:noescape
func direct1x32AVX512(n, k int, a *float64, acs int, b *float64, brs int, c *float64)

// dot4AVX512 computes four dot products *c_r = Σ_{l<k} a_r[l]·b[l] of
// contiguous rows a_r with a contiguous vector b (k > 0).
//
//go:noescape
func dot4AVX512(k int, a0, a1, a2, a3, b, c0, c1, c2, c3 *float64)

// direct8x16AVX512 is direct4x8AVX2 for eight rows at a time, sixteen
// columns per block, with AVX-512 masks for the last columns. a and c hold
// the rows of A and C.
//
//go:noescape
func direct8x16AVX512(n, k int, a *[8]*float64, acs int, b *float64, brs int, c *[8]*float64)

// directAVX512 runs direct8x16AVX512 over blocks of eight rows, repeating
// the last real row in the last block.
//
// Products at most eight columns wide, or four rows high, go to the AVX2
// kernel instead: its 4×8 blocks waste fewer lanes and rows on them
// (measured on Zen 5: 8×8·8×8 in 26 ns against 30 ns).
//
// A single row (m = 1) goes to direct1x32AVX512 instead of wasting seven of
// eight rows. So does a single column (n = 1) whose A is column-major and C
// contiguous, transposed: Cᵀ = Bᵀ·Aᵀ is a row vector Bᵀ times the matrix
// Aᵀ, whose rows, the columns of A, are contiguous. A single column with
// A's rows contiguous is dot products (dot4AVX512).
func directAVX512(m, n, k int, a []float64, aOff, ars, acs int, b []float64, bOff, brs, bcs int, c []float64, ldc int) {
	if m == 1 && n > 8 && bcs == 1 {
		direct1x32AVX512(n, k, &a[aOff], acs, &b[bOff], brs, &c[0])
		return
	}
	if n == 1 && m > 8 && ars == 1 && ldc == 1 {
		direct1x32AVX512(m, k, &b[bOff], brs, &a[aOff], acs, &c[0])
		return
	}
	if n == 1 && acs == 1 && brs == 1 {
		// A matrix times a vector, both contiguous along l: dot products.
		for i := 0; i < m; i += 4 {
			r0, r1, r2, r3 := i, min(i+1, m-1), min(i+2, m-1), min(i+3, m-1)
			dot4AVX512(k, &a[aOff+r0*ars], &a[aOff+r1*ars], &a[aOff+r2*ars], &a[aOff+r3*ars],
				&b[bOff], &c[r0*ldc], &c[r1*ldc], &c[r2*ldc], &c[r3*ldc])
		}
		return
	}
	if n <= 8 || m <= 4 {
		directAVX2(m, n, k, a, aOff, ars, acs, b, bOff, brs, bcs, c, ldc)
		return
	}
	if bcs != 1 {
		s := getScratch(k * n)
		defer putScratch(s)
		packRowMajor(s.buf, k, n, b, bOff, brs, bcs)
		b, bOff, brs = s.buf, 0, n
	}
	var ar, cr [8]*float64
	for i := 0; i < m; i += 8 {
		for r := range ar {
			row := min(i+r, m-1)
			ar[r], cr[r] = &a[aOff+row*ars], &c[row*ldc]
		}
		direct8x16AVX512(n, k, &ar, acs, &b[bOff], brs, &cr)
	}
}
