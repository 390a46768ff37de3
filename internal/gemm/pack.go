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
		if cs == 1 {
			// Rows of A are contiguous: read each row in order and write it
			// down a column of the panel.
			for r := 0; r < rows; r++ {
				src := a[off+(ir+r)*rs : off+(ir+r)*rs+kb]
				for l, v := range src {
					panel[l*mr+r] = v
				}
			}
		} else {
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
