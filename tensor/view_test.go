package tensor

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The torch messages below were produced by PyTorch 1.13.

// TestNarrowStart: PyTorch wraps narrow's start like a dim index, so an
// out-of-range start fails with "Dimension out of range" before the length
// is checked, and a size-0 dim counts as size 1 for the wrap.
func TestNarrowStart(t *testing.T) {
	tests := []struct {
		shape              []int
		dim, start, length int
		want               []int // result shape, nil for an error
		torch              string
	}{
		{[]int{3, 4}, 1, -2, 2, []int{3, 2}, ""},
		{[]int{3, 4}, 1, 4, 0, []int{3, 0}, ""}, // start == size: an empty range at the end
		{[]int{1}, 0, 2, 1, nil, "Dimension out of range (expected to be in range of [-1, 0], but got 2)"},
		{[]int{2, 2}, 0, -3, 1, nil, "Dimension out of range (expected to be in range of [-2, 1], but got -3)"},
		{[]int{3, 3, 3}, 1, 4, 0, nil, "Dimension out of range (expected to be in range of [-3, 2], but got 4)"},
		{[]int{0}, 0, 1, -1, nil, "Dimension out of range (expected to be in range of [-1, 0], but got 1)"},
		{[]int{1, 0, 3}, 1, -1, 1, nil, "start (0) + length (1) exceeds dimension size (0)."},
		{[]int{0, 1}, 0, -1, -1, nil, "start (0) + length (-1) exceeds dimension size (0)."},
		{[]int{3, 4}, 1, -1, 2, nil, "start (3) + length (2) exceeds dimension size (4)."},
	}
	for _, tc := range tests {
		x := Must(Zeros(tc.shape...))
		got, err := x.Narrow(tc.dim, tc.start, tc.length)
		if tc.want != nil {
			require.NoError(t, err, "%v.narrow(%d, %d, %d)", tc.shape, tc.dim, tc.start, tc.length)
			assert.Equal(t, tc.want, got.Shape())
			continue
		}
		var se *ShapeError
		require.True(t, errors.As(err, &se), "%v.narrow(%d, %d, %d): %v", tc.shape, tc.dim, tc.start, tc.length, err)
		assert.Equal(t, tc.torch, se.TorchMessage(), "%v.narrow(%d, %d, %d)", tc.shape, tc.dim, tc.start, tc.length)
	}
}

// TestExpandLikeTorch: the strides of new leading dims follow PyTorch (they
// decide PyTorch's matmul route, and so its error messages), and negative
// sizes are refused with PyTorch's message where it has one.
func TestExpandLikeTorch(t *testing.T) {
	row := Must(FromSlice([]float64{1, 2, 3}, 3))
	e := Must(row.Expand(1, 2, 1, 3))
	assert.Equal(t, []int{0, 0, 3, 1}, e.Strides()) // torch: (0, 0, 3, 1)
	col := Must(Must(FromSlice([]float64{1, 2, 3, 4}, 1, 4)).Transpose(0, 1))
	e = Must(col.Expand(1, 4, 1))
	assert.Equal(t, []int{4, 1, 4}, e.Strides()) // torch: (4, 1, 4)
	s := Must(Must(Zeros(1)).Squeeze())
	e = Must(s.Expand(2, 1))
	assert.Equal(t, []int{0, 0}, e.Strides()) // a 0-d source: all stride 0

	tests := []struct {
		shape, target []int
		torch         string
	}{
		{[]int{1}, []int{-1, -1}, "The expanded size of the tensor (-1) isn't allowed in a leading, non-existing dimension 0"},
		{[]int{}, []int{-1}, "numel: integer multiplication overflow"},
		{[]int{2}, []int{-3, 2}, "numel: integer multiplication overflow"},
		{[]int{1, 1}, []int{2, -3}, "numel: integer multiplication overflow"},
		{[]int{1, 1}, []int{0, -3}, ""}, // PyTorch returns a tensor of shape (0, -3)
		{[]int{2, 1}, []int{-3, 1}, "The expanded size of the tensor (-3) must match the existing size (2) at non-singleton dimension 0.  Target sizes: [-3, 1].  Tensor sizes: [2, 1]"},
		{[]int{1, 1}, []int{1 << 40, 1 << 40}, "numel: integer multiplication overflow"},
		{[]int{1, 1}, []int{1 << 40, 1}, ""}, // a view to PyTorch; more than MaxElements to chalk
	}
	for _, tc := range tests {
		_, err := Must(Zeros(tc.shape...)).Expand(tc.target...)
		var se *ShapeError
		require.True(t, errors.As(err, &se), "%v.expand(%v): %v", tc.shape, tc.target, err)
		assert.Equal(t, tc.torch, se.TorchMessage(), "%v.expand(%v)", tc.shape, tc.target)
	}
}
