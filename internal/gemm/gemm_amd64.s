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

// HSUM adds up the eight lanes of the ZMM register z, whose lower halves
// are the YMM y and the XMM x, leaving the sum in the lowest lane of x:
// upper four lanes onto lower four, upper two onto lower two, lane 1 onto
// lane 0. (A macro: the assembler pastes these lines wherever it is used.)
#define HSUM(z, y, x) \
	VEXTRACTF64X4 $1, z, Y14; \
	VADDPD        Y14, y, y;  \
	VEXTRACTF128  $1, y, X14; \
	VADDPD        X14, x, x;  \
	VPERMILPD     $1, x, X14; \
	VADDSD        X14, x, x

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
// Each step l of the loop is a rank-1 update of the tile: it loads the
// eight values b[l][0..7] into Y12, Y13, and for each row r broadcasts
// a[l][r] into Y14 or Y15 and does two fused multiply-adds. That is 12 FMAs
// (96 flops) for 2 loads of B and 6 broadcasts of A: the arithmetic
// intensity that lets the FMA units, not memory, set the pace.
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

loop6x8:
	// One rank-1 update: tile += a[l][0..5]ᵀ · b[l][0..7].
	VMOVUPD (DI), Y12             // Y12 = b[l][0..3]
	VMOVUPD 32(DI), Y13           // Y13 = b[l][4..7]
	VBROADCASTSD (SI), Y14        // Y14 = a[l][0] in all four lanes
	VFMADD231PD Y12, Y14, Y0      // C[0][0..3] += a[l][0]·b[l][0..3]
	VFMADD231PD Y13, Y14, Y1      // C[0][4..7] += a[l][0]·b[l][4..7]
	VBROADCASTSD 8(SI), Y15       // Y15 = a[l][1]
	VFMADD231PD Y12, Y15, Y2      // C[1][0..3] += a[l][1]·b[l][0..3]
	VFMADD231PD Y13, Y15, Y3      // C[1][4..7] += a[l][1]·b[l][4..7]
	VBROADCASTSD 16(SI), Y14      // Y14 = a[l][2] (the CPU renames
	VFMADD231PD Y12, Y14, Y4      // registers, so reusing Y14 does not
	VFMADD231PD Y13, Y14, Y5      // wait for the FMAs above)
	VBROADCASTSD 24(SI), Y15      // Y15 = a[l][3]
	VFMADD231PD Y12, Y15, Y6
	VFMADD231PD Y13, Y15, Y7
	VBROADCASTSD 32(SI), Y14      // Y14 = a[l][4]
	VFMADD231PD Y12, Y14, Y8
	VFMADD231PD Y13, Y14, Y9
	VBROADCASTSD 40(SI), Y15      // Y15 = a[l][5]
	VFMADD231PD Y12, Y15, Y10
	VFMADD231PD Y13, Y15, Y11
	ADDQ $48, SI                  // next step of A: 6 float64 = 48 bytes
	ADDQ $64, DI                  // next step of B: 8 float64 = 64 bytes
	DECQ CX                       // one step fewer to go ...
	JNZ  loop6x8                  // ... loop while CX != 0

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

