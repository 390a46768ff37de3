package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/chalk-ml/chalk/calculus"
)

func init() {
	commands = append(commands, command{
		name: "diff",
		args: "EXPR",
		summary: "Differentiate an expression, showing every rule as a teacher would.\n" +
			"EXPR uses + - * / ^, implicit multiplication (5x^3, 2sqrt(x)), sqrt exp\n" +
			"ln log sin cos tan sec csc cot asin acos atan sinh cosh tanh abs, e and\n" +
			"pi. Example: chalk diff 'sqrt(5x^3 + 2)' --at 1",
		flags: func(fs *flag.FlagSet) func([]string, io.Writer) error {
			var o diffOptions
			fs.StringVar(&o.x, "x", "", "the variable to differentiate by (default: the only variable, or x)")
			fs.BoolVar(&o.latex, "latex", false, "write expressions as LaTeX")
			fs.BoolVar(&o.pretty, "pretty", false, "write expressions with Unicode (x², √x)")
			fs.StringVar(&o.at, "at", "", "evaluate f and f' at a point: a number for the variable, or x=1,y=2")
			fs.IntVar(&o.order, "order", 1, "which derivative: 1 for f', 2 for f'', ...")
			fs.StringVar(&o.plot, "plot", "", "draw f and f' to this PNG file")
			fs.Float64Var(&o.from, "from", -5, "left end of the plot")
			fs.Float64Var(&o.to, "to", 5, "right end of the plot")
			fs.BoolVar(&o.quotient, "quotient", false, "use the quotient rule for u/v instead of rewriting it as u*v^(-1)")
			fs.BoolVar(&o.gradient, "grad", false, "print the gradient (every partial derivative) instead")
			fs.BoolVar(&o.json, "json", false, "print JSON instead of text")
			return func(args []string, out io.Writer) error { return runDiff(args, out, o) }
		},
	})
	tourParts = append(tourParts, tourPart{"calculus", "Derivatives with every step shown", tourCalculus})
}

type diffOptions struct {
	x, at, plot                       string
	latex, pretty, quotient, gradient bool
	json                              bool
	order                             int
	from, to                          float64
}

func (o diffOptions) style() calculus.Style {
	switch {
	case o.latex:
		return calculus.StyleLaTeX
	case o.pretty:
		return calculus.StylePretty
	}
	return calculus.StyleASCII
}

func (o diffOptions) show(e calculus.Expr) string {
	switch {
	case o.latex:
		return e.LaTeX()
	case o.pretty:
		return e.Pretty()
	}
	return e.String()
}

func runDiff(args []string, out io.Writer, o diffOptions) error {
	if len(args) != 1 {
		return usageErrorf("diff: need one expression, like chalk diff 'x^2 sin(x)' (quote it; got %d arguments)", len(args))
	}
	if o.latex && o.pretty {
		return usageErrorf("diff: choose one of --latex and --pretty")
	}
	if o.order < 1 || o.order > calculus.MaxOrder {
		return usageErrorf("diff: --order %d: choose an order from 1 to %d", o.order, calculus.MaxOrder)
	}
	if !(o.from < o.to) || math.IsInf(o.to-o.from, 0) {
		return usageErrorf("diff: --from %v --to %v: the plot range needs finite from < to, with to - from finite too", o.from, o.to)
	}
	f, err := calculus.Parse(args[0])
	if err != nil {
		var pe *calculus.ParseError
		if errors.As(err, &pe) {
			return usageErrorf("diff: %s", strings.TrimPrefix(pe.Error(), "calculus: "))
		}
		return usageErrorf("diff: %v", err)
	}
	if err := checkDefined(f); err != nil {
		return err
	}
	if o.gradient {
		if o.x != "" || o.order != 1 || o.at != "" || o.plot != "" || o.quotient {
			return usageErrorf("diff: --grad prints every first partial derivative; it takes no -x, --order, --at, --plot or --quotient")
		}
		return printGradient(out, f, o)
	}
	x, err := chooseVar(f, o.x)
	if err != nil {
		return err
	}
	point, err := parsePoint(o.at, x, f)
	if err != nil {
		return err
	}
	p := &printer{w: out}
	var result calculus.Expr
	var d calculus.Derivation
	if o.order == 1 {
		d = calculus.ExplainWith(f, x, calculus.ExplainOptions{QuotientRule: o.quotient})
		result = d.Result
	} else {
		result, err = calculus.DiffN(f, x, o.order)
		if err != nil {
			return usageErrorf("diff: %v", strings.TrimPrefix(err.Error(), "calculus: "))
		}
	}
	var values *pointValues
	if point != nil {
		values = evalAt(f, result, point)
	}
	// The plot is drawn before anything is printed, so a path that cannot
	// be written (or a range where f is undefined) is one line on stderr
	// and nothing on stdout.
	if o.plot != "" {
		if err := plotFunction(o.plot, f, result, x, point, o.from, o.to, o.order); err != nil {
			return err
		}
	}
	if o.json {
		return writeJSON(out, diffJSON{Derivation: derivationOrNil(d, o.order), Order: o.order, Result: result.String(),
			Pretty: result.Pretty(), LaTeX: result.LaTeX(), At: values})
	}
	if o.order == 1 {
		for _, line := range strings.Split(strings.TrimRight(d.Format(o.style()), "\n"), "\n") {
			p.hanging(line)
		}
	} else {
		p.equation("f = ", o.show(f))
		between := intermediates(f, x, o.order)
		if between == nil {
			p.f("(the derivatives in between are too large to show)\n")
		}
		for n, e := range between {
			p.equation(primes(n+1)+" = ", o.show(e))
		}
		p.equation(primes(o.order)+" = ", o.show(result))
	}
	if values != nil {
		p.f("\n")
		p.equation("at ", values.Point+":")
		p.equation("  f = ", values.F)
		p.equation("  "+primes(o.order)+" = ", values.DF)
	}
	if o.plot != "" {
		p.f("\nwrote %s\n", o.plot)
	}
	return p.err
}

