package tensor

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// ShapeExplanation is the step-by-step shape reasoning for one operation on
// two operand shapes: how each operand is read (vector, matrix, batch of
// matrices), promotions, the inner-dim check, batch broadcasting and the
// result, or the reason the operation fails and PyTorch's own message.
type ShapeExplanation struct {
	Op     string   `json:"op"`
	A      []int    `json:"a"`
	B      []int    `json:"b"`
	Steps  []string `json:"steps"`
	Result []int    `json:"result,omitempty"` // nil when the operation fails
	Err    error    `json:"-"`                // *ShapeError (or *ValueError for an unknown op); nil when it works
}

// OK reports whether the operation accepts the shapes.
func (e ShapeExplanation) OK() bool { return e.Err == nil }

// String renders the explanation as numbered lines wrapped to 80 columns,
// ending with the result shape or the error and PyTorch's message.
func (e ShapeExplanation) String() string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "%s(A, B) with A %s and B %s\n", e.Op, fmtShape(e.A), fmtShape(e.B))
	for i, s := range e.Steps {
		writeWrapped(&sb, fmt.Sprintf("  %d. ", i+1), s)
	}
	if e.Err != nil {
		writeWrapped(&sb, "  fails: ", plainReason(e.Err))
		if se, ok := e.Err.(*ShapeError); ok && se.TorchMessage() != "" {
			writeWrapped(&sb, "  PyTorch: ", se.TorchMessage())
		}
	} else {
		fmt.Fprintf(&sb, "  result: %s\n", fmtShape(e.Result))
	}
	return sb.String()
}

// writeWrapped writes prefix+text wrapped at 80 columns, continuation lines
// indented to line up after the prefix.
func writeWrapped(sb *strings.Builder, prefix, text string) {
	const width = 80
	pad := strings.Repeat(" ", utf8.RuneCountInString(prefix))
	line := prefix
	for i, word := range strings.Fields(text) {
		if i > 0 && utf8.RuneCountInString(line)+1+utf8.RuneCountInString(word) > width {
			sb.WriteString(line + "\n")
			line = pad + word
			continue
		}
		if i > 0 {
			line += " "
		}
		line += word
	}
	sb.WriteString(line + "\n")
}

// Explain returns ExplainShapes(op, a, b) as text, for example
//
//	matmul(A, B) with A [10 3 4] and B [4 5]
//	  1. A is 3-D: a batch [10] of 3×4 matrices.
//	  ...
//	  result: [10 3 5]
//
// op is one of "dot", "mm", "bmm", "matmul", "mv", "outer", "mul", "add",
// "sub", "div".
func Explain(op string, a, b []int) string { return ExplainShapes(op, a, b).String() }

// ExplainShapes reasons step by step about op applied to operands of shapes
// a and b, with the same rules (and the same errors) as the operation
// itself, without needing any data.
func ExplainShapes(op string, a, b []int) ShapeExplanation {
	e := ShapeExplanation{Op: op, A: cloneInts(a), B: cloneInts(b)}
	for _, s := range [][]int{a, b} {
		if _, err := checkShape(op, s); err != nil {
			e.Err = err
			return e
		}
	}
	switch op {
	case "dot":
		e.explainFixed(1, "dot takes two 1-D vectors of equal length and returns their dot product, a 0-d scalar; it never broadcasts.", dotShapes(a, b), func() []int { return []int{} })
	case "mm":
		e.explainFixed(2, "mm takes two 2-D matrices, [n m]·[m p] → [n p]; it never broadcasts.", mmShapes(a, b), func() []int { return []int{a[0], b[1]} })
	case "bmm":
		e.explainFixed(3, "bmm takes two 3-D batches of matrices with equal batch sizes, [b n m]·[b m p] → [b n p]; it never broadcasts.", bmmShapes("bmm", a, b, a, b), func() []int { return []int{a[0], a[1], b[2]} })
	case "mv":
		e.Steps = append(e.Steps, "mv takes a 2-D matrix and a 1-D vector, [n m]·[m] → [n]; it never broadcasts.")
		for i, s := range [][]int{a, b} {
			want := 2 - i
			mark := "ok"
			if len(s) != want {
				mark = fmt.Sprintf("not %d-D", want)
			}
			e.Steps = append(e.Steps, fmt.Sprintf("%c is %d-D %s: %s.", 'A'+i, len(s), fmtShape(s), mark))
		}
		e.Err = mvShapes(a, b)
		if e.Err == nil {
			e.Steps = append(e.Steps, fmt.Sprintf("A's columns (%d) match B's length (%d).", a[1], b[0]))
			e.Result = []int{a[0]}
		}
	case "outer":
		e.Steps = append(e.Steps, "outer takes two 1-D vectors, [n]⊗[m] → [n m], out[i][j] = a[i]·b[j].")
		if len(a) != 1 || len(b) != 1 {
			_, e.Err = Outer(shapeOnly(a), shapeOnly(b))
		} else {
			e.Result = []int{a[0], b[0]}
		}
	case "matmul":
		e.explainMatMul()
	case "mul", "add", "sub", "div":
		e.explainBroadcast()
	default:
		e.Err = &ValueError{Op: "explain", Msg: fmt.Sprintf("unknown operation %q; use dot, mm, bmm, matmul, mv, outer, mul, add, sub or div", op)}
	}
	return e
}

