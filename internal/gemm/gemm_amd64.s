//go:build amd64 && !purego

// The assembly kernels of package gemm. Read doc.go first: it explains the
// packed panels these kernels read and the tile of C they write.
//
// Go assembly in one paragraph: operands are written source first,
// destination last, the reverse of Intel's manuals. So
//
//	VFMADD231PD Y12, Y14, Y0    // Y0 = Y14·Y12 + Y0, lane by lane
//
// is Intel's "vfmadd231pd ymm0, ymm14, ymm12". A YMM register holds four
// float64 lanes (256 bits), a ZMM register eight (512 bits). arg+8(FP)
// names an argument by name and byte offset; (SI) is the memory at the
// address in SI; 8(SI) is 8 bytes further; (R8)(AX*1) is R8+AX.
// VBROADCASTSD copies one float64 from memory into every lane.
// VZEROUPPER before returning avoids a slow transition penalty when Go code
// later runs SSE instructions.

#include "textflag.h"

// STEP6x8(ao, bo) is one step l of the loop below, a rank-1 update of the
// tile, tile += a[l][0..5]ᵀ·b[l][0..7], with a[l] at byte offset ao from SI
// and b[l] at byte offset bo from DI. It loads the eight values b[l][0..7]
// into Y12, Y13, and for each row r broadcasts a[l][r] into Y14 or Y15 and
// does two fused multiply-adds. That is 12 FMAs (96 flops) for 2 loads of B
// and 6 broadcasts of A: the arithmetic intensity that lets the FMA units,
// not memory, set the pace. (A macro: the assembler pastes its lines
// wherever it is used; /* */ comments, since // would end the macro.)
#define STEP6x8(ao, bo) \
	VMOVUPD      bo(DI), Y12;    /* Y12 = b[l][0..3]                     */ \
	VMOVUPD      bo+32(DI), Y13; /* Y13 = b[l][4..7]                     */ \
	VBROADCASTSD ao(SI), Y14;    /* Y14 = a[l][0] in all four lanes      */ \
	VFMADD231PD  Y12, Y14, Y0;   /* C[0][0..3] += a[l][0]·b[l][0..3]     */ \
	VFMADD231PD  Y13, Y14, Y1;   /* C[0][4..7] += a[l][0]·b[l][4..7]     */ \
	VBROADCASTSD ao+8(SI), Y15;  /* Y15 = a[l][1]                        */ \
	VFMADD231PD  Y12, Y15, Y2;   /* C[1][0..3] += a[l][1]·b[l][0..3]     */ \
	VFMADD231PD  Y13, Y15, Y3;   /* C[1][4..7] += a[l][1]·b[l][4..7]     */ \
	VBROADCASTSD ao+16(SI), Y14; /* Y14 = a[l][2]: the CPU renames       */ \
	VFMADD231PD  Y12, Y14, Y4;   /* registers, so reusing Y14 does not   */ \
	VFMADD231PD  Y13, Y14, Y5;   /* wait for the FMAs above to finish    */ \
	VBROADCASTSD ao+24(SI), Y15; /* Y15 = a[l][3]                        */ \
	VFMADD231PD  Y12, Y15, Y6;   /* C[3][0..3] += a[l][3]·b[l][0..3]     */ \
	VFMADD231PD  Y13, Y15, Y7;   /* C[3][4..7] += a[l][3]·b[l][4..7]     */ \
	VBROADCASTSD ao+32(SI), Y14; /* Y14 = a[l][4]                        */ \
	VFMADD231PD  Y12, Y14, Y8;   /* C[4][0..3] += ...                    */ \
	VFMADD231PD  Y13, Y14, Y9;   /* C[4][4..7] += ...                    */ \
	VBROADCASTSD ao+40(SI), Y15; /* Y15 = a[l][5]                        */ \
	VFMADD231PD  Y12, Y15, Y10;  /* C[5][0..3] += ...                    */ \
	VFMADD231PD  Y13, Y15, Y11   /* C[5][4..7] += ...                    */

