package gemm

import (
	"sync"
	"sync/atomic"
)

// parallel computes C = A·B on up to procs goroutines once the product has
// at least minWork multiply-adds (smaller ones run serial).
//
// When C has several row blocks it is the blocked algorithm of blocked.go
// with loop 3 (over row blocks of A and C) shared out: for each kc×nc block
// of B, the goroutines pack B̃ together, then take row blocks one at a time
// from a counter, each packing its own Ã into its own workspace. So B̃ is
// packed once and shared, and a goroutine slowed down by another process on
// its core just takes fewer blocks.
//
// A short, wide C (fewer rows than columns and too few rows to share out)
// is instead cut into procs slabs of columns, each an independent product:
// columns j0.. of C need all of A and columns j0.. of B.
func parallel(kern *kernel, directMax, minWork, procs int, m, n, k int, a []float64, aOff, ars, acs int, b []float64, bOff, brs, bcs int, c []float64, ldc int) {
	if procs <= 1 || m == 0 || n == 0 || k == 0 || work(m, n, k) < uint64(minWork) {
		serial(kern, directMax, m, n, k, a, aOff, ars, acs, b, bOff, brs, bcs, c, ldc)
		return
	}
	if m < n && m < 2*procs*kern.mr {
		var wg sync.WaitGroup
		step := roundUp((n+procs-1)/procs, kern.nr)
		for j0 := 0; j0 < n; j0 += step {
			cols := min(step, n-j0)
			wg.Go(func() {
				serial(kern, directMax, m, cols, k, a, aOff, ars, acs, b, bOff+j0*bcs, brs, bcs, c[j0:], ldc)
			})
		}
		wg.Wait()
		return
	}
	blockedParallel(kern, procs, m, n, k, a, aOff, ars, acs, b, bOff, brs, bcs, c, ldc)
}

// blockedParallel is blocked with loop 3 run by procs goroutines.
func blockedParallel(kern *kernel, procs int, m, n, k int, a []float64, aOff, ars, acs int, b []float64, bOff, brs, bcs int, c []float64, ldc int) {
	mr, nr := kern.mr, kern.nr
	kc := min(kern.kc, k)
	nc := min(kern.nc, roundUp(n, nr))
	// Row blocks: at most kern.mc rows, and a multiple of procs of them
	// (at least two per goroutine when m allows) so the last round of
	// blocks keeps every goroutine busy.
	blocks := roundUp(max((m+kern.mc-1)/kern.mc, 2*procs), procs)
	mc := roundUp((m+blocks-1)/blocks, mr)
	blocks = (m + mc - 1) / mc

	shared := getWorkspace(0, kc*nc, 0)
	defer workspaces.Put(shared)
	pb := shared.b

	var wg sync.WaitGroup
	for jc := 0; jc < n; jc += nc {
		nb := min(nc, n-jc)
		panels := (nb + nr - 1) / nr
		for pc := 0; pc < k; pc += kc {
			kb := min(kc, k-pc)

			// Pack B̃ together: goroutine w packs a contiguous run of panels.
			per := (panels + procs - 1) / procs
			for p0 := 0; p0 < panels; p0 += per {
				j0 := p0 * nr
				cols := min(per*nr, nb-j0)
				wg.Go(func() {
					packB(pb[j0*kb:], kb, cols, nr, b, bOff+pc*brs+(jc+j0)*bcs, brs, bcs)
				})
			}
			wg.Wait()

			// Then the row blocks, first come first served.
			var next atomic.Int64
			for range min(procs, blocks) {
				wg.Go(func() {
					ws := getWorkspace(mc*kb, 0, mr*nr)
					defer workspaces.Put(ws)
					for {
						ic := int(next.Add(1)-1) * mc
						if ic >= m {
							return
						}
						mb := min(mc, m-ic)
						packA(ws.a, mb, kb, mr, a, aOff+ic*ars+pc*acs, ars, acs)
						macroKernel(kern, mb, nb, kb, ws.a, pb, c[ic*ldc+jc:], ldc, pc > 0, ws.tile)
					}
				})
			}
			wg.Wait()
		}
	}
}
