package gemm

import "sync"

// blocked computes C = A·B (m, n, k > 0) by the five loops of BLIS, around
// the kernel's micro-kernel:
//
//	for jc in steps of nc:          // 5: a column block of C and of B
//	  for pc in steps of kc:        // 4: a slice of the sum over l
//	    pack B[pc:pc+kc, jc:jc+nc]          → B̃ (kc×nc, stays in L3)
//	    for ic in steps of mc:      // 3: a row block of C and of A
//	      pack A[ic:ic+mc, pc:pc+kc]        → Ã (mc×kc, stays in L2)
//	      for jr in steps of nr:    // 2: a micro-panel of B̃ (in L1)
//	        for ir in steps of mr:  // 1: a micro-panel of Ã
//	          C[ic+ir:+mr, jc+jr:+nr] (+)= Ã[ir]·B̃[jr]   // micro-kernel
//
// The first kc slice overwrites C, the later ones add to it, so C's old
// contents are never read.
func blocked(kern *kernel, m, n, k int, a []float64, aOff, ars, acs int, b []float64, bOff, brs, bcs int, c []float64, ldc int) {
	mr, nr := kern.mr, kern.nr
	kc := min(kern.kc, k)
	mc := min(kern.mc, roundUp(m, mr))
	nc := min(kern.nc, roundUp(n, nr))

	ws := getWorkspace(mc*kc, kc*nc, mr*nr)
	defer workspaces.Put(ws)

	for jc := 0; jc < n; jc += nc {
		nb := min(nc, n-jc)
		for pc := 0; pc < k; pc += kc {
			kb := min(kc, k-pc)
			packB(ws.b, kb, nb, nr, b, bOff+pc*brs+jc*bcs, brs, bcs)
			for ic := 0; ic < m; ic += mc {
				mb := min(mc, m-ic)
				packA(ws.a, mb, kb, mr, a, aOff+ic*ars+pc*acs, ars, acs)
				macroKernel(kern, mb, nb, kb, ws.a, ws.b, c[ic*ldc+jc:], ldc, pc > 0, ws.tile)
			}
		}
	}
}

// macroKernel runs loops 2 and 1: every mr×nr tile of the mb×nb block of C
// from a packed mb×kb block of A and kb×nb block of B. A tile that sticks
// out past the block's edge is computed into tile and only its real part is
// written to C.
func macroKernel(kern *kernel, mb, nb, kb int, pa, pb, c []float64, ldc int, accumulate bool, tile []float64) {
	mr, nr := kern.mr, kern.nr
	for jr := 0; jr < nb; jr += nr {
		bp := pb[jr*kb:]
		cols := min(nr, nb-jr)
		for ir := 0; ir < mb; ir += mr {
			ap := pa[ir*kb:]
			rows := min(mr, mb-ir)
			if rows == mr && cols == nr {
				kern.micro(kb, ap, bp, c[ir*ldc+jr:], ldc, accumulate)
				continue
			}
			kern.micro(kb, ap, bp, tile, nr, false)
			for r := 0; r < rows; r++ {
				cr := c[(ir+r)*ldc+jr : (ir+r)*ldc+jr+cols]
				tr := tile[r*nr : r*nr+cols]
				if accumulate {
					for j, t := range tr {
						cr[j] += t
					}
				} else {
					copy(cr, tr)
				}
			}
		}
	}
}

// workspace holds the packed blocks and the edge tile of one blocked call.
// They are reused through a sync.Pool, so a steady stream of products
// allocates nothing.
type workspace struct{ a, b, tile []float64 }

var workspaces = sync.Pool{New: func() any { return new(workspace) }}

func getWorkspace(na, nb, nt int) *workspace {
	ws := workspaces.Get().(*workspace)
	ws.a = grow(ws.a, na)
	ws.b = grow(ws.b, nb)
	ws.tile = grow(ws.tile, nt)
	return ws
}

// grow returns s with length n, reallocating only if its capacity is short.
func grow(s []float64, n int) []float64 {
	if cap(s) < n {
		return make([]float64, n)
	}
	return s[:n]
}

// roundUp is x rounded up to a multiple of q.
func roundUp(x, q int) int { return (x + q - 1) / q * q }
