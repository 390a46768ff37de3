package taxonomy

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCNNvsRNN(t *testing.T) {
	rows := CNNvsRNN()
	aspects := []string{"Primary data", "Feature extraction", "Memory & context", "How it works",
		"Input/output size", "Training speed"}
	require.Len(t, rows, len(aspects))
	for i, r := range rows {
		assert.Equal(t, aspects[i], r.Aspect)
		assert.NotEmpty(t, r.CNN, r.Aspect)
		assert.NotEmpty(t, r.RNN, r.Aspect)
	}
	// The lesson's key claims, so an edit cannot quietly lose them.
	assert.Contains(t, rows[0].CNN, "images")
	assert.Contains(t, rows[0].RNN, "time series")
	assert.Contains(t, rows[2].RNN, "vanishing gradients")
	assert.Contains(t, rows[3].RNN, "backpropagation through time")
	assert.Contains(t, rows[4].RNN, "Variable")
	assert.Contains(t, rows[5].RNN, "cannot run in parallel")

	rows[0].CNN = "changed"
	assert.NotEqual(t, "changed", CNNvsRNN()[0].CNN)
}

func TestArchitectures(t *testing.T) {
	tests := []struct {
		name   string
		family ArchitectureFamily
		shape  string
		chalk  []string
	}{
		{"One-to-one", SequenceMode, "1 -> 1", []string{"rnn.OneToOne", "examples/sequence-modes"}},
		{"One-to-many", SequenceMode, "1 -> T", []string{"rnn.OneToMany", "examples/sequence-modes"}},
		{"Many-to-one", SequenceMode, "T -> 1", []string{"rnn.ManyToOne", "examples/sequence-modes", "examples/adding-problem"}},
		{"Many-to-many (synchronous)", SequenceMode, "T -> T", []string{"rnn.ManyToMany", "examples/sequence-modes"}},
		{"Encoder-decoder", SequenceMode, "T -> T'", []string{"rnn.EncoderDecoder", "examples/sequence-modes"}},
		{"LSTM", RecurrentVariant, "(x_t, h, c) -> (h, c)", []string{"rnn.LSTM", "rnn.LSTMCell", "examples/lstm-gates"}},
		{"GRU", RecurrentVariant, "(x_t, h) -> h", []string{"rnn.GRU", "rnn.GRUCell", "examples/gru-vs-lstm"}},
		{"Bidirectional", RecurrentVariant, "T -> T, 2H features", []string{"rnn.Config.Bidirectional"}},
	}
	archs := Architectures()
	require.Len(t, archs, len(tests))
	for i, tt := range tests {
		a := archs[i]
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.name, a.Name)
			assert.Equal(t, tt.family, a.Family)
			assert.Equal(t, tt.shape, a.Shape)
			assert.NotEmpty(t, a.Description)
			assert.NotEmpty(t, a.UseCases)
			var refs []string
			for _, l := range a.Chalk {
				refs = append(refs, l.Ref)
			}
			assert.Equal(t, tt.chalk, refs)
		})
	}

	archs[0].Chalk[0].Ref = "changed"
	archs[0].UseCases[0] = "changed"
	assert.Equal(t, "rnn.OneToOne", Architectures()[0].Chalk[0].Ref)
	assert.Equal(t, "image classification", Architectures()[0].UseCases[0])
}

func TestArchitectureFamily(t *testing.T) {
	assert.Equal(t, "sequence mode", SequenceMode.String())
	assert.Equal(t, "recurrent variant", RecurrentVariant.String())
	assert.Equal(t, "ArchitectureFamily(?)", ArchitectureFamily(0).String())
	for _, f := range []ArchitectureFamily{SequenceMode, RecurrentVariant} {
		text, err := f.MarshalText()
		require.NoError(t, err)
		var back ArchitectureFamily
		require.NoError(t, back.UnmarshalText(text))
		assert.Equal(t, f, back)
	}
	text, err := ArchitectureFamily(0).MarshalText()
	require.NoError(t, err)
	assert.Empty(t, text)
	_, err = ArchitectureFamily(9).MarshalText()
	assert.Error(t, err)
}
