//go:build amd64 && !purego

package gemm

import "golang.org/x/sys/cpu"

// The assembly kernels of gemm_amd64.s. Each is chosen only when the CPU
// (and the operating system, which must save the wider registers) supports
// its instructions; x/sys/cpu reads both from CPUID and XGETBV.

// avx2 is the 6×8 kernel: 12 YMM accumulators (6 rows × 2 vectors of 4
// float64), fed by VBROADCASTSD of A and VFMADD231PD.
var avx2 = &kernel{
	name: "avx2+fma",
	mr:   6, nr: 8,
	kc: 256, mc: 144, nc: 2048,
	directB:    256 * 256,
	directRows: 16,
	directCols: 8,
	micro:      microAVX2,
	direct:     directAVX2,
}

// avx512 is the 8×24 kernel: 24 ZMM accumulators (8 rows × 3 vectors of 8
// float64).
var avx512 = &kernel{
	name: "avx512",
	mr:   8, nr: 24,
	kc: 256, mc: 96, nc: 2040,
	directB:    256 * 256,
	directRows: 16,
	directCols: 8,
	micro:      microAVX512,
	direct:     directAVX512,
}

var kernels = available()

func available() []*kernel {
	var ks []*kernel
	hasAVX2 := cpu.X86.HasAVX2 && cpu.X86.HasFMA
	if hasAVX2 && cpu.X86.HasAVX512F {
		ks = append(ks, avx512)
	}
	if hasAVX2 {
		ks = append(ks, avx2)
	}
	return append(ks, generic)
}

// kernel6x8AVX2 is the micro-kernel contract of kernel.micro with mr=6,
// nr=8 and ldc in elements; it is written in gemm_amd64.s.
//
//go:noescape
func kernel6x8AVX2(kc int, a, b, c *float64, ldc int, accumulate bool)

// kernel8x24AVX512 is the same for mr=8, nr=24.
//
//go:noescape
func kernel8x24AVX512(kc int, a, b, c *float64, ldc int, accumulate bool)

// microAVX2 checks the panel and tile bounds (so the assembly never touches
// memory outside the slices) and calls the assembly.
func microAVX2(kc int, a, b, c []float64, ldc int, accumulate bool) {
	_ = a[6*kc-1]
	_ = b[8*kc-1]
	_ = c[5*ldc+7]
	kernel6x8AVX2(kc, &a[0], &b[0], &c[0], ldc, accumulate)
}

func microAVX512(kc int, a, b, c []float64, ldc int, accumulate bool) {
	_ = a[8*kc-1]
	_ = b[24*kc-1]
	_ = c[7*ldc+23]
	kernel8x24AVX512(kc, &a[0], &b[0], &c[0], ldc, accumulate)
}
