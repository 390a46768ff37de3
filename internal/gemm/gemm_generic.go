//go:build !amd64 || purego

package gemm

// kernels lists the kernels this build can run, best first. Without
// assembly (another architecture, or the purego build tag) only the Go
// kernel is there.
var kernels = []*kernel{generic}
