package bench

// The textbook matrix products, C = A·B for row-major A (m×k), B (k×n) and
// C (m×n). Each overwrites C.

// NaiveIJK computes C[i][j] = Σ_l A[i][l]·B[l][j] in the order the formula
// is written. The innermost loop walks down a column of B, n elements apart
// in memory, so for large n nearly every read of B misses the cache.
func NaiveIJK(m, n, k int, a, b, c []float64) {
	for i := 0; i < m; i++ {
		for j := 0; j < n; j++ {
			var s float64
			for l := 0; l < k; l++ {
				s += a[i*k+l] * b[l*n+j]
			}
			c[i*n+j] = s
		}
	}
}

// LoopIKJ computes the same sums with the two inner loops swapped: for each
// A[i][l] it adds A[i][l]·(row l of B) to row i of C. Both rows are read
// left to right, so the cache and the hardware prefetcher are used well.
func LoopIKJ(m, n, k int, a, b, c []float64) {
	clear(c[:m*n])
	for i := 0; i < m; i++ {
		ci := c[i*n : i*n+n]
		for l := 0; l < k; l++ {
			av := a[i*k+l]
			bl := b[l*n : l*n+n]
			for j, bv := range bl {
				ci[j] += av * bv
			}
		}
	}
}

// Blocked computes C in tiles of size block×block: it multiplies a tile of A
// by a tile of B into a tile of C while all three fit in cache, running the
// i-k-j order inside each tile. A block of 64 doubles (32 KiB per tile) suits
// most level-1/2 caches.
func Blocked(m, n, k int, a, b, c []float64, block int) {
	clear(c[:m*n])
	for i0 := 0; i0 < m; i0 += block {
		i1 := min(i0+block, m)
		for l0 := 0; l0 < k; l0 += block {
			l1 := min(l0+block, k)
			for j0 := 0; j0 < n; j0 += block {
				j1 := min(j0+block, n)
				for i := i0; i < i1; i++ {
					ci := c[i*n+j0 : i*n+j1]
					for l := l0; l < l1; l++ {
						av := a[i*k+l]
						bl := b[l*n+j0 : l*n+j1]
						for j, bv := range bl {
							ci[j] += av * bv
						}
					}
				}
			}
		}
	}
}
