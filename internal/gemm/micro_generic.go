package gemm

// microGeneric is the portable micro-kernel, mr = nr = 4: the 4×4 tile of C
// is sixteen local variables that the compiler keeps in registers, and each
// step l adds the outer product a[l][0..3]ᵀ·b[l][0..3]. Sixteen
// multiply-adds per eight loads, against one per two loads for a plain
// triple loop: register blocking is what makes a kernel fast, with or
// without SIMD.
func microGeneric(kc int, a, b, c []float64, ldc int, accumulate bool) {
	var (
		c00, c01, c02, c03 float64
		c10, c11, c12, c13 float64
		c20, c21, c22, c23 float64
		c30, c31, c32, c33 float64
	)
	a = a[:4*kc]
	b = b[:4*kc]
	for l := 0; l < kc; l++ {
		al := a[4*l : 4*l+4 : 4*l+4]
		bl := b[4*l : 4*l+4 : 4*l+4]
		a0, a1, a2, a3 := al[0], al[1], al[2], al[3]
		b0, b1, b2, b3 := bl[0], bl[1], bl[2], bl[3]
		c00 += a0 * b0
		c01 += a0 * b1
		c02 += a0 * b2
		c03 += a0 * b3
		c10 += a1 * b0
		c11 += a1 * b1
		c12 += a1 * b2
		c13 += a1 * b3
		c20 += a2 * b0
		c21 += a2 * b1
		c22 += a2 * b2
		c23 += a2 * b3
		c30 += a3 * b0
		c31 += a3 * b1
		c32 += a3 * b2
		c33 += a3 * b3
	}
	tile := [4][4]float64{
		{c00, c01, c02, c03},
		{c10, c11, c12, c13},
		{c20, c21, c22, c23},
		{c30, c31, c32, c33},
	}
	for r := range tile {
		cr := c[r*ldc : r*ldc+4 : r*ldc+4]
		if accumulate {
			for j := range cr {
				cr[j] += tile[r][j]
			}
		} else {
			copy(cr, tile[r][:])
		}
	}
}
