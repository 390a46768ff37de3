package tensor

import (
	"errors"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"gonum.org/v1/gonum/mat"
)

// TestNilTensor: a nil *Tensor (say, from an ignored error) never panics:
// methods without an error give empty results, the others a *ValueError.
func TestNilTensor(t *testing.T) {
	var x *Tensor
	assert.Nil(t, x.Shape())
	assert.Nil(t, x.Strides())
	assert.Nil(t, x.Data())
	assert.Equal(t, 0, x.Dim())
	assert.Equal(t, 0, x.Numel())
	assert.True(t, x.IsContiguous())
	assert.Equal(t, "<nil>", x.String())
	for _, u := range []*Tensor{x.T(), x.Contiguous(), x.Clone(), x.Flatten(), x.Map(math.Abs), x.Scale(2), x.Neg(), x.Exp(), x.ReLU()} {
		assert.Error(t, u.Validate())
	}
	var ve *ValueError
	_, err := x.Size(0)
	assert.True(t, errors.As(err, &ve))
	_, err = (&Tensor{}).Size(0)
	assert.True(t, errors.As(err, &ve))
	assert.Equal(t, 0, (&Tensor{}).Numel())

	var sym *mat.SymDense
	_, err = FromDense(sym)
	assert.True(t, errors.As(err, &ve))
	var dense *mat.Dense
	_, err = FromDense(dense)
	assert.True(t, errors.As(err, &ve))
}