// explainFixed explains an operation that takes operands of exactly dims
// dims and never broadcasts.
func (e *ShapeExplanation) explainFixed(dims int, rule string, err error, result func() []int) {
	e.Steps = append(e.Steps, rule)
	for i, s := range [][]int{e.A, e.B} {
		name := string(rune('A' + i))
		mark := "ok"
		if len(s) != dims {
			mark = fmt.Sprintf("not %d-D", dims)
		}
		e.Steps = append(e.Steps, fmt.Sprintf("%s is %d-D %s: %s.", name, len(s), fmtShape(s), mark))
	}
	if err != nil {
		e.Err = err
		return
	}
	e.Steps = append(e.Steps, "The inner dims match.")
	e.Result = result()
}

// explainMatMul walks through torch.matmul's rules.
func (e *ShapeExplanation) explainMatMul() {
	a, b := e.A, e.B
	for i, s := range [][]int{a, b} {
		e.Steps = append(e.Steps, describeOperand(string(rune('A'+i)), s))
	}
	p, err := planMatMul(a, contiguousStrides(a), b, contiguousStrides(b))
	if err != nil {
		e.Err = err
		if len(a) > 0 && len(b) > 0 {
			path := matmulPath(a, contiguousStrides(a), b, contiguousStrides(b))
			batch, _, ok := inferSize(a[:max(len(a)-2, 0)], b[:max(len(b)-2, 0)])
			if route := torchRoute(path, a, b, batch); route != "" && ok {
				e.Steps = append(e.Steps, route)
			}
		}
		return
	}
	if len(a) > 2 || len(b) > 2 {
		e.Steps = append(e.Steps, fmt.Sprintf("Batch dims %s and %s broadcast to %s (aligned from the right; each pair equal or one of them 1).",
			fmtShape(a[:max(len(a)-2, 0)]), fmtShape(b[:max(len(b)-2, 0)]), fmtShape(p.batch)))
	}
	e.Steps = append(e.Steps, fmt.Sprintf("Inner dims agree: %s = %s = %d.", innerName("A", len(a)), innerName("B", len(b)), p.k))
	e.Steps = append(e.Steps, fmt.Sprintf("Each product is %d×%d · %d×%d → %d×%d.", p.m, p.k, p.k, p.n, p.m, p.n))
	var dropped []string
	if len(a) == 1 {
		dropped = append(dropped, "the 1 prepended to A")
	}
	if len(b) == 1 {
		dropped = append(dropped, "the 1 appended to B")
	}
	if len(dropped) > 0 {
		e.Steps = append(e.Steps, "Remove "+strings.Join(dropped, " and ")+" from the result.")
	}
	switch p.path {
	case "fold":
		e.Steps = append(e.Steps, "PyTorch folds the batch into the rows of the N-D operand and runs a single mm/mv.")
	case "bmm":
		e.Steps = append(e.Steps, fmt.Sprintf("PyTorch expands both operands to %d matrices and runs bmm; chalk broadcasts without copying.", prod(p.batch)))
	}
	e.Result = p.result
}

// explainBroadcast explains elementwise broadcasting.
func (e *ShapeExplanation) explainBroadcast() {
	a, b := e.A, e.B
	e.Steps = append(e.Steps, fmt.Sprintf("%s works elementwise: shapes are aligned from the right and each pair of sizes must be equal or one of them 1 (missing dims count as 1).", e.Op))
	n := max(len(a), len(b))
	var pairs []string
	for i := 0; i < n; i++ {
		pairs = append(pairs, fmt.Sprintf("%d|%d", sizeAt(a, i, n), sizeAt(b, i, n)))
	}
	e.Steps = append(e.Steps, "Aligned pairs (A|B): "+strings.Join(pairs, ", ")+".")
	out, dim, ok := inferSize(a, b)
	if !ok {
		e.Err = broadcastError(e.Op, a, b, a, b, dim)
		return
	}
	e.Result = out
}

// describeOperand says how matmul reads an operand of the given shape.
func describeOperand(name string, s []int) string {
	switch len(s) {
	case 0:
		return fmt.Sprintf("%s is 0-D: a scalar, which matmul does not accept.", name)
	case 1:
		if name == "A" {
			return fmt.Sprintf("A is 1-D %s: a vector, read as a 1×%d row (a 1 is prepended).", fmtShape(s), s[0])
		}
		return fmt.Sprintf("B is 1-D %s: a vector, read as a %d×1 column (a 1 is appended).", fmtShape(s), s[0])
	case 2:
		return fmt.Sprintf("%s is 2-D %s: one %d×%d matrix.", name, fmtShape(s), s[0], s[1])
	}
	n := len(s)
	return fmt.Sprintf("%s is %d-D %s: a batch %s of %d×%d matrices.", name, n, fmtShape(s), fmtShape(s[:n-2]), s[n-2], s[n-1])
}

// shapeOnly is a tensor of the given shape whose elements are never read,
// for running an operation's shape checks without data.
func shapeOnly(shape []int) *Tensor {
	return &Tensor{data: nil, shape: cloneInts(shape), strides: contiguousStrides(shape)}
}

func fmtShape(s []int) string { return fmt.Sprint(cloneInts(s)) }

// plainReason is an error's text without the "tensor: op: shapes:" prefix
// where that repeats the explanation's header.
func plainReason(err error) string {
	if se, ok := err.(*ShapeError); ok {
		if se.Fix != "" {
			return se.Reason + "; " + se.Fix
		}
		return se.Reason
	}
	return err.Error()
}
