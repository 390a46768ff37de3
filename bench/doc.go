// Package bench compares ways to multiply matrices, from the textbook
// triple loop to BLAS, and measures chalk's tensor products against them
// and against gonum, gorgonia, OpenBLAS, PyTorch and NumPy.
//
// Run the benchmarks with
//
//	go test -bench . ./bench/                       # everything (minutes)
//	go test -bench 'Square/.*/n=256' ./bench/       # one size
//	CGO_LDFLAGS=-lopenblas go test -tags openblas -bench . ./bench/
//
// Every benchmark reports GFLOPS (2·m·n·k floating-point operations per
// product) with b.ReportMetric, and allocations with b.ReportAllocs.
// go run ./bench/report runs a quick subset and prints a Markdown table and
// a PNG plot; with -torch it also times PyTorch and NumPy on the same shapes
// (testdata/torch_bench.py) so all appear in one table.
//
// The loops in loops.go are lessons in themselves: the naive i-j-k order
// strides down B's columns and misses the cache; swapping to i-k-j streams
// rows of B and C; blocking keeps tiles of all three matrices in cache. BLAS
// adds SIMD kernels and packing on top.
package bench