loop8x24:
	VMOVUPD (DI), Z24             // Z24 = b[l][0..7]
	VMOVUPD 64(DI), Z25           // Z25 = b[l][8..15]
	VMOVUPD 128(DI), Z26          // Z26 = b[l][16..23]
	VBROADCASTSD (SI), Z27        // Z27 = a[l][0] in all eight lanes
	VFMADD231PD Z24, Z27, Z0      // C[0][0..7]   += a[l][0]·b[l][0..7]
	VFMADD231PD Z25, Z27, Z1      // C[0][8..15]  += a[l][0]·b[l][8..15]
	VFMADD231PD Z26, Z27, Z2      // C[0][16..23] += a[l][0]·b[l][16..23]
	VBROADCASTSD 8(SI), Z28       // Z28 = a[l][1]
	VFMADD231PD Z24, Z28, Z3
	VFMADD231PD Z25, Z28, Z4
	VFMADD231PD Z26, Z28, Z5
	VBROADCASTSD 16(SI), Z27      // a[l][2]
	VFMADD231PD Z24, Z27, Z6
	VFMADD231PD Z25, Z27, Z7
	VFMADD231PD Z26, Z27, Z8
	VBROADCASTSD 24(SI), Z28      // a[l][3]
	VFMADD231PD Z24, Z28, Z9
	VFMADD231PD Z25, Z28, Z10
	VFMADD231PD Z26, Z28, Z11
	VBROADCASTSD 32(SI), Z27      // a[l][4]
	VFMADD231PD Z24, Z27, Z12
	VFMADD231PD Z25, Z27, Z13
	VFMADD231PD Z26, Z27, Z14
	VBROADCASTSD 40(SI), Z28      // a[l][5]
	VFMADD231PD Z24, Z28, Z15
	VFMADD231PD Z25, Z28, Z16
	VFMADD231PD Z26, Z28, Z17
	VBROADCASTSD 48(SI), Z27      // a[l][6]
	VFMADD231PD Z24, Z27, Z18
	VFMADD231PD Z25, Z27, Z19
	VFMADD231PD Z26, Z27, Z20
	VBROADCASTSD 56(SI), Z28      // a[l][7]
	VFMADD231PD Z24, Z28, Z21
	VFMADD231PD Z25, Z28, Z22
	VFMADD231PD Z26, Z28, Z23
	ADDQ $64, SI                  // next step of A: 8 float64
	ADDQ $192, DI                 // next step of B: 24 float64
	DECQ CX
	JNZ  loop8x24

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

// lanes holds the lane numbers 0..7; comparing them with the count of
// columns left builds the masks for the last, partial block of columns.
DATA lanes<>+0(SB)/8, $0
DATA lanes<>+8(SB)/8, $1
DATA lanes<>+16(SB)/8, $2
DATA lanes<>+24(SB)/8, $3
DATA lanes<>+32(SB)/8, $4
DATA lanes<>+40(SB)/8, $5
DATA lanes<>+48(SB)/8, $6
DATA lanes<>+56(SB)/8, $7
GLOBL lanes<>(SB), RODATA|NOPTR, $64

// func direct4x8AVX2(n, k int, a0, a1, a2, a3 *float64, acs int, b *float64, brs int, c0, c1, c2, c3 *float64)
//
// The direct kernel for small products: no packing. It computes four rows
// of C, eight columns at a time, reading A through its column stride and B
// row by row (B's rows must be contiguous):
//
//	C_r[j..j+7] = Σ_l a_r[l]·B[l][j..j+7]     r = 0..3
//
// with the 4×8 block in Y0..Y7 (two registers per row, as above). The last
// block of n%8 columns uses masked loads and stores (VMASKMOVPD), which
// touch only the lanes whose mask is set: no read or write past row's end.
TEXT ·direct4x8AVX2(SB), NOSPLIT, $0-104
	MOVQ a0+16(FP), R8    // R8..R11 = the four rows of A
	MOVQ a1+24(FP), R9
	MOVQ a2+32(FP), R10
	MOVQ a3+40(FP), R11
	MOVQ acs+48(FP), R12
	SHLQ $3, R12          // R12 = A's column stride in bytes: a_r[l+1] = a_r[l] + R12
	MOVQ brs+64(FP), R13
	SHLQ $3, R13          // R13 = B's row stride in bytes: B[l+1] = B[l] + R13
	MOVQ k+8(FP), R14     // R14 = k
	MOVQ n+0(FP), SI      // SI = columns still to do
	XORQ DX, DX           // DX = byte offset of this block's first column

block:
	CMPQ SI, $8
	JLT  tail             // fewer than 8 columns left: the masked version

	VXORPD Y0, Y0, Y0     // zero the 4×8 block
	VXORPD Y1, Y1, Y1
	VXORPD Y2, Y2, Y2
	VXORPD Y3, Y3, Y3
	VXORPD Y4, Y4, Y4
	VXORPD Y5, Y5, Y5
	VXORPD Y6, Y6, Y6
	VXORPD Y7, Y7, Y7
	MOVQ b+56(FP), DI
	ADDQ DX, DI           // DI = &B[0][j]
	XORQ AX, AX           // AX = l·acs in bytes: a_r[l] is at (R8+r)(AX*1)
	MOVQ R14, CX          // CX = k steps

