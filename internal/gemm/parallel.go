package gemm

import "sync/atomic"

// parallel computes C = A·B on up to procs goroutines once the product has
// at least minWork multiply-adds (smaller ones run serial).
//
// A product for the direct path (no packing) is cut into chunks of rows,
// handed out one at a time from a counter: rows i0.. of C need rows i0.. of
// A and all of B, which every goroutine reads and none writes.
//
// A packed product runs the blocked algorithm of blocked.go with loop 3
// (over row blocks of A and C) shared out: for each kc×nc block of B, the
// goroutines pack B̃ together, then take row blocks from a counter, each
// packing its own Ã into its own workspace. So B̃ is packed once and shared.
// Handing out work from a counter, rather than a fixed share each, means a
// goroutine slowed down by another process on its core just takes less.
//
// A short, wide C (too few rows to share out) is instead cut into procs
// slabs of columns, each an independent product: columns j0.. of C need
// all of A and columns j0.. of B.
func parallel(kern *kernel, rt route, minWork, procs int, m, n, k int, a []float64, aOff, ars, acs int, b []float64, bOff, brs, bcs int, c []float64, ldc int) {
	if procs <= 1 || m == 0 || n == 0 || k == 0 || work(m, n, k) < uint64(minWork) {
		serial(kern, rt, m, n, k, a, aOff, ars, acs, b, bOff, brs, bcs, c, ldc)
		return
	}
	// Every piece takes the route the whole product would: a slab must not
	// switch path just because it is smaller.
	rows, cols := kern.mr, kern.nr // the quanta of the packed path's tiles
	if rt.direct(kern, m, n, k) {
		rt, rows, cols = direct, 8, 16 // those of the direct kernels
	} else {
		rt = packed
	}
	switch {
	case m < n && m < 2*procs*rows:
		step := roundUp((n+procs-1)/procs, cols)
		spread(procs, (n+step-1)/step, func(t int) {
			j0 := t * step
			nb := min(step, n-j0)
			serial(kern, rt, m, nb, k, a, aOff, ars, acs, b, bOff+j0*bcs, brs, bcs, c[j0:], ldc)
		})
	case rt == direct:
		// about four chunks per goroutine, for balance
		step := roundUp((m+4*procs-1)/(4*procs), rows)
		spread(procs, (m+step-1)/step, func(t int) {
			i0 := t * step
			mb := min(step, m-i0)
			serial(kern, direct, mb, n, k, a, aOff+i0*ars, ars, acs, b, bOff, brs, bcs, c[i0*ldc:], ldc)
		})
	default:
		blockedParallel(kern, procs, m, n, k, a, aOff, ars, acs, b, bOff, brs, bcs, c, ldc)
	}
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

	for jc := 0; jc < n; jc += nc {
		nb := min(nc, n-jc)
		panels := (nb + nr - 1) / nr
		for pc := 0; pc < k; pc += kc {
			kb := min(kc, k-pc)

			// Pack B̃ together, a run of panels at a time.
			per := (panels + 2*procs - 1) / (2 * procs)
			spread(procs, (panels+per-1)/per, func(t int) {
				j0 := t * per * nr
				cols := min(per*nr, nb-j0)
				packB(pb[j0*kb:], kb, cols, nr, b, bOff+pc*brs+(jc+j0)*bcs, brs, bcs)
			})

			// Then the row blocks, each packing its own Ã.
			spread(procs, blocks, func(t int) {
				ic := t * mc
				mb := min(mc, m-ic)
				ws := getWorkspace(mc*kb, 0, mr*nr)
				packA(ws.a, mb, kb, mr, a, aOff+ic*ars+pc*acs, ars, acs)
				macroKernel(kern, mb, nb, kb, ws.a, pb, c[ic*ldc+jc:], ldc, pc > 0, ws.tile)
				workspaces.Put(ws)
			})
		}
	}
}

// spread calls work(t) for every t in [0, count) on up to procs
// goroutines, which take the next t from a shared counter until none is
// left, and returns once every call has finished. It does not wait for a
// goroutine that never got to start: if another process holds a core, the
// goroutines that do run just take all the work, so spreading is never
// much slower than one goroutine doing everything.
//
// The caller only waits. (Measured: working on the caller too, while the
// helpers wake up, was slower, 195 µs against 150 µs for a 256³ product on
// two cores, as a new goroutine queued behind the running caller is picked
// up later than one that finds its processor free.)
func spread(procs, count int, work func(t int)) {
	var next, done atomic.Int64
	finished := make(chan struct{})
	run := func() {
		for {
			t := int(next.Add(1) - 1)
			if t >= count {
				return
			}
			work(t)
			if done.Add(1) == int64(count) {
				close(finished)
			}
		}
	}
	for range min(procs, count) {
		go run()
	}
	<-finished
}