// intermediates returns the 1st, 2nd, ... derivatives up to the one before the
// order-th, each simplified, or nil if one grows beyond calculus.MaxNodes.
// (The order-th itself is DiffN(f, x, order): differentiating simplified
// forms one at a time can grow faster than DiffN, which simplifies once.)
func intermediates(f calculus.Expr, x string, order int) []calculus.Expr {
	var out []calculus.Expr
	cur := f
	for n := 1; n < order; n++ {
		next, err := calculus.DiffN(cur, x, 1)
		if err != nil {
			return nil
		}
		out = append(out, next)
		cur = next
	}
	return out
}

// checkDefined refuses an f that is undefined for every value of its
// variables because a part without variables is (1/0, ln(-1), sqrt(-4)):
// differentiating it would print a confident but meaningless 0.
func checkDefined(f calculus.Expr) error {
	var bad error
	calculus.Inspect(f, func(e calculus.Expr) bool {
		if bad != nil {
			return false
		}
		if len(calculus.Variables(e)) > 0 {
			return true // look inside for a constant part
		}
		if _, err := calculus.Eval(e, nil); err != nil {
			var ee *calculus.EvalError
			if errors.As(err, &ee) && (ee.Kind == calculus.DomainError || ee.Kind == calculus.DivisionByZero) {
				bad = usageErrorf("diff: f is undefined everywhere: %s", strings.TrimPrefix(err.Error(), "calculus: "))
			}
		}
		return false
	})
	return bad
}

// chooseVar picks the variable to differentiate by.
func chooseVar(f calculus.Expr, x string) (string, error) {
	vars := calculus.Variables(f)
	if x != "" {
		if !isVariableName(x) {
			return "", usageErrorf("diff: -x %q is not a variable name; use a letter, optionally followed by digits or _ (x, t, x1, x_2)", x)
		}
		return x, nil // a variable f does not contain gives derivative 0, which is right
	}
	switch len(vars) {
	case 0:
		return "x", nil
	case 1:
		return vars[0], nil
	}
	return "", usageErrorf("diff: the expression has variables %s; choose one with -x, or use --grad for all", strings.Join(vars, ", "))
}

// isVariableName reports whether name is read by Parse as one variable, so
// that "xy" (x times y), "e", "pi" and "sin" are not taken for variables.
func isVariableName(name string) bool {
	e, err := calculus.Parse(name)
	if err != nil {
		return false
	}
	v, ok := e.(*calculus.Var)
	return ok && v.Name == name
}

// parsePoint reads --at: a number for x, or name=value pairs.
func parsePoint(at, x string, f calculus.Expr) (map[string]float64, error) {
	if at == "" {
		return nil, nil
	}
	point := map[string]float64{}
	notFinite := usageErrorf("diff: --at %q: values must be finite numbers", at)
	if v, err := strconv.ParseFloat(strings.TrimSpace(at), 64); err == nil || errors.Is(err, strconv.ErrRange) {
		if err != nil {
			return nil, notFinite // 1e999 overflows to Inf
		}
		point[x] = v
	} else {
		for _, part := range strings.Split(at, ",") {
			name, val, ok := strings.Cut(part, "=")
			name = strings.TrimSpace(name)
			v, err := strconv.ParseFloat(strings.TrimSpace(val), 64)
			if errors.Is(err, strconv.ErrRange) {
				return nil, notFinite
			}
			if !ok || err != nil || !isVariableName(name) {
				return nil, usageErrorf("diff: --at %q: give a number, or name=value pairs like x=1,y=2", at)
			}
			if _, dup := point[name]; dup {
				return nil, usageErrorf("diff: --at %q gives %s twice", at, name)
			}
			point[name] = v
		}
	}
	for _, v := range point {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return nil, notFinite
		}
	}
	for _, v := range calculus.Variables(f) {
		if _, ok := point[v]; !ok {
			return nil, usageErrorf("diff: --at %q gives no value for %s; write --at %s", at, v, examplePoint(calculus.Variables(f)))
		}
	}
	return point, nil
}

func examplePoint(vars []string) string {
	var parts []string
	for i, v := range vars {
		parts = append(parts, fmt.Sprintf("%s=%d", v, i+1))
	}
	return strings.Join(parts, ",")
}