full:
	VMOVUPD (DI), Y8                // Y8 = B[l][j..j+3]
	VMOVUPD 32(DI), Y9              // Y9 = B[l][j+4..j+7]
	VBROADCASTSD (R8)(AX*1), Y10    // Y10 = a_0[l]
	VFMADD231PD Y8, Y10, Y0         // C_0[j..j+3] += a_0[l]·B[l][j..j+3]
	VFMADD231PD Y9, Y10, Y1         // C_0[j+4..j+7] += a_0[l]·B[l][j+4..j+7]
	VBROADCASTSD (R9)(AX*1), Y11    // a_1[l]
	VFMADD231PD Y8, Y11, Y2
	VFMADD231PD Y9, Y11, Y3
	VBROADCASTSD (R10)(AX*1), Y10   // a_2[l]
	VFMADD231PD Y8, Y10, Y4
	VFMADD231PD Y9, Y10, Y5
	VBROADCASTSD (R11)(AX*1), Y11   // a_3[l]
	VFMADD231PD Y8, Y11, Y6
	VFMADD231PD Y9, Y11, Y7
	ADDQ R12, AX                    // next column of A
	ADDQ R13, DI                    // next row of B
	DECQ CX
	JNZ  full

	MOVQ    c0+72(FP), BX
	VMOVUPD Y0, (BX)(DX*1)          // C_0[j..j+3] = Y0
	VMOVUPD Y1, 32(BX)(DX*1)        // C_0[j+4..j+7] = Y1
	MOVQ    c1+80(FP), BX
	VMOVUPD Y2, (BX)(DX*1)
	VMOVUPD Y3, 32(BX)(DX*1)
	MOVQ    c2+88(FP), BX
	VMOVUPD Y4, (BX)(DX*1)
	VMOVUPD Y5, 32(BX)(DX*1)
	MOVQ    c3+96(FP), BX
	VMOVUPD Y6, (BX)(DX*1)
	VMOVUPD Y7, 32(BX)(DX*1)
	ADDQ    $64, DX                 // next block: 8 columns further
	SUBQ    $8, SI
	JMP     block

tail:
	TESTQ SI, SI
	JZ    done            // n was a multiple of 8

	// Masks for the t = SI (1..7) columns left: lane i of Y12 is all ones
	// when i < t, of Y13 when 4+i < t.
	MOVQ         SI, X14
	VPBROADCASTQ X14, Y14            // Y14 = t in all four lanes
	VPCMPGTQ     lanes<>+0(SB), Y14, Y12   // Y12 = t > [0 1 2 3]
	VPCMPGTQ     lanes<>+32(SB), Y14, Y13  // Y13 = t > [4 5 6 7]

	VXORPD Y0, Y0, Y0
	VXORPD Y1, Y1, Y1
	VXORPD Y2, Y2, Y2
	VXORPD Y3, Y3, Y3
	VXORPD Y4, Y4, Y4
	VXORPD Y5, Y5, Y5
	VXORPD Y6, Y6, Y6
	VXORPD Y7, Y7, Y7
	MOVQ b+56(FP), DI
	ADDQ DX, DI
	XORQ AX, AX
	MOVQ R14, CX

