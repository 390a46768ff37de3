package tensor

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestOuterIsElementwise: torch.outer is a.unsqueeze(1)*b, so signed zeros
// and IEEE products come out exactly as single products (PyTorch 1.13
// prints the first one below with -0.).
func TestOuterIsElementwise(t *testing.T) {
	negZero := math.Copysign(0, -1)
	o := Must(Outer(Must(FromSlice([]float64{negZero, 2}, 2)), Must(FromSlice([]float64{1, 3}, 2))))
	assert.Equal(t, "tensor([[-0., -0.],\n        [2., 6.]])", o.String())
	o = Must(Outer(Must(FromSlice([]float64{0, 2}, 2)), Must(FromSlice([]float64{math.Inf(1), -1}, 2))))
	assert.Equal(t, "tensor([[nan, -0.],\n        [inf, -2.]])", o.String())
}
