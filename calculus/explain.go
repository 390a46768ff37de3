package calculus

import (
	"fmt"
	"math/big"
)

// Derivation is a worked differentiation: the numbered steps a teacher
// writes on the board and the final result.
//
// Steps run in order: an optional RuleRewrite step (roots to fractional
// exponents, fractions to negative exponents), the step of the outermost
// rule (whose Substeps hold the rules for the parts, recursively), and an
// optional RuleSimplify step. Result is always Diff(Expr, Var).
type Derivation struct {
	Expr   Expr   // the function being differentiated, as given
	Var    string // the variable of differentiation
	Steps  []Step
	Result Expr
}

// Step is one named step of a Derivation.
//
// For a differentiation rule, After is the derivative of Before with respect
// to Var, the variable of differentiation. After applies the rule to the
// derivatives of the parts, and Substeps show how each part's derivative
// was found: the terms of a sum, the factors of a product, and for a chain
// rule the inner function (the outside's derivative, taken with respect to
// a new variable u, is told in the Explanation). For RuleRewrite and
// RuleSimplify, After is Before written differently: the same function.
type Step struct {
	Rule        Rule
	Var         string
	Before      Expr
	After       Expr
	Explanation string // in plain ASCII; Derivation.Format writes it in its style
	Substeps    []Step

	// The explanation as a format and its arguments, expressions kept as
	// trees, so that Format can write them with Unicode or LaTeX.
	explainFormat string
	explainArgs   []any
}

// explainf sets the step's explanation from a format whose Expr arguments
// are written in the style of whoever prints it.
func (st *Step) explainf(format string, args ...any) {
	st.explainFormat, st.explainArgs = format, args
	st.Explanation = st.explanation(StyleASCII)
}

// explanation writes the explanation with its expressions in style s:
// inline $...$ for LaTeX.
func (st Step) explanation(s Style) string {
	if st.explainFormat == "" {
		return st.Explanation
	}
	args := make([]any, len(st.explainArgs))
	for i, a := range st.explainArgs {
		if e, ok := a.(Expr); ok {
			switch s {
			case StyleLaTeX:
				a = "$" + e.LaTeX() + "$"
			case StylePretty:
				a = e.Pretty()
			default:
				a = e.String()
			}
		}
		args[i] = a
	}
	return fmt.Sprintf(st.explainFormat, args...)
}

// ExplainOptions chooses between textbook methods.
type ExplainOptions struct {
	// QuotientRule keeps u/v as a quotient and differentiates it with the
	// quotient rule, instead of the seed's rewrite to u·v^(-1) and the
	// product rule.
	QuotientRule bool
}

// Explain differentiates e with respect to x and shows the work, following
// the seed's method: rewrite roots as fractional exponents and fractions as
// negative exponents, then apply the rules from the outside in (a chain rule
// differentiates the outside keeping the inside, then multiplies by the
// inside's derivative), then simplify. Its Result equals Diff(e, x).
func Explain(e Expr, x string) Derivation {
	return ExplainWith(e, x, ExplainOptions{})
}

// ExplainWith is Explain with a choice of method.
func ExplainWith(e Expr, x string, opts ExplainOptions) Derivation {
	d := Derivation{Expr: e, Var: x, Result: Diff(e, x)}
	if e == nil {
		return d
	}
	ex := &explainer{x: x, opts: opts, names: chainNames(e, x), memo: map[string]Expr{}}
	f := rewriteWith(e, opts.QuotientRule)
	if !Equal(f, e) {
		d.Steps = append(d.Steps, Step{
			Rule: RuleRewrite, Var: x, Before: e, After: f,
			Explanation: rewriteExplanation(e, opts.QuotientRule),
		})
	}
	main := ex.step(f, x, 0)
	d.Steps = append(d.Steps, main)
	if !Equal(main.After, d.Result) {
		d.Steps = append(d.Steps, Step{
			Rule: RuleSimplify, Var: x, Before: main.After, After: d.Result,
			Explanation: "Simplify: collect like terms, put everything over a common denominator, " +
				"factor, and write negative exponents as fractions and 1/2 powers as square roots.",
		})
	}
	return d
}