type pointValues struct {
	Point string `json:"point"`
	F     string `json:"f"`
	DF    string `json:"df"`
}

// evalAt evaluates f and its derivative at the point; a value that is not a
// real number is reported as the reason instead.
func evalAt(f, df calculus.Expr, point map[string]float64) *pointValues {
	var names []string
	for k := range point {
		names = append(names, k)
	}
	sort.Strings(names)
	var parts []string
	for _, k := range names {
		parts = append(parts, fmt.Sprintf("%s = %g", k, point[k]))
	}
	show := func(e calculus.Expr) (string, bool) {
		v, err := calculus.Eval(e, point)
		if err != nil {
			return "undefined (" + strings.TrimPrefix(err.Error(), "calculus: ") + ")", false
		}
		if math.IsInf(v, 0) {
			// Exact maths has a finite value here; float64 does not.
			return "too large for a float64 (it overflows to " + strconv.FormatFloat(v, 'g', -1, 64) + ")", true
		}
		return strconv.FormatFloat(v, 'g', 12, 64), true
	}
	fv, ok := show(f)
	dfv := "undefined, because f is undefined there"
	if ok {
		dfv, _ = show(df)
	}
	return &pointValues{Point: strings.Join(parts, ", "), F: fv, DF: dfv}
}

type diffJSON struct {
	Derivation *calculus.Derivation `json:"derivation,omitempty"`
	Order      int                  `json:"order"`
	Result     string               `json:"result"`
	Pretty     string               `json:"pretty"`
	LaTeX      string               `json:"latex"`
	At         *pointValues         `json:"at,omitempty"`
}

func derivationOrNil(d calculus.Derivation, order int) *calculus.Derivation {
	if order != 1 {
		return nil
	}
	return &d
}

func printGradient(out io.Writer, f calculus.Expr, o diffOptions) error {
	vars, grads := calculus.Gradient(f)
	if o.json {
		m := map[string]string{}
		for i, v := range vars {
			m[v] = grads[i].String()
		}
		return writeJSON(out, m)
	}
	p := &printer{w: out}
	p.equation("f = ", o.show(f))
	if len(vars) == 0 {
		p.f("f has no variables: its gradient is empty\n")
	}
	for i, v := range vars {
		partial := "∂f/∂" + v
		if o.latex {
			partial = `\frac{\partial f}{\partial ` + v + "}"
		}
		p.equation(partial+" = ", o.show(grads[i]))
	}
	return p.err
}

func primes(n int) string {
	if n <= 3 {
		return "f" + strings.Repeat("'", n)
	}
	return fmt.Sprintf("f^(%d)", n)
}

// equation prints lhs followed by rhs wrapped to the terminal width, with
// continuation lines indented under the start of rhs (or by four spaces when
// lhs is too long for that to leave room).
func (p *printer) equation(lhs, rhs string) {
	if p.err != nil {
		return
	}
	if utf8.RuneCountInString(lhs) > termWidth/2 {
		p.err = indent(p.w, lhs, "")
		if p.err == nil {
			p.err = indent(p.w, "    ", rhs)
		}
		return
	}
	p.err = indent(p.w, lhs, rhs)
}

// hanging prints a line wrapped to the terminal width, continuation lines
// indented past its leading spaces and step number ("2.1. ").
func (p *printer) hanging(line string) {
	if p.err != nil {
		return
	}
	trimmed := strings.TrimLeft(line, " ")
	lead := line[:len(line)-len(trimmed)]
	first, rest, _ := strings.Cut(trimmed, " ")
	if isStepNumber(first) {
		p.err = indent(p.w, lead+first+" ", rest)
		return
	}
	p.err = indent(p.w, lead, trimmed)
}

func isStepNumber(s string) bool {
	if !strings.HasSuffix(s, ".") || len(s) < 2 {
		return false
	}
	for _, r := range s {
		if (r < '0' || r > '9') && r != '.' {
			return false
		}
	}
	return true
}

func tourCalculus(w io.Writer) error {
	p := &printer{w: w}
	p.wrapped("chalk differentiates symbolically and names every rule it uses, the way a teacher works on the board: roots become fractional exponents, the chain rule peels the outside from the inside, and the result is simplified to textbook form. Every step is checked to agree with the final answer.")
	p.f("\n")
	f, err := calculus.Parse("sqrt(5x^3 + 2)")
	if err != nil {
		return err
	}
	d := calculus.Explain(f, "x")
	for _, line := range strings.Split(strings.TrimRight(d.Format(calculus.StylePretty), "\n"), "\n") {
		p.hanging(line)
	}
	p.f("\nThe seed's other examples:\n")
	for _, src := range []string{"sqrt(x)*ln(x)", "1/(x^2 + 4)", "e^x/x^3"} {
		e, err := calculus.Parse(src)
		if err != nil {
			return err
		}
		p.f("  d/dx %-15s = %s\n", src, calculus.Diff(e, "x"))
	}
	p.f("\nTry: chalk diff 'x^2 sin(x)' --pretty --at 1\n")
	return p.err
}
