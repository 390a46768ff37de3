package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/chalk-ml/chalk/tensor"
)

// tourPart is one screen of the tour.
type tourPart struct {
	name  string
	title string
	show  func(w io.Writer) error
}

// tourParts lists the tour's screens in order; packages add theirs in init.
var tourParts = []tourPart{
	{"tensor", "Tensors: dot, mm, bmm and matmul", tourTensor},
}

func init() {
	commands = append(commands, command{
		name: "tour",
		args: "",
		summary: "Walk through chalk with real computed output.\n" +
			"Each part is a screen: the shape rules of dot/mm/bmm/matmul, a\n" +
			"derivative with its chain- and product-rule steps, an LSTM step with\n" +
			"its gates, and the model taxonomy.",
		flags: func(fs *flag.FlagSet) func([]string, io.Writer) error {
			part := fs.String("part", "", "show only this part: "+partNames())
			return func(args []string, out io.Writer) error {
				if len(args) > 0 {
					return usageErrorf("tour: takes no arguments, got %q (use -part to pick a part)", args[0])
				}
				return runTour(out, *part)
			}
		},
	})
}

func partNames() string {
	var names []string
	for _, p := range orderedParts() {
		names = append(names, p.name)
	}
	return strings.Join(names, ", ")
}

// tourOrder is the order of the tour's parts.
var tourOrder = []string{"tensor", "calculus", "rnn", "taxonomy"}

func orderedParts() []tourPart {
	parts := slices.Clone(tourParts)
	rank := func(name string) int {
		if i := slices.Index(tourOrder, name); i >= 0 {
			return i
		}
		return len(tourOrder)
	}
	slices.SortStableFunc(parts, func(a, b tourPart) int { return rank(a.name) - rank(b.name) })
	return parts
}

func runTour(out io.Writer, only string) error {
	shown := 0
	for i, p := range orderedParts() {
		if only != "" && p.name != only {
			continue
		}
		heading := fmt.Sprintf("── %d. %s ", i+1, p.title)
		heading += strings.Repeat("─", max(termWidth-len([]rune(heading)), 3))
		if _, err := fmt.Fprintf(out, "%s\n\n", heading); err != nil {
			return &writeError{err}
		}
		if err := p.show(out); err != nil {
			return err
		}
		if _, err := fmt.Fprintln(out); err != nil {
			return &writeError{err}
		}
		shown++
	}
	if shown == 0 {
		return usageErrorf("tour: unknown part %q; choose one of %s", only, partNames())
	}
	return nil
}

// printer writes formatted lines and remembers the first write error.
type printer struct {
	w   io.Writer
	err error
}

func (p *printer) f(format string, args ...any) {
	if p.err == nil {
		if _, err := fmt.Fprintf(p.w, format, args...); err != nil {
			p.err = &writeError{err}
		}
	}
}

// wrapped prints text wrapped to the terminal width.
func (p *printer) wrapped(text string) {
	if p.err == nil {
		p.err = indent(p.w, "", text)
	}
}

func tourTensor(w io.Writer) error {
	p := &printer{w: w}
	p.wrapped("PyTorch has four matrix products. They differ in which shapes they accept and whether they broadcast; chalk's tensor package reproduces each exactly, errors included.")
	p.f("\n  %-8s %-22s %-6s %s\n", "chalk", "operands", "bcast", "example → result")
	for _, op := range tensor.Ops() {
		e := tensor.ExplainShapes(op.Name, op.A, op.B)
		result := fmt.Sprint(e.Result)
		if op.Name == "mul" {
			result = fmt.Sprint(e.Result[:len(e.Result)-1]) + " after Sum(-1)"
		}
		bc := "no"
		if op.Broadcast {
			bc = "yes"
		}
		name := op.Func
		if op.Name == "mul" {
			name = "Mul+Sum"
		}
		p.f("  %-8s %-22s %-6s %v·%v → %s\n", name, op.Inputs, bc, op.A, op.B, result)
	}

	p.f("\nThe seed's recipes, computed:\n\n")
	a := tensor.Must(tensor.Ones(10, 3, 4))
	b := tensor.Must(tensor.Ones(4, 5))
	c, err := tensor.MatMul(a, b)
	if err != nil {
		return err
	}
	p.f("  MatMul([10 3 4], [4 5])      → %v   (B reused for all 10, no copy)\n", c.Shape())
	m, err := tensor.MM(tensor.Must(tensor.Ones(3, 4)), b)
	if err != nil {
		return err
	}
	p.f("  MM([3 4], [4 5])             → %v\n", m.Shape())
	bm, err := tensor.BMM(a, tensor.Must(tensor.Ones(10, 4, 5)))
	if err != nil {
		return err
	}
	p.f("  BMM([10 3 4], [10 4 5])      → %v\n", bm.Shape())
	x := tensor.Must(tensor.Arange(0, 30, 1))
	x = tensor.Must(x.Reshape(10, 3))
	y := tensor.Must(tensor.FromSlice([]float64{1, 10, 100}, 1, 3))
	xy, err := tensor.Mul(x, y)
	if err != nil {
		return err
	}
	dots, err := xy.Sum(-1)
	if err != nil {
		return err
	}
	p.f("  (A*B).Sum(-1), [10 3]·[1 3]  → %v:\n%s\n", dots.Shape(), dots)

	p.f("\n")
	p.wrapped("When shapes do not fit, chalk says why in your shapes; PyTorch's text is kept too:")
	p.f("\n")
	_, err = tensor.MatMul(a, tensor.Must(tensor.Ones(5, 4)))
	var se *tensor.ShapeError
	if !errors.As(err, &se) {
		return fmt.Errorf("tour: expected a shape error, got %v", err)
	}
	p.wrapped(se.Error())
	p.f("  PyTorch: %s\n", se.TorchMessage())
	_, err = tensor.Dot(tensor.Must(tensor.Ones(3, 4)), tensor.Must(tensor.Ones(3, 4)))
	if errors.As(err, &se) {
		p.f("\n")
		p.wrapped(se.Error())
		p.f("  PyTorch: %s\n", se.TorchMessage())
	}
	p.f("\nTry: chalk shapes 8x1x6x4 7x4x5 -v\n")
	return p.err
}
