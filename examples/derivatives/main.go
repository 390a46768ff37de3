// Command derivatives works the seed's four derivatives the way a teacher
// does on the board — every rule named — and then checks each answer two
// ways: against a numerical derivative, and by differentiating the same
// function written differently.
//
//	go run ./examples/derivatives
//	go run ./examples/derivatives -pretty
package main

import (
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/chalk-ml/chalk/calculus"
	"gonum.org/v1/gonum/diff/fd"
)

// seed holds the four worked examples and where to check them.
var seed = []struct {
	src    string
	lesson string
	at     float64
}{
	{"sqrt(5x^3 + 2)", "a root of a polynomial: rewrite as a power, then the chain rule", 1.5},
	{"sqrt(x)*ln(x)", "a product: the product rule, with a root and a logarithm", 2},
	{"1/(x^2 + 4)", "a reciprocal: a negative power and the chain rule", 1},
	{"e^x/x^3", "a quotient: rewritten as a product with x^(-3)", 2},
}

func main() {
	pretty := flag.Bool("pretty", false, "write expressions with Unicode (x², √x)")
	flag.Parse()
	if err := run(os.Stdout, *pretty); err != nil {
		fmt.Fprintln(os.Stderr, "derivatives:", err)
		os.Exit(1)
	}
}

func run(w io.Writer, pretty bool) error {
	style := calculus.StyleASCII
	if pretty {
		style = calculus.StylePretty
	}
	for i, ex := range seed {
		f, err := calculus.Parse(ex.src)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "Example %d — %s\n", i+1, ex.lesson)
		fmt.Fprintf(w, "Which rule comes first? %s\n\n", calculus.Classify(f, "x"))
		d := calculus.Explain(f, "x")
		for _, line := range strings.Split(strings.TrimRight(d.Format(style), "\n"), "\n") {
			fmt.Fprint(w, wrap(line, width))
		}

		// Check 1: the symbolic answer against a central difference.
		fx := func(x float64) float64 {
			v, _ := calculus.Eval(f, map[string]float64{"x": x})
			return v
		}
		numeric := fd.Derivative(fx, ex.at, &fd.Settings{Formula: fd.Central, Step: 1e-5})
		symbolic, err := calculus.Eval(d.Result, map[string]float64{"x": ex.at})
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "\nCheck at x = %g:\n  symbolic            %.10f\n  central difference  %.10f   |Δ| = %.1e\n",
			ex.at, symbolic, numeric, math.Abs(symbolic-numeric))
		if math.Abs(symbolic-numeric) > 1e-6*(1+math.Abs(symbolic)) {
			return fmt.Errorf("%s: symbolic and numerical derivatives disagree", ex.src)
		}
		fmt.Fprintln(w)
	}

	// Check 2: the quotient rule and the seed's rewrite to a product give the
	// same simplified answer.
	f, _ := calculus.Parse("e^x/x^3")
	viaQuotient := calculus.ExplainWith(f, "x", calculus.ExplainOptions{QuotientRule: true})
	fmt.Fprintf(w, "The quotient rule gives the same answer for e^x/x^3: %s\n", viaQuotient.Result)
	if !calculus.Equal(viaQuotient.Result, calculus.Diff(f, "x")) {
		return fmt.Errorf("quotient rule and product rule disagree")
	}
	return nil
}

// width is the terminal width the lessons are wrapped to.
const width = 80

// wrap breaks one line of a derivation at spaces so that it fits in width
// columns, indenting the continuation lines under the text after the
// line's indent and step number ("2.1. "), so each step still reads as one.
func wrap(line string, width int) string {
	body := strings.TrimLeft(line, " ")
	lead := len(line) - len(body)
	if num, _, ok := strings.Cut(body, " "); ok && strings.HasSuffix(num, ".") && strings.Trim(num, "0123456789.") == "" {
		lead += len(num) + 1
	}
	var b strings.Builder
	cur := line[:len(line)-len(body)]
	col := utf8.RuneCountInString(cur)
	fresh := true // nothing after the indent yet
	for _, word := range strings.Fields(body) {
		n := utf8.RuneCountInString(word)
		if !fresh && col+1+n > width {
			b.WriteString(cur + "\n")
			cur, col = strings.Repeat(" ", lead), lead
			fresh = true
		}
		if !fresh {
			cur += " "
			col++
		}
		cur += word
		col += n
		fresh = false
	}
	return b.String() + cur + "\n"
}
