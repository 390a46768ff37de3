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
			ops := fs.String("ops", "dot,mm,bmm,matmul", "operations to try (also mv, outer, mul)")
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
			return usageErrorf("shapes: unknown operation %q in --ops; use dot, mm, bmm, matmul, mv, outer or mul", op)
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
			A, B []int
			Ops  []shapeReport
		}{a, b, reports})
	}
	if _, err := fmt.Fprintf(out, "A is %v and B is %v\n\n", a, b); err != nil {
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

// parseShape reads a shape written as 10x3x4, 10,3,4, [10 3 4] or (10, 3, 4);
// "scalar", "()" and "[]" are the 0-d shape.
func parseShape(s string) ([]int, error) {
	t := strings.TrimSpace(s)
	t = strings.Trim(t, "[]()")
	if t == "" || strings.EqualFold(t, "scalar") {
		return []int{}, nil
	}
	fields := strings.FieldsFunc(t, func(r rune) bool {
		return r == 'x' || r == 'X' || r == ',' || r == ' ' || r == '×' || r == '*'
	})
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