func rewriteExplanation(e Expr, keepQuotients bool) string {
	roots, fracs := false, false
	Inspect(e, func(n Expr) bool {
		switch n := n.(type) {
		case *Call:
			roots = roots || n.Fn == FuncSqrt
		case *Binary:
			fracs = fracs || n.Op == OpDiv
		}
		return true
	})
	switch {
	case roots && fracs && !keepQuotients:
		return "Rewrite roots as fractional exponents and fractions as negative exponents, so that the power, product and chain rules apply."
	case roots:
		return "Rewrite the root as a fractional exponent, sqrt(u) = u^(1/2), so that the power rule applies."
	}
	return "Rewrite the fraction with a negative exponent, 1/v = v^(-1), so that the power, product and chain rules apply."
}

// chainNames are the names for the inside of nested chain rules: u, v, w, …
// skipping any that occur in e.
func chainNames(e Expr, x string) []string {
	used := map[string]bool{x: true}
	for _, v := range Variables(e) {
		used[v] = true
	}
	var names []string
	for _, n := range []string{"u", "v", "w", "s", "t", "p", "q", "r", "z", "a", "b", "c"} {
		if !used[n] {
			names = append(names, n)
		}
	}
	for i := 1; len(names) < 64; i++ {
		if n := fmt.Sprintf("u%d", i); !used[n] {
			names = append(names, n)
		}
	}
	return names
}

type explainer struct {
	x     string
	opts  ExplainOptions
	names []string
	memo  map[string]Expr
}

// d is the simplified derivative the steps use for a part.
func (ex *explainer) d(f Expr, v string) Expr {
	k := v + "\x00" + f.String()
	if d, ok := ex.memo[k]; ok {
		return d
	}
	// The parts' derivatives inside the steps get a smaller search than
	// the final result, which is Diff's.
	d := textbookWith(deriv(canon(f), v), partBudget)
	ex.memo[k] = d
	return d
}

// partBudget bounds the simplification of each part's derivative in a step.
const partBudget = 2000

// partDeriv is the derivative of a part as a step that uses it shows it:
// the formula a basic rule gave ((1/2)x^(-1/2), cos(u)), which keeps the
// exponent notation of the rewritten function, or else the simplified
// derivative (15x^2 for 5x^3 + 2).
func (ex *explainer) partDeriv(st Step, part Expr) Expr {
	switch st.Rule {
	case RuleConstant, RulePower, RuleExp, RuleLn, RuleTrig, RuleInverseTrig, RuleHyperbolic, RuleAbs:
		return st.After
	}
	return ex.d(part, st.Var)
}

// step explains d/dv f; chain is the nesting depth of chain rules.
func (ex *explainer) step(f Expr, v string, chain int) Step {
	st := Step{Rule: classify(f, v), Var: v, Before: f}
	switch st.Rule {
	case RuleConstant:
		st.After = Int(0)
		st.explainf("%s does not depend on %s, so its derivative is 0.", f, v)
	case RuleSum:
		ex.sum(&st, f, v, chain)
	case RuleConstantMultiple:
		ex.constantMultiple(&st, f, v, chain)
	case RuleProduct:
		ex.product(&st, f, v, chain)
	case RuleQuotient:
		ex.quotient(&st, f.(*Binary), v, chain)
	case RuleChain:
		ex.chain(&st, f, v, chain)
	case RuleGeneralPower:
		b := f.(*Binary)
		sy, sx := ex.step(b.Y, v, chain), ex.step(b.X, v, chain)
		st.Substeps = []Step{sy, sx}
		st.After = times(f, plus(
			times(ex.partDeriv(sy, b.Y), &Call{Fn: FuncLn, Arg: b.X}),
			times(b.Y, &Binary{Op: OpDiv, X: ex.partDeriv(sx, b.X), Y: b.X})))
		st.explainf("General power rule: with x in both base and exponent, "+
			"write %s = e^(%s ln(%s)), so (u^v)' = u^v(v' ln(u) + v u'/u).", f, b.Y, b.X)
	default: // a rule for x itself: power, exponential, logarithm, trigonometric, …
		ex.elementary(&st, f, v)
	}
	return st
}

