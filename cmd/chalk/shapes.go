package main

import (
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/chalk-ml/chalk/tensor"
)

func init() {
	commands = append(commands, command{
		name: "shapes",
		args: "A B",
		summary: "Say which of dot, mm, bmm and matmul accept two shapes, and why.\n" +
			"Shapes are written like 10x3x4 (or 10,3,4); 'scalar' is a 0-d tensor.\n" +
			"For each operation it prints the result shape or the reason it fails in\n" +
			"your shapes, and PyTorch 1.13's own error message.",
		flags: func(fs *flag.FlagSet) func([]string, io.Writer) error {
			jsonOut := fs.Bool("json", false, "print JSON instead of text")
			verbose := fs.Bool("v", false, "show every reasoning step")
			ops := fs.String("ops", "dot,mm,bmm,matmul", "operations to try (also mv, outer, mul, add, sub, div)")
			return func(args []string, out io.Writer) error {
				return runShapes(args, out, *ops, *jsonOut, *verbose)
			}
		},
	})
}

// shapeReport is one operation's verdict, as printed with --json.
type shapeReport struct {
	Op     string   `json:"op"`
	OK     bool     `json:"ok"`
	Result []int    `json:"result,omitempty"`
	Reason string   `json:"reason,omitempty"`
	Torch  string   `json:"torch_error,omitempty"`
	Steps  []string `json:"steps"`
}

func runShapes(args []string, out io.Writer, ops string, jsonOut, verbose bool) error {
	if len(args) != 2 {
		return usageErrorf("shapes: need two shapes, like 'chalk shapes 10x3x4 4x5' (got %d arguments)", len(args))
	}
	a, err := parseShape(args[0])
	if err != nil {
		return err
	}
	b, err := parseShape(args[1])
	if err != nil {
		return err
	}
	var reports []shapeReport
	for _, op := range strings.Split(ops, ",") {
		op = strings.TrimSpace(op)
		switch op {
		case "dot", "mm", "bmm", "matmul", "mv", "outer", "mul", "add", "sub", "div":
		default:
			return usageErrorf("shapes: unknown operation %q in --ops; use dot, mm, bmm, matmul, mv, outer, mul, add, sub or div", op)
		}
		e := tensor.ExplainShapes(op, a, b)
		r := shapeReport{Op: op, OK: e.OK(), Result: e.Result, Steps: e.Steps}
		if se, ok := e.Err.(*tensor.ShapeError); ok {
			r.Reason = se.Reason
			if se.Fix != "" {
				r.Reason += "; " + se.Fix
			}
			r.Torch = se.TorchMessage()
		} else if e.Err != nil {
			r.Reason = e.Err.Error()
		}
		reports = append(reports, r)
	}
	if jsonOut {
		return writeJSON(out, struct {
			A   []int         `json:"a"`
			B   []int         `json:"b"`
			Ops []shapeReport `json:"ops"`
		}{a, b, reports})
	}
	if err := indent(out, "", fmt.Sprintf("A is %v and B is %v", a, b)); err != nil {
		return err
	}
	if _, err := io.WriteString(out, "\n"); err != nil {
		return &writeError{err}
	}
	for _, r := range reports {
		head := fmt.Sprintf("%-7s ", r.Op)
		if r.OK {
			if err := indent(out, head, fmt.Sprintf("ok → %v", r.Result)); err != nil {
				return err
			}
		} else {
			if err := indent(out, head, "fails: "+r.Reason); err != nil {
				return err
			}
			if r.Torch != "" {
				if err := indent(out, "        ", "PyTorch: "+r.Torch); err != nil {
					return err
				}
			}
		}
		if verbose {
			for i, s := range r.Steps {
				if err := indent(out, fmt.Sprintf("        %d. ", i+1), s); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// shapeSeparators maps every separator parseShape accepts to "x".
var shapeSeparators = strings.NewReplacer("X", "x", "×", "x", "*", "x", ",", "x")

// parseShape reads a shape written as 10x3x4, 10,3,4, [10 3 4], (10, 3, 4)
// or (3,); "scalar", "()" and "[]" are the 0-d shape.
func parseShape(s string) ([]int, error) {
	t := strings.TrimSpace(s)
	t = strings.Trim(t, "[]()")
	if u := strings.TrimSuffix(strings.TrimSpace(t), ","); u != "" {
		t = u // Python's 1-tuple (3,)
	}
	if t == "" || strings.EqualFold(t, "scalar") {
		return []int{}, nil
	}
	// Separators: x, ×, * or a comma, with optional spaces around them
	// ("10, 3, 4"), or spaces alone ("10 3 4"). An empty size before, after
	// or between separators ("3x", "3xx4") is a typo to report, not a dim
	// to drop.
	t = shapeSeparators.Replace(t)
	var fields []string
	if strings.Contains(t, "x") {
		fields = strings.Split(t, "x")
		for i, f := range fields {
			if fields[i] = strings.TrimSpace(f); fields[i] == "" {
				return nil, usageErrorf("shapes: %q has an empty size; write shapes like 10x3x4", s)
			}
		}
	} else {
		fields = strings.Fields(t)
	}
	if len(fields) == 0 {
		return nil, usageErrorf("shapes: %q is not a shape; write shapes like 10x3x4", s)
	}
	if len(fields) > tensor.MaxDims {
		return nil, usageErrorf("shapes: %q has %d dims; at most %d are allowed", s, len(fields), tensor.MaxDims)
	}
	shape := make([]int, len(fields))
	for i, f := range fields {
		n, err := strconv.Atoi(f)
		if err != nil {
			return nil, usageErrorf("shapes: %q in %q is not a size; write shapes like 10x3x4", f, s)
		}
		if n < 0 || n > tensor.MaxElements {
			return nil, usageErrorf("shapes: size %d in %q must be between 0 and %d", n, s, tensor.MaxElements)
		}
		shape[i] = n
	}
	return shape, nil
}
