package rnn

// kind is the recurrence a layer or cell computes. It fixes how many gate
// blocks are stacked in WeightIH and WeightHH (the "G" in their G·H rows)
// and which pointwise rule turns pre-activations into the new state.
type kind int

const (
	kindRNNTanh kind = iota // h' = tanh(a)
	kindRNNReLU             // h' = relu(a)
	kindLSTM                // gates i, f, g, o; cell state c
	kindGRU                 // gates r, z, n
)

// gates is the number of H-row blocks stacked in the weights: 1 for a vanilla
// RNN, 4 for an LSTM (i, f, g, o), 3 for a GRU (r, z, n).
func (k kind) gates() int {
	switch k {
	case kindLSTM:
		return 4
	case kindGRU:
		return 3
	}
	return 1
}

// hasCell reports whether the recurrence carries a cell state c besides h.
func (k kind) hasCell() bool { return k == kindLSTM }

// name is the PyTorch class name, used in error messages.
func (k kind) name() string {
	switch k {
	case kindLSTM:
		return "LSTM"
	case kindGRU:
		return "GRU"
	}
	return "RNN"
}

// nonlinearity is the RNN's activation name ("" for LSTM and GRU).
func (k kind) nonlinearity() string {
	switch k {
	case kindRNNTanh:
		return "tanh"
	case kindRNNReLU:
		return "relu"
	}
	return ""
}