// func kernel6x8AVX2(kc int, a, b, c *float64, ldc int, accumulate bool)
//
// The 6×8 micro-kernel. The 6×8 tile of C lives in twelve YMM registers for
// the whole loop, two per row:
//
//	row 0: Y0  Y1      (columns 0-3, 4-7)
//	row 1: Y2  Y3
//	row 2: Y4  Y5
//	row 3: Y6  Y7
//	row 4: Y8  Y9
//	row 5: Y10 Y11
//
// Each step l of the loop is a rank-1 update of the tile, STEP6x8 above.
TEXT ·kernel6x8AVX2(SB), NOSPLIT, $0-41
	MOVQ kc+0(FP), CX     // CX = kc, the number of rank-1 updates to do
	MOVQ a+8(FP), SI      // SI walks the A micro-panel: 6 values per step
	MOVQ b+16(FP), DI     // DI walks the B micro-panel: 8 values per step
	MOVQ c+24(FP), DX     // DX = &C[0][0]
	MOVQ ldc+32(FP), R8   // R8 = ldc ...
	SHLQ $3, R8           // ... in bytes (8 bytes per float64): C[r+1] = C[r] + R8

	// Start the tile at zero: x XOR x = 0 for every bit pattern.
	VXORPD Y0, Y0, Y0
	VXORPD Y1, Y1, Y1
	VXORPD Y2, Y2, Y2
	VXORPD Y3, Y3, Y3
	VXORPD Y4, Y4, Y4
	VXORPD Y5, Y5, Y5
	VXORPD Y6, Y6, Y6
	VXORPD Y7, Y7, Y7
	VXORPD Y8, Y8, Y8
	VXORPD Y9, Y9, Y9
	VXORPD Y10, Y10, Y10
	VXORPD Y11, Y11, Y11

	// The loop does two steps per trip (less loop overhead: measured
	// 65 against 55 GFLOPS on Zen 5), then one more if kc is odd.
	MOVQ CX, R9           // R9 = kc, to test its parity at the end
	SHRQ $1, CX           // CX = kc/2 double steps
	JZ   odd6x8
loop6x8:
	STEP6x8(0, 0)         // step l
	STEP6x8(48, 64)       // step l+1: A 6 values (48 bytes) on, B 8 (64 bytes)
	ADDQ $96, SI          // SI, DI two steps on
	ADDQ $128, DI
	DECQ CX               // one double step fewer to go ...
	JNZ  loop6x8          // ... loop while CX != 0
odd6x8:
	ANDQ $1, R9           // kc odd?
	JZ   done6x8
	STEP6x8(0, 0)         // the last step
done6x8:

	// Write the tile back. When accumulating (not the first kc block of
	// the sum), add what C already holds first.
	MOVQ    DX, BX                // BX = &C[0][0], walks down the rows
	MOVBQZX accumulate+40(FP), AX
	TESTQ   AX, AX
	JZ      store6x8              // first block: overwrite, never read C
	VADDPD  (BX), Y0, Y0          // Y0 += C[0][0..3]
	VADDPD  32(BX), Y1, Y1        // Y1 += C[0][4..7]
	ADDQ    R8, BX                // BX = &C[1][0]
	VADDPD  (BX), Y2, Y2
	VADDPD  32(BX), Y3, Y3
	ADDQ    R8, BX
	VADDPD  (BX), Y4, Y4
	VADDPD  32(BX), Y5, Y5
	ADDQ    R8, BX
	VADDPD  (BX), Y6, Y6
	VADDPD  32(BX), Y7, Y7
	ADDQ    R8, BX
	VADDPD  (BX), Y8, Y8
	VADDPD  32(BX), Y9, Y9
	ADDQ    R8, BX
	VADDPD  (BX), Y10, Y10
	VADDPD  32(BX), Y11, Y11
	MOVQ    DX, BX                // back to row 0 for the stores

store6x8:
	VMOVUPD Y0, (BX)              // C[0][0..3] = Y0
	VMOVUPD Y1, 32(BX)            // C[0][4..7] = Y1
	ADDQ    R8, BX
	VMOVUPD Y2, (BX)
	VMOVUPD Y3, 32(BX)
	ADDQ    R8, BX
	VMOVUPD Y4, (BX)
	VMOVUPD Y5, 32(BX)
	ADDQ    R8, BX
	VMOVUPD Y6, (BX)
	VMOVUPD Y7, 32(BX)
	ADDQ    R8, BX
	VMOVUPD Y8, (BX)
	VMOVUPD Y9, 32(BX)
	ADDQ    R8, BX
	VMOVUPD Y10, (BX)
	VMOVUPD Y11, 32(BX)
	VZEROUPPER
	RET

