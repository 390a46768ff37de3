package bench

import "fmt"

// Kind groups benchmark cases by what they exercise.
type Kind string

const (
	// Square is one n×n·n×n product.
	Square Kind = "square"
	// Batched is a batch of independent products, A [b n k] · B [b k p].
	Batched Kind = "batched"
	// Broadcast is a matmul whose batch dims broadcast (or fold away).
	Broadcast Kind = "broadcast"
)

// Case is one benchmark shape: operands A and B as torch.matmul reads them.
type Case struct {
	Name  string  `json:"name"`
	Kind  Kind    `json:"kind"`
	A     []int   `json:"a"`
	B     []int   `json:"b"`
	N     int     `json:"n,omitempty"` // the size of a Square case
	Flops float64 `json:"flops"`       // 2·m·n·k summed over the batch
}

// SquareSizes are the sizes the issue asks for.
var SquareSizes = []int{8, 16, 32, 64, 128, 256, 512, 1024}

// SquareCase is the n×n·n×n product.
func SquareCase(n int) Case {
	return Case{Name: fmt.Sprintf("n=%d", n), Kind: Square, A: []int{n, n}, B: []int{n, n}, N: n, Flops: 2 * float64(n) * float64(n) * float64(n)}
}

// BatchedCases are bmm shapes from tiny to moderate matrices; the first,
// 1000 products of 8×8 matrices, is where a BLAS call's fixed cost dominates.
func BatchedCases() []Case {
	return []Case{
		batched(1000, 8, 8, 8),
		batched(100, 32, 32, 32),
		batched(10, 128, 128, 128),
	}
}

func batched(b, n, k, p int) Case {
	return Case{Name: fmt.Sprintf("bmm %dx(%dx%d)·(%dx%d)", b, n, k, k, p), Kind: Batched,
		A: []int{b, n, k}, B: []int{b, k, p}, Flops: 2 * float64(b*n*k*p)}
}

// BroadcastCases are matmul shapes whose batch dims broadcast: chalk reads
// the repeated operand in place, where a naive implementation (and PyTorch's
// bmm path) first copies it out to full size.
func BroadcastCases() []Case {
	return []Case{
		broadcast("(8,1,64,64)@(1,16,64,64)", []int{8, 1, 64, 64}, []int{1, 16, 64, 64}, 8*16, 64, 64, 64),
		broadcast("(64,128,256)@(256,256)", []int{64, 128, 256}, []int{256, 256}, 64, 128, 256, 256),
		broadcast("(10,3,4)@(4,5)", []int{10, 3, 4}, []int{4, 5}, 10, 3, 4, 5),
	}
}

func broadcast(name string, a, b []int, batch, m, k, n int) Case {
	return Case{Name: name, Kind: Broadcast, A: a, B: b, Flops: 2 * float64(batch*m*k*n)}
}
