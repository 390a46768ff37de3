package rnn

import (
	"fmt"
	"strings"
)

// ConfigError reports a Config or constructor argument that cannot build a
// model: a size below 1, a model too large to allocate, an unknown
// nonlinearity or a nil random source.
type ConfigError struct {
	Op     string // the constructor, e.g. "NewLSTM"
	Field  string // the offending field or argument, e.g. "HiddenSize"
	Reason string // what is wrong and how to fix it
}

// Error formats the error as "rnn: Op: Field: Reason".
func (e *ConfigError) Error() string {
	return fmt.Sprintf("rnn: %s: %s: %s", e.Op, e.Field, e.Reason)
}

// ShapeError reports a tensor whose shape does not fit the call: a layer
// input that is not [T B I], an h0 with the wrong number of layers, a batch
// size that differs between x and h0, an input width that is not InputSize.
type ShapeError struct {
	Op     string // the call, e.g. "LSTM.Forward"
	Name   string // the argument, e.g. "h0"
	Got    []int  // its shape
	Want   string // the shape the call needs, in symbols and numbers, e.g. "[L*D B H] = [2 3 8]"
	Reason string // what is wrong, in the caller's terms
	Fix    string // how to fix it; may be empty
}

// Error formats the error as "rnn: Op: Name is Got but must be Want:
// Reason; Fix", leaving out the parts that are empty.
func (e *ShapeError) Error() string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "rnn: %s: %s is %v", e.Op, e.Name, e.Got)
	if e.Want != "" {
		fmt.Fprintf(&sb, " but must be %s", e.Want)
	}
	if e.Reason != "" {
		sb.WriteString(": ")
		sb.WriteString(e.Reason)
	}
	if e.Fix != "" {
		sb.WriteString("; ")
		sb.WriteString(e.Fix)
	}
	return sb.String()
}

// ValueError reports an argument that has a usable shape but unusable
// values: a nil tensor where one is required, a NaN or infinite element, a
// Backward without a Forward, a bad hyperparameter.
type ValueError struct {
	Op  string // the call
	Msg string // what is wrong and how to fix it
}

// Error formats the error as "rnn: Op: Msg".
func (e *ValueError) Error() string { return "rnn: " + e.Op + ": " + e.Msg }

// StateDictError reports a state dict that does not fit a model: a missing,
// unexpected or misspelled name, or a tensor of the wrong shape. Name is the
// PyTorch name, e.g. "weight_hh_l1_reverse".
type StateDictError struct {
	Op     string // "LSTM.LoadStateDict", ...
	Name   string // the offending key
	Got    []int  // the shape given (nil if the key is missing)
	Want   []int  // the shape the model needs (nil if the key is unexpected)
	Reason string // what is wrong and how to fix it
}

// Error formats the error as `rnn: Op: "Name": Reason`.
func (e *StateDictError) Error() string {
	return fmt.Sprintf("rnn: %s: %q: %s", e.Op, e.Name, e.Reason)
}

// NonFiniteError reports a loss, gradient norm or parameter that became NaN
// or ±Inf during training: the run has diverged. Lower the learning rate,
// clip gradients (ClipGradNorm) or check the data.
type NonFiniteError struct {
	Op    string  // "MSE", "CrossEntropy", "ClipGradNorm", "TrainAdding", ...
	What  string  // "loss", "gradient norm", ...
	Value float64 // the offending value
	Step  int     // the training step, or -1 outside a training loop
}

// Error says what became non-finite, where, and how to recover.
func (e *NonFiniteError) Error() string {
	at := ""
	if e.Step >= 0 {
		at = fmt.Sprintf(" at step %d", e.Step)
	}
	return fmt.Sprintf("rnn: %s: the %s is %v%s: training diverged; lower the learning rate, clip the gradients or check the inputs for NaN",
		e.Op, e.What, e.Value, at)
}
