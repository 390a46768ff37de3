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

// TestConstructorErrors: each constructor's errors name it, with PyTorch's
// message for the same call.
func TestConstructorErrors(t *testing.T) {
	tests := []struct {
		f         func() (*Tensor, error)
		op, torch string
	}{
		{func() (*Tensor, error) { return Zeros(-1, 2) }, "zeros", "Trying to create tensor with negative dimension -1: [-1, 2]"},
		{func() (*Tensor, error) { return Ones(-2, 3) }, "ones", "Trying to create tensor with negative dimension -2: [-2, 3]"},
		{func() (*Tensor, error) { return Full(2, -1) }, "full", "Trying to create tensor with negative dimension -1: [-1]"},
		{func() (*Tensor, error) { return Rand(1, 2, -3) }, "rand", "Trying to create tensor with negative dimension -3: [2, -3]"},
		{func() (*Tensor, error) { return Eye(-1) }, "eye", "n must be greater or equal to 0, got -1"},
		{func() (*Tensor, error) { return Linspace(0, 1, -1) }, "linspace", "number of steps must be non-negative"},
	}
	for _, tc := range tests {
		_, err := tc.f()
		var se *ShapeError
		require.True(t, errors.As(err, &se), "%s: %v", tc.op, err)
		assert.Equal(t, tc.op, se.Op)
		assert.Equal(t, tc.torch, se.TorchMessage())
	}
}