partial:
	VMASKMOVPD (DI), Y12, Y8        // Y8 = B[l][j..j+3], 0 in masked-off lanes
	VMASKMOVPD 32(DI), Y13, Y9      // Y9 = B[l][j+4..j+7], likewise
	VBROADCASTSD (R8)(AX*1), Y10
	VFMADD231PD Y8, Y10, Y0
	VFMADD231PD Y9, Y10, Y1
	VBROADCASTSD (R9)(AX*1), Y11
	VFMADD231PD Y8, Y11, Y2
	VFMADD231PD Y9, Y11, Y3
	VBROADCASTSD (R10)(AX*1), Y10
	VFMADD231PD Y8, Y10, Y4
	VFMADD231PD Y9, Y10, Y5
	VBROADCASTSD (R11)(AX*1), Y11
	VFMADD231PD Y8, Y11, Y6
	VFMADD231PD Y9, Y11, Y7
	ADDQ R12, AX
	ADDQ R13, DI
	DECQ CX
	JNZ  partial

	MOVQ       c0+72(FP), BX
	VMASKMOVPD Y0, Y12, (BX)(DX*1)  // store only the lanes of real columns
	VMASKMOVPD Y1, Y13, 32(BX)(DX*1)
	MOVQ       c1+80(FP), BX
	VMASKMOVPD Y2, Y12, (BX)(DX*1)
	VMASKMOVPD Y3, Y13, 32(BX)(DX*1)
	MOVQ       c2+88(FP), BX
	VMASKMOVPD Y4, Y12, (BX)(DX*1)
	VMASKMOVPD Y5, Y13, 32(BX)(DX*1)
	MOVQ       c3+96(FP), BX
	VMASKMOVPD Y6, Y12, (BX)(DX*1)
	VMASKMOVPD Y7, Y13, 32(BX)(DX*1)

done:
	VZEROUPPER
	RET

// func direct8x16AVX512(n, k int, a *[8]*float64, acs int, b *float64, brs int, c *[8]*float64)
//
// The direct kernel with AVX-512: eight rows of C, sixteen columns at a
// time, in sixteen ZMM accumulators (two per row: Z(2r) for columns 0-7,
// Z(2r+1) for 8-15). a and c point at arrays of eight row pointers, as in
// direct4x8AVX2 (rows may repeat).
//
// AVX-512 has mask registers K1..K7: a masked load reads only the lanes
// whose mask bit is 1 (the others become 0, and cannot fault), a masked
// store writes only those lanes. Every block uses masks, all ones except in
// the last block of n%16 columns, so one loop serves both.
//
// Registers: R8-R14 and SI hold the eight rows of A, AX the byte offset of
// column l of A, BX A's column stride, DI walks down B, DX is B's row
// stride, CX counts the steps. The frame's two words hold the block's
// column offset in bytes, 0(SP), and the columns left, 8(SP).
TEXT ·direct8x16AVX512(SB), NOSPLIT, $16-56
	MOVQ a+16(FP), AX     // AX = &a[0]
	MOVQ 0(AX), R8        // R8 = a[0], row 0 of A
	MOVQ 8(AX), R9
	MOVQ 16(AX), R10
	MOVQ 24(AX), R11
	MOVQ 32(AX), R12
	MOVQ 40(AX), R13
	MOVQ 48(AX), R14
	MOVQ 56(AX), SI       // SI = a[7], row 7 of A
	MOVQ acs+24(FP), BX
	SHLQ $3, BX           // BX = A's column stride in bytes
	MOVQ brs+40(FP), DX
	SHLQ $3, DX           // DX = B's row stride in bytes
	MOVQ $0, 0(SP)        // first block starts at column 0
	MOVQ n+0(FP), CX
	MOVQ CX, 8(SP)        // n columns left

block16:
	MOVQ 8(SP), CX        // CX = columns left
	TESTQ CX, CX
	JLE  done16           // none: finished
	MOVQ $0xffff, AX      // a full block: all 16 lanes
	CMPQ CX, $16
	JGE  masks16
	MOVQ $1, AX           // the last block: t = CX < 16 lanes,
	SHLQ CX, AX           // AX = 1<<t ...
	DECQ AX               // ... - 1 = t one bits
masks16:
	KMOVW AX, K1          // K1 = lanes of columns 0-7 of the block
	SHRQ  $8, AX
	KMOVW AX, K2          // K2 = lanes of columns 8-15

	VPXORQ Z0, Z0, Z0     // zero the 8×16 block
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
	MOVQ b+32(FP), DI
	ADDQ 0(SP), DI        // DI = &B[0][j]
	XORQ AX, AX           // AX = 0: column 0 of A
	MOVQ k+8(FP), CX      // CX = k steps

