package tensor

import (
	"fmt"
	"strings"
)

// Op describes one of the products in the seed's comparison of dot, mm, bmm
// and matmul: what it accepts, whether it broadcasts, what it is for, and a
// worked example whose result is computed by ExplainShapes.
type Op struct {
	Name      string `json:"name"`       // the operation, as ExplainShapes spells it
	Func      string `json:"func"`       // the chalk function
	Torch     string `json:"torch"`      // the PyTorch function
	Inputs    string `json:"inputs"`     // accepted operand dims
	Broadcast bool   `json:"broadcasts"` // whether batch/size-1 dims broadcast
	Use       string `json:"use"`        // what it is for
	A         []int  `json:"a"`          // the worked example's shapes
	B         []int  `json:"b"`
}

// Ops returns the four products the seed compares, plus the elementwise
// (A*B).Sum(-1) recipe, in teaching order.
func Ops() []Op {
	return []Op{
		{"dot", "Dot", "torch.dot", "1-D · 1-D", false, "dot product of two vectors → scalar", []int{3}, []int{3}},
		{"mm", "MM", "torch.mm", "2-D · 2-D", false, "one matrix product", []int{3, 4}, []int{4, 5}},
		{"bmm", "BMM", "torch.bmm", "3-D · 3-D, equal batch", false, "a batch of matrix products", []int{10, 3, 4}, []int{10, 4, 5}},
		{"matmul", "MatMul", "torch.matmul", "any ≥1-D pair", true, "general: vectors promoted, batch dims broadcast", []int{10, 3, 4}, []int{4, 5}},
		{"mul", "Mul + Sum(-1)", "(A * B).sum(dim=-1)", "any, broadcast", true, "row-wise dot products", []int{10, 3}, []int{1, 3}},
	}
}

// ComparisonTable renders Ops as a Markdown table, with each example's
// result shape computed rather than written down: the seed's comparison
// table, regenerated from code.
func ComparisonTable() string {
	var sb strings.Builder
	sb.WriteString("| chalk | PyTorch | operands | broadcasts | use | example | result |\n")
	sb.WriteString("|---|---|---|---|---|---|---|\n")
	for _, op := range Ops() {
		e := ExplainShapes(op.Name, op.A, op.B)
		result := fmtShape(e.Result)
		if op.Name == "mul" && e.OK() {
			result = fmtShape(e.Result[:len(e.Result)-1]) // after Sum(-1)
		}
		if !e.OK() {
			result = "error: " + plainReason(e.Err)
		}
		yes := "no"
		if op.Broadcast {
			yes = "yes"
		}
		fmt.Fprintf(&sb, "| %s | %s | %s | %s | %s | %v · %v | %s |\n",
			op.Func, op.Torch, op.Inputs, yes, op.Use, op.A, op.B, result)
	}
	return sb.String()
}
