//go:build !openblas

package bench

// OpenBLAS reports whether this build includes the OpenBLAS variants; build
// with -tags openblas (and CGO_LDFLAGS=-lopenblas) to add them.
const OpenBLAS = false

func openBLASVariants() []Variant { return nil }