step16:
	VMOVUPD.Z (DI), K1, Z16       // Z16 = B[l][j..j+7] (masked lanes 0)
	VMOVUPD.Z 64(DI), K2, Z17     // Z17 = B[l][j+8..j+15]
	VBROADCASTSD (R8)(AX*1), Z18  // Z18 = A[0][l] in all lanes
	VFMADD231PD Z16, Z18, Z0      // C[0][j..j+7]    += A[0][l]·B[l][j..j+7]
	VFMADD231PD Z17, Z18, Z1      // C[0][j+8..j+15] += A[0][l]·B[l][j+8..j+15]
	VBROADCASTSD (R9)(AX*1), Z19  // A[1][l]
	VFMADD231PD Z16, Z19, Z2
	VFMADD231PD Z17, Z19, Z3
	VBROADCASTSD (R10)(AX*1), Z18 // A[2][l]
	VFMADD231PD Z16, Z18, Z4
	VFMADD231PD Z17, Z18, Z5
	VBROADCASTSD (R11)(AX*1), Z19 // A[3][l]
	VFMADD231PD Z16, Z19, Z6
	VFMADD231PD Z17, Z19, Z7
	VBROADCASTSD (R12)(AX*1), Z18 // A[4][l]
	VFMADD231PD Z16, Z18, Z8
	VFMADD231PD Z17, Z18, Z9
	VBROADCASTSD (R13)(AX*1), Z19 // A[5][l]
	VFMADD231PD Z16, Z19, Z10
	VFMADD231PD Z17, Z19, Z11
	VBROADCASTSD (R14)(AX*1), Z18 // A[6][l]
	VFMADD231PD Z16, Z18, Z12
	VFMADD231PD Z17, Z18, Z13
	VBROADCASTSD (SI)(AX*1), Z19  // A[7][l]
	VFMADD231PD Z16, Z19, Z14
	VFMADD231PD Z17, Z19, Z15
	ADDQ BX, AX                   // next column of A
	ADDQ DX, DI                   // next row of B
	DECQ CX
	JNZ  step16

	// Store the block: row r goes to c[r] + the block's column offset,
	// only the lanes of real columns.
	MOVQ    c+48(FP), CX          // CX = &c[0]
	MOVQ    0(SP), DI             // DI = column offset in bytes
	MOVQ    0(CX), AX             // AX = c[0], row 0 of C
	VMOVUPD Z0, K1, (AX)(DI*1)
	VMOVUPD Z1, K2, 64(AX)(DI*1)
	MOVQ    8(CX), AX             // row 1
	VMOVUPD Z2, K1, (AX)(DI*1)
	VMOVUPD Z3, K2, 64(AX)(DI*1)
	MOVQ    16(CX), AX            // row 2
	VMOVUPD Z4, K1, (AX)(DI*1)
	VMOVUPD Z5, K2, 64(AX)(DI*1)
	MOVQ    24(CX), AX            // row 3
	VMOVUPD Z6, K1, (AX)(DI*1)
	VMOVUPD Z7, K2, 64(AX)(DI*1)
	MOVQ    32(CX), AX            // row 4
	VMOVUPD Z8, K1, (AX)(DI*1)
	VMOVUPD Z9, K2, 64(AX)(DI*1)
	MOVQ    40(CX), AX            // row 5
	VMOVUPD Z10, K1, (AX)(DI*1)
	VMOVUPD Z11, K2, 64(AX)(DI*1)
	MOVQ    48(CX), AX            // row 6
	VMOVUPD Z12, K1, (AX)(DI*1)
	VMOVUPD Z13, K2, 64(AX)(DI*1)
	MOVQ    56(CX), AX            // row 7
	VMOVUPD Z14, K1, (AX)(DI*1)
	VMOVUPD Z15, K2, 64(AX)(DI*1)
	ADDQ    $128, 0(SP)           // next block: 16 columns = 128 bytes on
	SUBQ    $16, 8(SP)            // 16 columns fewer left
	JMP     block16