func (ex *explainer) sum(st *Step, f Expr, v string, chain int) {
	var terms []Expr
	var signs []bool // true for a subtracted term
	var walk func(e Expr, minus bool)
	walk = func(e Expr, minus bool) {
		if b, ok := e.(*Binary); ok && (b.Op == OpAdd || b.Op == OpSub) {
			walk(b.X, minus)
			walk(b.Y, minus != (b.Op == OpSub))
			return
		}
		terms = append(terms, e)
		signs = append(signs, minus)
	}
	walk(f, false)
	var after Expr
	for i, t := range terms {
		sub := ex.step(t, v, chain)
		st.Substeps = append(st.Substeps, sub)
		dt := ex.partDeriv(sub, t)
		if signs[i] {
			dt = negate(dt)
		}
		after = plusOpt(after, dt)
	}
	if after == nil {
		after = Int(0)
	}
	st.After = after
	st.Explanation = "Sum rule: the derivative of a sum or difference is the sum or difference of the derivatives, so differentiate term by term."
}

func (ex *explainer) constantMultiple(st *Step, f Expr, v string, chain int) {
	var c, rest Expr
	switch f := f.(type) {
	case *Neg:
		c, rest = Int(-1), f.X
	case *Binary:
		if f.Op == OpDiv { // u/c, kept only by the quotient method
			if dependsOn(f.X, v) {
				c, rest = &Binary{Op: OpDiv, X: Int(1), Y: f.Y}, f.X
				if n, ok := f.Y.(*Num); ok && n.r.Sign() != 0 {
					c = Number(new(big.Rat).Inv(&n.r))
				}
			} else {
				c, rest = f.X, reciprocal(f.Y)
			}
			break
		}
		consts, vars := splitFactors(f, v)
		c, rest = product(consts), product(vars)
	}
	sub := ex.step(rest, v, chain)
	st.Substeps = []Step{sub}
	st.After = times(c, ex.partDeriv(sub, rest))
	st.explainf("Constant multiple rule: keep the constant %s and differentiate %s.", c, rest)
}

func (ex *explainer) product(st *Step, f Expr, v string, chain int) {
	_, fs := splitFactors(f, v)
	if len(fs) > maxProductTerms {
		ex.longProduct(st, fs, v, chain)
		return
	}
	var after Expr
	for i := range fs {
		sub := ex.step(fs[i], v, chain)
		st.Substeps = append(st.Substeps, sub)
		var term Expr
		for j, g := range fs {
			if j == i {
				g = ex.partDeriv(sub, g)
			}
			if term == nil {
				term = g
			} else {
				term = times(term, g)
			}
		}
		after = plusOpt(after, term)
	}
	st.After = after
	if len(fs) == 2 {
		st.explainf("Product rule: (uv)' = u'v + uv' with u = %s and v = %s.", fs[0], fs[1])
	} else {
		st.explainf("Product rule for %d factors: differentiate one factor at a time, keep the others, and add the %d products.", len(fs), len(fs))
	}
}

// longProduct explains a product of more than maxProductTerms factors as
// Diff does, (f1·f2·…·fn)' = f1·f2·…·fn·(f1'/f1 + … + fn'/fn), which stays
// linear in n where the n-term product rule would be quadratic.
func (ex *explainer) longProduct(st *Step, fs []Expr, v string, chain int) {
	var sum Expr
	for _, g := range fs {
		sub := ex.step(g, v, chain)
		st.Substeps = append(st.Substeps, sub)
		sum = plusOpt(sum, &Binary{Op: OpDiv, X: ex.partDeriv(sub, g), Y: g})
	}
	st.After = times(product(fs), sum)
	st.explainf("Product rule for %d factors: rather than add %d products, "+
		"multiply the whole product by the sum of each factor's derivative divided by that factor.", len(fs), len(fs))
}

