//go:build !openblas

package tensor

// BLASName names the BLAS implementation chalk's products go through by
// default: gonum's pure-Go one, unless the program calls blas64.Use. Build
// with -tags openblas to use OpenBLAS (see openblas.go).
const BLASName = "gonum (pure Go)"