done16:
	VZEROUPPER
	RET

// func direct1x32AVX512(n, k int, a *float64, acs int, b *float64, brs int, c *float64)
//
// The direct kernel for a single row of C (a vector times a matrix):
//
//	c[j..j+31] = Σ_l a[l·acs]·B[l][j..j+31]
//
// thirty-two columns at a time in four ZMM accumulators, Z0..Z3. With one
// row, each B vector loaded feeds just one FMA, so loads, not FMAs, set the
// pace; four independent accumulators are enough to keep up with them.
// Masks K1..K4 (one per accumulator) cover the last n%32 columns.
TEXT ·direct1x32AVX512(SB), NOSPLIT, $0-56
	MOVQ a+16(FP), SI     // SI = &a[0]
	MOVQ acs+24(FP), BX
	SHLQ $3, BX           // BX = a's stride in bytes
	MOVQ b+32(FP), R8     // R8 = &B[0][j], this block's first column
	MOVQ brs+40(FP), DX
	SHLQ $3, DX           // DX = B's row stride in bytes
	MOVQ c+48(FP), R9     // R9 = &c[j]
	MOVQ n+0(FP), R10     // R10 = columns left

block32:
	TESTQ R10, R10
	JLE   done32
	MOVQ  $0xffffffff, AX // a full block: 32 lanes
	CMPQ  R10, $32
	JGE   masks32
	MOVQ  R10, CX         // the last block: t = R10 < 32 lanes
	MOVQ  $1, AX
	SHLQ  CX, AX          // AX = 1<<t ...
	DECQ  AX              // ... - 1 = t one bits
masks32:
	KMOVW AX, K1          // K1 = lanes of columns j..j+7 (low 8 bits count)
	SHRQ  $8, AX
	KMOVW AX, K2          // columns j+8..j+15
	SHRQ  $8, AX
	KMOVW AX, K3          // columns j+16..j+23
	SHRQ  $8, AX
	KMOVW AX, K4          // columns j+24..j+31

	VPXORQ Z0, Z0, Z0
	VPXORQ Z1, Z1, Z1
	VPXORQ Z2, Z2, Z2
	VPXORQ Z3, Z3, Z3
	MOVQ   SI, R11        // R11 walks a
	MOVQ   R8, DI         // DI walks down B
	MOVQ   k+8(FP), CX    // CX = k steps

step32:
	VBROADCASTSD (R11), Z4        // Z4 = a[l] in all lanes
	VMOVUPD.Z    (DI), K1, Z5     // Z5 = B[l][j..j+7]
	VFMADD231PD  Z5, Z4, Z0       // c[j..j+7] += a[l]·B[l][j..j+7]
	VMOVUPD.Z    64(DI), K2, Z6
	VFMADD231PD  Z6, Z4, Z1
	VMOVUPD.Z    128(DI), K3, Z7
	VFMADD231PD  Z7, Z4, Z2
	VMOVUPD.Z    192(DI), K4, Z8
	VFMADD231PD  Z8, Z4, Z3
	ADDQ BX, R11                  // next element of a
	ADDQ DX, DI                   // next row of B
	DECQ CX
	JNZ  step32

	VMOVUPD Z0, K1, (R9)          // store the real columns only
	VMOVUPD Z1, K2, 64(R9)
	VMOVUPD Z2, K3, 128(R9)
	VMOVUPD Z3, K4, 192(R9)
	ADDQ    $256, R8              // next block: 32 columns = 256 bytes on
	ADDQ    $256, R9
	SUBQ    $32, R10
	JMP     block32

done32:
	VZEROUPPER
	RET

