package gemm

// Packing copies a block of an operand, whatever its strides, into the
// order the micro-kernel reads it, so the kernel's loads are contiguous and
// hit the cache. A block of A (mb×kb) becomes ⌈mb/mr⌉ micro-panels of mr
// rows, each stored column by column:
//
//	panel p, element (r, l)  →  dst[p·mr·kb + l·mr + r]      A[p·mr+r][l]
//
// so step l of the micro-kernel finds a[l][0..mr-1] side by side. A block
// of B (kb×nb) becomes ⌈nb/nr⌉ micro-panels of nr columns, row by row:
//
//	panel q, element (l, j)  →  dst[q·nr·kb + l·nr + j]      B[l][q·nr+j]
//
// Rows (columns) past the edge of the block are filled with zeros, so the
// micro-kernel always computes a full mr×nr tile; the tile's extra rows and
// columns are thrown away (blocked.go), never added into C. (A zero row of
// A times an Inf in B does give NaN there, but only in the thrown-away
// part: zero padding never touches a real element of C.)

// packA packs the mb×kb block A[i][l] = a[off+i*rs+l*cs] into dst.
func packA(dst []float64, mb, kb, mr int, a []float64, off, rs, cs int) {
	for ir := 0; ir < mb; ir += mr {
		panel := dst[ir*kb : ir*kb+mr*kb]
		rows := min(mr, mb-ir)
		switch {
		case cs == 1 && rows == 8:
			packRows8(panel, kb, a, off+ir*rs, rs)
		case cs == 1:
			// Rows of A are contiguous: read each row in order and write it
			// down a column of the panel.
			for r := 0; r < rows; r++ {
				src := a[off+(ir+r)*rs : off+(ir+r)*rs+kb]
				for l, v := range src {
					panel[l*mr+r] = v
				}
			}
		default:
			// Otherwise walk the panel in order and gather from A.
			for l := 0; l < kb; l++ {
				dl := panel[l*mr : l*mr+rows]
				src := off + ir*rs + l*cs
				for r := range dl {
					dl[r] = a[src+r*rs]
				}
			}
		}
		for r := rows; r < mr; r++ {
			for l := 0; l < kb; l++ {
				panel[l*mr+r] = 0
			}
		}
	}
}

// packB packs the kb×nb block B[l][j] = b[off+l*rs+j*cs] into dst.
func packB(dst []float64, kb, nb, nr int, b []float64, off, rs, cs int) {
	for jr := 0; jr < nb; jr += nr {
		panel := dst[jr*kb : jr*kb+nr*kb]
		cols := min(nr, nb-jr)
		for l := 0; l < kb; l++ {
			dl := panel[l*nr : l*nr+nr]
			src := off + l*rs + jr*cs
			if cs == 1 {
				copy(dl, b[src:src+cols])
			} else {
				for j := 0; j < cols; j++ {
					dl[j] = b[src+j*cs]
				}
			}
			clear(dl[cols:])
		}
	}
}

// packRows8 packs eight contiguous rows of A (row r starts at a[off+r*rs])
// into an 8-row panel, walking the panel in order: step l gathers element l
// of each row. Eight read streams and one write stream, all sequential, is
// much faster than writing the panel with a stride of eight.
func packRows8(panel []float64, kb int, a []float64, off, rs int) {
	r0 := a[off+0*rs : off+0*rs+kb]
	r1 := a[off+1*rs : off+1*rs+kb]
	r2 := a[off+2*rs : off+2*rs+kb]
	r3 := a[off+3*rs : off+3*rs+kb]
	r4 := a[off+4*rs : off+4*rs+kb]
	r5 := a[off+5*rs : off+5*rs+kb]
	r6 := a[off+6*rs : off+6*rs+kb]
	r7 := a[off+7*rs : off+7*rs+kb]
	panel = panel[:8*kb]
	for l := range r0 {
		p := panel[8*l : 8*l+8 : 8*l+8]
		p[0], p[1], p[2], p[3] = r0[l], r1[l], r2[l], r3[l]
		p[4], p[5], p[6], p[7] = r4[l], r5[l], r6[l], r7[l]
	}
}
