package tensor

import (
	"fmt"
	"strings"
)

// ShapeError reports operands whose shapes do not fit an operation. Every
// shape failure in this package is a *ShapeError, so callers can test for it
// with errors.As.
//
// Error explains the problem in the caller's own shapes and says how to fix
// it; TorchMessage gives the exact text PyTorch 1.13 raises for the same
// call, which is often phrased in terms of internal, reshaped operands.
type ShapeError struct {
	Op     string // the operation, as in PyTorch: "matmul", "mm", "bmm", "dot", "mv", "outer", "mul", "reshape", ...
	A, B   []int  // the caller's operand shapes; B is nil for one-operand operations
	Reason string // what is wrong, in the caller's shapes
	Fix    string // how to fix it; may be empty
	torch  string
}

// Error explains what is wrong in the caller's shapes, for example
//
//	tensor: matmul: A is [10 3 4] and B is [5 4]: A's last dim (4) must equal B's second-to-last dim (5)
//
// followed, where one is known, by a suggested fix.
func (e *ShapeError) Error() string {
	var sb strings.Builder
	sb.WriteString("tensor: ")
	sb.WriteString(e.Op)
	sb.WriteString(": ")
	if e.B != nil {
		fmt.Fprintf(&sb, "A is %v and B is %v: ", shapeString(e.A), shapeString(e.B))
	} else if e.A != nil {
		fmt.Fprintf(&sb, "the tensor is %v: ", shapeString(e.A))
	}
	sb.WriteString(e.Reason)
	if e.Fix != "" {
		sb.WriteString("; ")
		sb.WriteString(e.Fix)
	}
	return sb.String()
}

// TorchMessage returns the RuntimeError (or IndexError) text that PyTorch
// 1.13 gives for the same call, character for character. For N-D matmul it
// names PyTorch's internal folded shapes, e.g. "mat1 and mat2 shapes cannot
// be multiplied (30x4 and 5x4)" for [10 3 4]@[5 4]. It is empty when PyTorch
// would accept the call and only chalk's own limits (MaxElements, MaxDims)
// refuse it.
func (e *ShapeError) TorchMessage() string { return e.torch }

// IndexError reports an element index that does not fit a tensor, as in At.
type IndexError struct {
	Index  []int  // the index as given
	Shape  []int  // the tensor's shape
	Reason string // what is wrong
	torch  string
}

// Error explains which index entry is out of range, and the valid range.
func (e *IndexError) Error() string {
	return fmt.Sprintf("tensor: index %v into a tensor of shape %v: %s", e.Index, shapeString(e.Shape), e.Reason)
}

// TorchMessage returns PyTorch 1.13's IndexError text for the same indexing.
func (e *IndexError) TorchMessage() string { return e.torch }

// ValueError reports an argument that is not a shape problem but is still
// unusable: a nil tensor, a zero or NaN step, a non-finite fill range.
type ValueError struct {
	Op  string // the operation
	Msg string // what is wrong and how to fix it
}

// Error says which operation rejected which argument, and why.
func (e *ValueError) Error() string { return "tensor: " + e.Op + ": " + e.Msg }

// shapeString prints a shape as Go prints a slice, but never as "[]" for a
// 0-d tensor without saying so.
func shapeString(s []int) string {
	if len(s) == 0 {
		return "[] (a 0-d scalar)"
	}
	return fmt.Sprint(s)
}

// torchSize prints a shape as PyTorch prints an IntArrayRef: [2, 3].
func torchSize(s []int) string {
	parts := make([]string, len(s))
	for i, d := range s {
		parts[i] = fmt.Sprint(d)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// nilError is the error for a nil operand.
func nilError(op, name string) error {
	return &ValueError{Op: op, Msg: name + " is nil; build tensors with FromSlice, Zeros or another constructor"}
}