func (ex *explainer) quotient(st *Step, f *Binary, v string, chain int) {
	u, w := f.X, f.Y
	su, sw := ex.step(u, v, chain), ex.step(w, v, chain)
	st.Substeps = []Step{su, sw}
	num := plus(times(ex.partDeriv(su, u), w), negate(times(u, ex.partDeriv(sw, w))))
	st.After = &Binary{Op: OpDiv, X: num, Y: &Binary{Op: OpPow, X: w, Y: Int(2)}}
	st.explainf("Quotient rule: (u/v)' = (u'v - uv')/v^2 with u = %s and v = %s.", u, w)
}

// chain explains d/dv f(g(v)): the outside f(u) is differentiated with
// respect to a new variable u keeping the inside g, then multiplied by g'.
func (ex *explainer) chain(st *Step, f Expr, v string, chain int) {
	name := ex.names[chain%len(ex.names)]
	u := &Var{Name: name}
	var outer, inner Expr
	switch f := f.(type) {
	case *Call:
		outer, inner = &Call{Fn: f.Fn, Arg: u}, f.Arg
	case *Binary: // a power u^c or c^u
		if dependsOn(f.X, v) {
			outer, inner = &Binary{Op: OpPow, X: u, Y: f.Y}, f.X
		} else {
			outer, inner = makePow(f.X, u), f.Y
		}
	}
	// The outside's derivative is told in the explanation; the sub-steps
	// show the inside's, so that every step differentiates by x.
	out := ex.step(outer, name, chain+1)
	in := ex.step(inner, v, chain+1)
	st.Substeps = []Step{in}
	dInner := ex.partDeriv(in, inner)
	st.After = times(substitute(out.After, name, inner), dInner)
	st.explainf("Chain rule: differentiate the outside %s keeping the inside %s = %s "+
		"(%s: d/d%s %s = %s), then multiply by the inside's derivative %s.",
		outer, name, inner, out.Rule, name, outer, out.After, dInner)
}

// elementary explains d/dv of x^n, e^x, a^x, ln(x), sin(x), … with x = v.
func (ex *explainer) elementary(st *Step, f Expr, v string) {
	st.After = ex.d(f, v)
	switch f := f.(type) {
	case *Var:
		st.explainf("The derivative of %s with respect to itself is 1.", v)
	case *Binary:
		if st.Rule == RuleExp {
			st.explainf("Exponential rule: d/d%s a^%s = a^%s ln(a) with a = %s.", v, v, v, f.X)
			break
		}
		n := f.Y
		st.After = powerRule(f.X, n)
		st.explainf("Power rule: d/d%s %s^n = n*%s^(n - 1) with n = %s.", v, v, v, n)
	case *Call:
		st.explainf("%s: d/d%s %s = %s.", capitalize(st.Rule.String()), v, f, st.After)
	}
}

// powerRule writes n·x^(n-1) as a teacher does before simplifying:
// x^3 gives 3x^2, x^(1/2) gives (1/2)x^(-1/2).
func powerRule(x, n Expr) Expr {
	if c, ok := n.(*Num); ok {
		m := new(big.Rat).Sub(&c.r, big.NewRat(1, 1))
		var p Expr
		switch {
		case m.Sign() == 0:
			return Number(&c.r)
		case m.Cmp(big.NewRat(1, 1)) == 0:
			p = x
		default:
			p = &Binary{Op: OpPow, X: x, Y: Number(m)}
		}
		return times(Number(&c.r), p)
	}
	return times(n, &Binary{Op: OpPow, X: x, Y: &Binary{Op: OpSub, X: n, Y: Int(1)}})
}

func capitalize(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}