// STEP8x24(ao, bo) is one rank-1 update of the 8×24 tile: three loads of
// b[l][0..23] (at byte offset bo from DI), then for each row r a broadcast
// of a[l][r] (offset ao+8r from SI) and three FMAs, one per ZMM of the row.
#define STEP8x24(ao, bo) \
	VMOVUPD      bo(DI), Z24;     /* Z24 = b[l][0..7]                    */ \
	VMOVUPD      bo+64(DI), Z25;  /* Z25 = b[l][8..15]                   */ \
	VMOVUPD      bo+128(DI), Z26; /* Z26 = b[l][16..23]                  */ \
	VBROADCASTSD ao(SI), Z27;     /* Z27 = a[l][0] in all eight lanes    */ \
	VFMADD231PD  Z24, Z27, Z0;    /* C[0][0..7]   += a[l][0]·b[l][0..7]  */ \
	VFMADD231PD  Z25, Z27, Z1;    /* C[0][8..15]  += a[l][0]·b[l][8..15] */ \
	VFMADD231PD  Z26, Z27, Z2;    /* C[0][16..23] += a[l][0]·b[l][16..23]*/ \
	VBROADCASTSD ao+8(SI), Z28;   /* Z28 = a[l][1]                       */ \
	VFMADD231PD  Z24, Z28, Z3;    /* row 1                               */ \
	VFMADD231PD  Z25, Z28, Z4;                                              \
	VFMADD231PD  Z26, Z28, Z5;                                              \
	VBROADCASTSD ao+16(SI), Z27;  /* a[l][2]                             */ \
	VFMADD231PD  Z24, Z27, Z6;    /* row 2                               */ \
	VFMADD231PD  Z25, Z27, Z7;                                              \
	VFMADD231PD  Z26, Z27, Z8;                                              \
	VBROADCASTSD ao+24(SI), Z28;  /* a[l][3]                             */ \
	VFMADD231PD  Z24, Z28, Z9;    /* row 3                               */ \
	VFMADD231PD  Z25, Z28, Z10;                                             \
	VFMADD231PD  Z26, Z28, Z11;                                             \
	VBROADCASTSD ao+32(SI), Z27;  /* a[l][4]                             */ \
	VFMADD231PD  Z24, Z27, Z12;   /* row 4                               */ \
	VFMADD231PD  Z25, Z27, Z13;                                             \
	VFMADD231PD  Z26, Z27, Z14;                                             \
	VBROADCASTSD ao+40(SI), Z28;  /* a[l][5]                             */ \
	VFMADD231PD  Z24, Z28, Z15;   /* row 5                               */ \
	VFMADD231PD  Z25, Z28, Z16;                                             \
	VFMADD231PD  Z26, Z28, Z17;                                             \
	VBROADCASTSD ao+48(SI), Z27;  /* a[l][6]                             */ \
	VFMADD231PD  Z24, Z27, Z18;   /* row 6                               */ \
	VFMADD231PD  Z25, Z27, Z19;                                             \
	VFMADD231PD  Z26, Z27, Z20;                                             \
	VBROADCASTSD ao+56(SI), Z28;  /* a[l][7]                             */ \
	VFMADD231PD  Z24, Z28, Z21;   /* row 7                               */ \
	VFMADD231PD  Z25, Z28, Z22;                                             \
	VFMADD231PD  Z26, Z28, Z23

// func kernel8x24AVX512(kc int, a, b, c *float64, ldc int, accumulate bool)
//
// The same algorithm with AVX-512's 32 ZMM registers of eight float64: an
// 8×24 tile in 24 accumulators, three per row (columns 0-7, 8-15, 16-23):
//
//	row r: Z(3r) Z(3r+1) Z(3r+2)      for r = 0..7, i.e. Z0..Z23
//
// B's 24 values of step l go to Z24-Z26, A's broadcasts to Z27 and Z28.
// Per step: 24 FMAs (384 flops) for 3 loads and 8 broadcasts.
TEXT ·kernel8x24AVX512(SB), NOSPLIT, $0-41
	MOVQ kc+0(FP), CX     // CX = kc
	MOVQ a+8(FP), SI      // SI walks A: 8 values per step
	MOVQ b+16(FP), DI     // DI walks B: 24 values per step
	MOVQ c+24(FP), DX     // DX = &C[0][0]
	MOVQ ldc+32(FP), R8
	SHLQ $3, R8           // R8 = ldc in bytes

	// Zero the 24 accumulators (VPXORQ is the AVX-512F integer XOR; for
	// zeroing, integer and float XOR are the same bits).
	VPXORQ Z0, Z0, Z0
	VPXORQ Z1, Z1, Z1
	VPXORQ Z2, Z2, Z2
	VPXORQ Z3, Z3, Z3
	VPXORQ Z4, Z4, Z4
	VPXORQ Z5, Z5, Z5
	VPXORQ Z6, Z6, Z6
	VPXORQ Z7, Z7, Z7
	VPXORQ Z8, Z8, Z8
	VPXORQ Z9, Z9, Z9
	VPXORQ Z10, Z10, Z10
	VPXORQ Z11, Z11, Z11
	VPXORQ Z12, Z12, Z12
	VPXORQ Z13, Z13, Z13
	VPXORQ Z14, Z14, Z14
	VPXORQ Z15, Z15, Z15
	VPXORQ Z16, Z16, Z16
	VPXORQ Z17, Z17, Z17
	VPXORQ Z18, Z18, Z18
	VPXORQ Z19, Z19, Z19
	VPXORQ Z20, Z20, Z20
	VPXORQ Z21, Z21, Z21
	VPXORQ Z22, Z22, Z22
	VPXORQ Z23, Z23, Z23

	MOVQ CX, R9           // two steps per trip, as in kernel6x8AVX2
	SHRQ $1, CX
	JZ   odd8x24
