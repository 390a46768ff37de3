package tensor

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The torch messages below were produced by PyTorch 1.13.

// TestHostileSizes: PyTorch's overflow checks are sticky (a 0 after an
// overflowing product does not rescue it) and reshape's product wraps, so a
// shape that matches only by wrapping is refused by the numel check.
func TestHostileSizes(t *testing.T) {
	big := 1 << 40
	tests := []struct {
		name  string
		f     func() (*Tensor, error)
		torch string
	}{
		{"zeros 2^33 2^33 0", func() (*Tensor, error) { return Zeros(1<<33, 1<<33, 0) },
			"Storage size calculation overflowed with sizes=[8589934592, 8589934592, 0]"},
		{"zeros 2^60", func() (*Tensor, error) { return Zeros(1 << 60) },
			"Storage size calculation overflowed with sizes=[1152921504606846976]"},
		{"reshape [0] to 2^40 2^40 0", func() (*Tensor, error) { return Must(Zeros(0)).Reshape(big, big, 0) },
			"numel: integer multiplication overflow"},
		{"reshape [0] to 2^32 2^32", func() (*Tensor, error) { return Must(Zeros(0)).Reshape(1<<32, 1<<32) },
			"numel: integer multiplication overflow"},
		{"reshape [4] to 2^40 2^40", func() (*Tensor, error) { return Must(Zeros(4)).Reshape(big, big) },
			"shape '[1099511627776, 1099511627776]' is invalid for input of size 4"},
		{"reshape [4] to 2^40 2^40 -1", func() (*Tensor, error) { return Must(Zeros(4)).Reshape(big, big, -1) },
			"shape '[1099511627776, 1099511627776, -1]' is invalid for input of size 4"},
	}
	for _, tc := range tests {
		_, err := tc.f()
		var se *ShapeError
		require.True(t, errors.As(err, &se), "%s: %v", tc.name, err)
		assert.Equal(t, tc.torch, se.TorchMessage(), tc.name)
	}
	// Large but 0-element shapes whose running product does not overflow are
	// fine, as in PyTorch.
	z, err := Zeros(0, big, big)
	require.NoError(t, err)
	assert.Equal(t, 0, z.Numel())
}
