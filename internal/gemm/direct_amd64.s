//go:build amd64 && !purego

// The direct kernels of package gemm: small products, and vector shapes,
// computed straight from the strided operands without packing (see
// direct.go and doc.go). gemm_amd64.s explains the notation of Go assembly
// and the rank-1 update that all these kernels share.

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
