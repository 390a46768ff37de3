// Package gemm multiplies float64 matrices the way a tuned BLAS does, in
// code small enough to read: C = A·B with
//
//	C[i][j] = Σ_{l<k} A[i][l]·B[l][j]      for an m×k A and a k×n B.
//
// It is the engine under chalk's matmul; its API is two functions, Gemm
// and GemmSerial, that take each operand as a slice plus strides, so
// transposed, sliced and broadcast views need no copies from the caller.
//
// # Why the textbook loop is slow
//
// The triple loop does 2·m·n·k flops but also about as many loads, and a
// modern core can do far more arithmetic than memory traffic: one Zen 5 core
// retires two fused multiply-adds of eight float64 lanes per cycle, 32
// flops, yet loads only a couple of vectors. A fast GEMM therefore arranges
// for every number loaded to be used many times, at each level of the
// memory hierarchy. Three ideas do it.
//
// # 1. Register blocking: the micro-kernel
//
// The innermost routine computes a small mr×nr tile of C entirely in
// vector registers. Each step l is a rank-1 update, the outer product of a
// column of A with a row of B:
//
//	tile[r][j] += A[i+r][l]·B[l][j0+j]     r < mr, j < nr
//
// It loads mr + nr numbers and does mr·nr multiply-adds. With AVX-512 and
// an 8×24 tile (kernel8x24AVX512 in gemm_amd64.s) that is 3 vector loads of
// B and 8 broadcasts of A for 24 vector FMAs, 384 flops; the 24
// accumulators fill 24 of the 32 ZMM registers. The AVX2 kernel is 6×8 in
// 12 of the 16 YMM registers. More accumulators than the FMA latency ×
// throughput (4 cycles × 2 units = 8) also keep the FMA units busy: each
// FMA depends only on the previous update of its own accumulator.
//
// # Why FMA
//
// VFMADD231PD computes x·y + z with a single rounding: one instruction for
// a multiply and an add, so twice the flops per cycle, and slightly more
// accurate than a multiply then an add. Summing in a different order than
// the textbook loop changes the rounding of finite results by a few ulps;
// the tests allow 1e-12 relative to Σ|A[i][l]·B[l][j]|.
//
// # 2. Packing
//
// The micro-kernel wants, at step l, mr consecutive numbers of A's column
// and nr consecutive numbers of B's row. Operands rarely lie that way (A is
// row-major, or transposed, or broadcast), so blocks of them are copied
// first ("packed", pack.go) into micro-panels:
//
//	Ã panel: A[i..i+mr)[l] for l = 0, 1, ... one after another (kc×mr)
//	B̃ panel: B[l][j..j+nr) for l = 0, 1, ... one after another (kc×nr)
//
// Packing costs one copy of each block and buys contiguous, aligned
// streams whatever the strides, which is why Gemm accepts any stride,
// including 0. Edges are padded with zeros to full mr or nr; the padded
// part of a tile is computed and thrown away, never written to C.
//
// # 3. Cache blocking
//
// Around the micro-kernel, five loops (blocked.go) choose which blocks to
// pack so that each stays in a cache level while it is reused:
//
//	B̃ kc×nr panel: reused by every Ã panel of the block     → L1
//	Ã mc×kc block: reused by every B̃ panel                   → L2
//	B̃ kc×nc block: reused by every mc block of A            → L3
//
// Each packed number of A is used nc times and of B mc times; kc is the
// length of the sum that a tile accumulates before it goes back to memory.
// The sizes in kernel.go and kernel_amd64.go were measured on a Zen 5
// EPYC (48 KiB L1d, 1 MiB L2 per core): kc=256, mc=96, nc=2040 for
// AVX-512. Sweeping kc over 128..384 and mc over 48..384 moved 512³ and
// 1024³ products by less than 10%, and kc=256 held up best at 2048³: within
// a factor of two the choice matters little. BenchmarkMicroKernel shows the
// ceiling (about 130 GFLOPS per core there: 32 flops per cycle at some
// 4 GHz) and BenchmarkGemm how close whole products get.
//
// # Small and medium products: the direct path
//
// For 8×8·8×8 the copies of packing cost as much as the 512 multiply-adds.
// So when B is small enough to stay in the L2 cache (k·n ≤ 256·256 for the
// assembly kernels), when C has too few rows to repay packing B (m ≤ 16)
// or too few columns to fill a tile (n ≤ 8), or when the whole product is
// tiny (m·n·k ≤ 216 for the Go kernel), packing is skipped: the direct
// kernels read A through its strides, broadcasting one element at a time,
// and B row by row:
//
//	direct8x16AVX512  8 rows × 16 columns of C per block, AVX-512 masks
//	                  for the last columns
//	direct4x8AVX2     4 × 8, masked loads and stores (VMASKMOVPD); also
//	                  used with AVX-512 for n ≤ 8 or m ≤ 4
//	direct1x32AVX512  one row: a vector times a matrix (m = 1)
//	dot4AVX512        four dot products: a matrix times a vector (n = 1)
//	directGeneric     the i-l-j loop in Go
//
// A row-major B is read in place; any other B is first copied row-major.
// On a Zen 5 core the AVX-512 direct kernel runs 64×64 to 256×256 products
// at about 130 GFLOPS, faster than the packed path, which wins once B
// outgrows L2.
//
// # Parallelism
//
// Gemm runs a product of at least parallelMinWork multiply-adds on
// runtime.GOMAXPROCS goroutines (parallel.go). On the packed path they pack
// each block of B together and then take row blocks of C from a shared
// counter, each packing its own block of A; on the direct path they take
// chunks of rows; a C with too few rows is cut into slabs of columns.
// GemmSerial never starts goroutines: callers that already run a batch of
// products in parallel use it.
//
// # Never skipping zeros
//
// Every term A[i][l]·B[l][j] is computed, even when a factor is 0. IEEE 754
// defines 0·Inf and 0·NaN as NaN, so a kernel that skips zero factors (an
// old BLAS habit: "if alpha·B[l][j] == 0, continue"; gonum's Dgemm does it)
// returns 0 where the sum is NaN. Here NaN and ±Inf come out as the plain
// sum gives them, on every path. (Overflow of finite values can depend on
// the order of summation, as in any BLAS.) Likewise C's previous contents
// are never read: the first pass over the sum overwrites C.
//
// # Kernels
//
// Kernel reports which kernel set runs: "avx512" (8×24 micro-kernel, the
// AVX-512 direct kernels) when the CPU and OS support AVX-512F, else
// "avx2+fma" (6×8 micro-kernel, direct4x8AVX2), else "generic", a 4×2
// micro-kernel and the direct loop in Go, with the same packing and
// blocking. The build tag purego, or any architecture but amd64, compiles
// the generic kernel only. CPU features come from golang.org/x/sys/cpu.
package gemm