loop8x24:
	STEP8x24(0, 0)        // step l
	STEP8x24(64, 192)     // step l+1: A 8 values (64 bytes) on, B 24 (192 bytes)
	ADDQ $128, SI
	ADDQ $384, DI
	DECQ CX
	JNZ  loop8x24
odd8x24:
	ANDQ $1, R9
	JZ   done8x24
	STEP8x24(0, 0)
done8x24:

	MOVQ    DX, BX
	MOVBQZX accumulate+40(FP), AX
	TESTQ   AX, AX
	JZ      store8x24
	VADDPD  (BX), Z0, Z0          // row 0 += C[0][0..23]
	VADDPD  64(BX), Z1, Z1
	VADDPD  128(BX), Z2, Z2
	ADDQ    R8, BX
	VADDPD  (BX), Z3, Z3          // row 1
	VADDPD  64(BX), Z4, Z4
	VADDPD  128(BX), Z5, Z5
	ADDQ    R8, BX
	VADDPD  (BX), Z6, Z6          // row 2
	VADDPD  64(BX), Z7, Z7
	VADDPD  128(BX), Z8, Z8
	ADDQ    R8, BX
	VADDPD  (BX), Z9, Z9          // row 3
	VADDPD  64(BX), Z10, Z10
	VADDPD  128(BX), Z11, Z11
	ADDQ    R8, BX
	VADDPD  (BX), Z12, Z12        // row 4
	VADDPD  64(BX), Z13, Z13
	VADDPD  128(BX), Z14, Z14
	ADDQ    R8, BX
	VADDPD  (BX), Z15, Z15        // row 5
	VADDPD  64(BX), Z16, Z16
	VADDPD  128(BX), Z17, Z17
	ADDQ    R8, BX
	VADDPD  (BX), Z18, Z18        // row 6
	VADDPD  64(BX), Z19, Z19
	VADDPD  128(BX), Z20, Z20
	ADDQ    R8, BX
	VADDPD  (BX), Z21, Z21        // row 7
	VADDPD  64(BX), Z22, Z22
	VADDPD  128(BX), Z23, Z23
	MOVQ    DX, BX

store8x24:
	VMOVUPD Z0, (BX)              // C[0][0..23] = row 0
	VMOVUPD Z1, 64(BX)
	VMOVUPD Z2, 128(BX)
	ADDQ    R8, BX
	VMOVUPD Z3, (BX)
	VMOVUPD Z4, 64(BX)
	VMOVUPD Z5, 128(BX)
	ADDQ    R8, BX
	VMOVUPD Z6, (BX)
	VMOVUPD Z7, 64(BX)
	VMOVUPD Z8, 128(BX)
	ADDQ    R8, BX
	VMOVUPD Z9, (BX)
	VMOVUPD Z10, 64(BX)
	VMOVUPD Z11, 128(BX)
	ADDQ    R8, BX
	VMOVUPD Z12, (BX)
	VMOVUPD Z13, 64(BX)
	VMOVUPD Z14, 128(BX)
	ADDQ    R8, BX
	VMOVUPD Z15, (BX)
	VMOVUPD Z16, 64(BX)
	VMOVUPD Z17, 128(BX)
	ADDQ    R8, BX
	VMOVUPD Z18, (BX)
	VMOVUPD Z19, 64(BX)
	VMOVUPD Z20, 128(BX)
	ADDQ    R8, BX
	VMOVUPD Z21, (BX)
	VMOVUPD Z22, 64(BX)
	VMOVUPD Z23, 128(BX)
	VZEROUPPER
	RET