// func dot4AVX512(k int, a0, a1, a2, a3, b, c0, c1, c2, c3 *float64)
//
// The direct kernel for a single column of C (a matrix times a vector) when
// the rows of A and the vector b are contiguous: four dot products
//
//	*c_r = Σ_{l<k} a_r[l]·b[l]      r = 0..3
//
// eight lanes of l at a time. Each row has two accumulators, one for even
// and one for odd blocks of eight (Z0-Z3 and Z4-Z7), so eight FMA chains
// run side by side. At the end the lanes of each row are added up:
// 8 → 4 → 2 → 1, a horizontal sum.
TEXT ·dot4AVX512(SB), NOSPLIT, $0-80
	MOVQ k+0(FP), CX      // CX = elements left
	MOVQ a0+8(FP), R8     // R8..R11 = the four rows of A
	MOVQ a1+16(FP), R9
	MOVQ a2+24(FP), R10
	MOVQ a3+32(FP), R11
	MOVQ b+40(FP), DI     // DI = b
	XORQ AX, AX           // AX = byte offset of element l
	VPXORQ Z0, Z0, Z0
	VPXORQ Z1, Z1, Z1
	VPXORQ Z2, Z2, Z2
	VPXORQ Z3, Z3, Z3
	VPXORQ Z4, Z4, Z4
	VPXORQ Z5, Z5, Z5
	VPXORQ Z6, Z6, Z6
	VPXORQ Z7, Z7, Z7

pairs:
	CMPQ CX, $16
	JLT  rest             // fewer than two full blocks left
	VMOVUPD     (DI)(AX*1), Z8        // Z8 = b[l..l+7]
	VMOVUPD     64(DI)(AX*1), Z9      // Z9 = b[l+8..l+15]
	VFMADD231PD (R8)(AX*1), Z8, Z0    // Z0 += a_0[l..l+7]·b[l..l+7]
	VFMADD231PD (R9)(AX*1), Z8, Z1    // (the FMA reads a_r straight
	VFMADD231PD (R10)(AX*1), Z8, Z2   // from memory)
	VFMADD231PD (R11)(AX*1), Z8, Z3
	VFMADD231PD 64(R8)(AX*1), Z9, Z4  // Z4 += a_0[l+8..l+15]·b[l+8..l+15]
	VFMADD231PD 64(R9)(AX*1), Z9, Z5
	VFMADD231PD 64(R10)(AX*1), Z9, Z6
	VFMADD231PD 64(R11)(AX*1), Z9, Z7
	ADDQ $128, AX
	SUBQ $16, CX
	JMP  pairs

rest:
	TESTQ CX, CX
	JLE   reduce
	MOVQ  $0xff, R12      // a full block of eight ...
	CMPQ  CX, $8
	JGE   restmask
	MOVQ  $1, R12         // ... or the last CX < 8 elements
	SHLQ  CX, R12
	DECQ  R12
restmask:
	KMOVW     R12, K1
	VMOVUPD.Z (DI)(AX*1), K1, Z8      // masked lanes read as 0
	VMOVUPD.Z (R8)(AX*1), K1, Z10
	VFMADD231PD Z10, Z8, Z0
	VMOVUPD.Z (R9)(AX*1), K1, Z11
	VFMADD231PD Z11, Z8, Z1
	VMOVUPD.Z (R10)(AX*1), K1, Z12
	VFMADD231PD Z12, Z8, Z2
	VMOVUPD.Z (R11)(AX*1), K1, Z13
	VFMADD231PD Z13, Z8, Z3
	ADDQ $64, AX
	SUBQ $8, CX
	JMP  rest

reduce:
	VADDPD Z4, Z0, Z0     // even + odd blocks
	VADDPD Z5, Z1, Z1
	VADDPD Z6, Z2, Z2
	VADDPD Z7, Z3, Z3
	MOVQ c0+48(FP), BX
	HSUM(Z0, Y0, X0)
	VMOVSD X0, (BX)       // *c_0 = the sum of row 0
	MOVQ c1+56(FP), BX
	HSUM(Z1, Y1, X1)
	VMOVSD X1, (BX)
	MOVQ c2+64(FP), BX
	HSUM(Z2, Y2, X2)
	VMOVSD X2, (BX)
	MOVQ c3+72(FP), BX
	HSUM(Z3, Y3, X3)
	VMOVSD X3, (BX)
	VZEROUPPER
	RET
