package calculus

import (
	"encoding/json"
	"math"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSeedExamplesPrintExactly(t *testing.T) {
	tests := []struct{ f, want, pretty string }{
		{"sqrt(5x^3 + 2)", "15x^2/(2sqrt(5x^3 + 2))", "15x²/(2√(5x³ + 2))"},
		{"sqrt(x)*ln(x)", "(ln(x) + 2)/(2sqrt(x))", "(ln(x) + 2)/(2√x)"},
		{"1/(x^2 + 4)", "-2x/(x^2 + 4)^2", "-2x/(x² + 4)²"},
		{"e^x/x^3", "e^x(x - 3)/x^4", "e^x(x - 3)/x⁴"},
	}
	for _, tt := range tests {
		t.Run(tt.f, func(t *testing.T) {
			e := mustParse(t, tt.f)
			d := Diff(e, "x")
			assert.Equal(t, tt.want, d.String())
			assert.Equal(t, tt.pretty, d.Pretty())
			ex := Explain(e, "x")
			assert.True(t, Equal(d, ex.Result))
			assert.Equal(t, tt.want, ex.Result.String())
		})
	}
}

func TestClassifyFollowsTheSeedsTable(t *testing.T) {
	tests := []struct {
		f    string
		want Rule
	}{
		{"sqrt(5x^3 + 2)", RuleChain},
		{"sqrt(x^2 + 1)", RuleChain},
		{"1/(x^2 + 4)", RuleChain},
		{"1/sin(x)", RuleChain},
		{"sqrt(x)*ln(x)", RuleProduct},
		{"sqrt(x)*e^x", RuleProduct},
		{"sin(x)*(x^2 + 1)^(-1)", RuleProduct},
		{"e^x/x^3", RuleProduct}, // f·g^(-1) after the rewrite
		{"x^2 + 3x", RuleSum},
		{"x - sin(x)", RuleSum},
		{"5x^3", RuleConstantMultiple},
		{"-sin(x)", RuleConstantMultiple},
		{"x^2/2", RuleConstantMultiple},
		{"3/(x + 1)", RuleConstantMultiple},
		{"x^3", RulePower},
		{"x", RulePower},
		{"sqrt(x)", RulePower},
		{"1/x", RulePower},
		{"1/x^2", RulePower},
		{"7", RuleConstant},
		{"y^2", RuleConstant},
		{"ln(2)", RuleConstant},
		{"e^x", RuleExp},
		{"2^x", RuleExp},
		{"e^(2x)", RuleChain},
		{"ln(x)", RuleLn},
		{"sin(x)", RuleTrig},
		{"sec(x)", RuleTrig},
		{"atan(x)", RuleInverseTrig},
		{"cosh(x)", RuleHyperbolic},
		{"abs(x)", RuleAbs},
		{"sin(x^2)", RuleChain},
		{"(x + 1)^3", RuleChain},
		{"x^x", RuleGeneralPower},
	}
	for _, tt := range tests {
		t.Run(tt.f, func(t *testing.T) {
			assert.Equal(t, tt.want, Classify(mustParse(t, tt.f), "x"))
		})
	}
}

func TestClassifyPartial(t *testing.T) {
	e := mustParse(t, "x^2 y")
	assert.Equal(t, RuleConstantMultiple, Classify(e, "x"))
	assert.Equal(t, RuleConstantMultiple, Classify(e, "y"))
	assert.Equal(t, RuleConstant, Classify(e, "z"))
}

func TestQuotientRuleMethodOnTheFixture(t *testing.T) {
	for i, fx := range loadFixture(t) {
		if i%4 != 0 {
			continue
		}
		e := mustParse(t, fx.Input)
		d := ExplainWith(e, fx.Var, ExplainOptions{QuotientRule: true})
		assert.True(t, Equal(diffOf(e, fx.Var), d.Result))
		checkSteps(t, d.Steps, Variables(e))
	}
}

func TestQuotientRuleMethod(t *testing.T) {
	e := mustParse(t, "e^x/x^3")
	d := ExplainWith(e, "x", ExplainOptions{QuotientRule: true})
	require.NotEmpty(t, d.Steps)
	assert.Equal(t, RuleQuotient, d.Steps[0].Rule)
	assert.Equal(t, "(e^x*x^3 - e^x(3x^2))/(x^3)^2", d.Steps[0].After.String())
	assert.True(t, Equal(Diff(e, "x"), d.Result))
	checkSteps(t, d.Steps, []string{"x"})
}

// evalPoints are the values tried for each variable when steps are checked.
var evalPoints = []float64{0.37, 0.81, 1.43, 2.6, -0.64, -1.9}

// others gives every variable but v a fixed value.
func pointWith(vars []string, v string, x float64) map[string]float64 {
	m := map[string]float64{}
	for i, n := range vars {
		m[n] = 0.55 + 0.3*float64(i)
	}
	m[v] = x
	return m
}

// checkSteps verifies every step numerically: for a rule, After equals the
// derivative of Before with respect to the step's variable (by Diff and by a
// finite difference); for a rewrite or simplification, After equals Before.
func checkSteps(t *testing.T, steps []Step, vars []string) {
	t.Helper()
	for _, st := range steps {
		all := append(append([]string(nil), vars...), Variables(st.Before)...)
		var want Expr
		if !st.Rule.IsRewrite() {
			want = textbookWith(deriv(canon(st.Before), st.Var), 0) // unsimplified is enough to compare
		}
		for _, x := range evalPoints {
			at := pointWith(all, st.Var, x)
			before, err := Eval(st.Before, at)
			if err != nil {
				continue
			}
			after, err := Eval(st.After, at)
			if err != nil {
				continue
			}
			if st.Rule.IsRewrite() {
				assert.InDelta(t, before, after, 1e-9*math.Max(1, math.Abs(before)), "%s: %s = %s at %v", st.Rule, st.Before, st.After, at)
				continue
			}
			wantV, err := Eval(want, at)
			if err != nil {
				continue
			}
			assert.InDelta(t, wantV, after, 1e-9*math.Max(1, math.Abs(wantV)), "%s: d/d%s %s = %s at %v", st.Rule, st.Var, st.Before, st.After, at)
			if fd, ok := finiteDifference(st.Before, st.Var, at); ok {
				assert.InDelta(t, fd, after, 1e-4*math.Max(1, math.Abs(fd)), "%s: d/d%s %s by finite difference", st.Rule, st.Var, st.Before)
			}
		}
		assert.NotEmpty(t, st.Explanation, "step %s of %s has no explanation", st.Rule, st.Before)
		checkSteps(t, st.Substeps, all)
	}
}

var (
	explainMu    sync.Mutex
	explainCache = map[string]Derivation{}
)

// explainOf is Explain(e, x), computed once per expression for all tests.
func explainOf(e Expr, x string) Derivation {
	k := e.String() + "\x00" + x
	explainMu.Lock()
	defer explainMu.Unlock()
	if d, ok := explainCache[k]; ok {
		return d
	}
	d := Explain(e, x)
	explainCache[k] = d
	return d
}

func TestExplainStepsAreConsistentOnTheFixture(t *testing.T) {
	for _, fx := range loadFixture(t) {
		t.Run(fx.Input+"/d"+fx.Var, func(t *testing.T) {
			e := mustParse(t, fx.Input)
			d := explainOf(e, fx.Var)
			assert.True(t, Equal(diffOf(e, fx.Var), d.Result), "Explain's result %s differs from Diff's %s", d.Result, diffOf(e, fx.Var))
			assert.Equal(t, diffOf(e, fx.Var).String(), d.Result.String())
			if !testing.Short() {
				checkSteps(t, d.Steps, Variables(e))
			}
			for _, st := range d.Steps {
				if !st.Rule.IsRewrite() {
					assert.Equal(t, Classify(e, fx.Var), st.Rule, "the first rule step is the rule Classify names")
					break
				}
			}
		})
	}
}

func TestExplainSteps(t *testing.T) {
	d := Explain(mustParse(t, "sqrt(5x^3 + 2)"), "x")
	require.Len(t, d.Steps, 3)
	assert.Equal(t, RuleRewrite, d.Steps[0].Rule)
	assert.Equal(t, "(5x^3 + 2)^(1/2)", d.Steps[0].After.String())
	chain := d.Steps[1]
	assert.Equal(t, RuleChain, chain.Rule)
	assert.Equal(t, "chain rule", chain.Rule.String())
	assert.Equal(t, "(1/2)(5x^3 + 2)^(-1/2)(15x^2)", chain.After.String())
	assert.Contains(t, chain.Explanation, "differentiate the outside")
	assert.Contains(t, chain.Explanation, "15x^2")
	assert.Contains(t, chain.Explanation, "d/du u^(1/2) = (1/2)u^(-1/2)")
	require.Len(t, chain.Substeps, 1, "the inside's derivation")
	assert.Equal(t, "5x^3 + 2", chain.Substeps[0].Before.String())
	assert.Equal(t, "15x^2", chain.Substeps[0].After.String())
	assert.Equal(t, RuleSum, chain.Substeps[0].Rule)
	assert.Equal(t, RuleSimplify, d.Steps[2].Rule)
	assert.Equal(t, "15x^2/(2sqrt(5x^3 + 2))", d.Steps[2].After.String())
}

func TestExplainNestedChainsUseFreshNames(t *testing.T) {
	d := Explain(mustParse(t, "sin(cos(u^2))"), "u")
	chain := d.Steps[0]
	require.Equal(t, RuleChain, chain.Rule)
	assert.Contains(t, chain.Explanation, "sin(v) keeping the inside v = cos(u^2)", "u is taken by the function itself")
	require.Len(t, chain.Substeps, 1)
	inner := chain.Substeps[0]
	require.Equal(t, RuleChain, inner.Rule)
	assert.Contains(t, inner.Explanation, "cos(w) keeping the inside w = u^2")
	checkSteps(t, d.Steps, []string{"u"})
}

func TestDerivationStringAndJSON(t *testing.T) {
	d := Explain(mustParse(t, "sqrt(x)"), "x")
	want := `d/dx sqrt(x)
1. rewrite: sqrt(x) = x^(1/2)
   Rewrite the root as a fractional exponent, sqrt(u) = u^(1/2), so that the power rule applies.
2. power rule: d/dx x^(1/2) = (1/2)x^(-1/2)
   Power rule: d/dx x^n = n*x^(n - 1) with n = 1/2.
3. simplify: (1/2)x^(-1/2) = 1/(2sqrt(x))
   Simplify: collect like terms, put everything over a common denominator, factor, and write negative exponents as fractions and 1/2 powers as square roots.
Result: 1/(2sqrt(x))
`
	assert.Equal(t, want, d.String())
	assert.Contains(t, d.Format(StylePretty), "Result: 1/(2√x)")
	assert.Contains(t, d.Format(StyleLaTeX), `Result: \frac{1}{2\sqrt{x}}`)

	b, err := json.Marshal(d)
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(b, &m))
	assert.Equal(t, "1/(2sqrt(x))", m["result"])
	steps := m["steps"].([]any)
	assert.Equal(t, "rewrite", steps[0].(map[string]any)["rule"])
	assert.Equal(t, "x^(1/2)", steps[0].(map[string]any)["after"])

	var back Derivation
	require.NoError(t, json.Unmarshal(b, &back))
	assert.True(t, Equal(d.Result, back.Result))
	require.Len(t, back.Steps, len(d.Steps))
	for i := range d.Steps {
		assert.True(t, Equal(d.Steps[i].After, back.Steps[i].After))
		assert.Equal(t, d.Steps[i].Rule, back.Steps[i].Rule)
	}
}

func TestRuleNames(t *testing.T) {
	for r := RuleConstant; r < numRules; r++ {
		b, err := r.MarshalText()
		require.NoError(t, err)
		var back Rule
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, r, back)
	}
	assert.Equal(t, "product rule", RuleProduct.String())
	var r Rule
	assert.Error(t, r.UnmarshalText([]byte("magic rule")))
}

func TestStepExpressionsRoundTrip(t *testing.T) {
	var walk func(steps []Step)
	walk = func(steps []Step) {
		for _, st := range steps {
			for _, e := range []Expr{st.Before, st.After} {
				back, err := Parse(e.String())
				require.NoError(t, err, "%s", e)
				assert.True(t, Equal(e, back), "%s reads back as %s", e, back)
			}
			walk(st.Substeps)
		}
	}
	for _, fx := range loadFixture(t) {
		walk(explainOf(mustParse(t, fx.Input), fx.Var).Steps)
	}
	// The rewrite of 1/e and sqrt(e) is a power of e, which Parse reads as exp.
	for _, src := range []string{"x/e", "sqrt(e) x", "tan(0.25/e) + x", "x^2/e^2", "(x + 1)/e"} {
		walk(Explain(mustParse(t, src), "x").Steps)
		walk(ExplainWith(mustParse(t, src), "x", ExplainOptions{QuotientRule: true}).Steps)
	}
}

// TestExplainLongProductIsLinear: a product of more than maxProductTerms
// factors is explained as f·(f1'/f1 + … + fn'/fn), as Diff computes it,
// not with n products of n factors: the 3000 factors of (x+1)(x+1)… gave a
// 127 MB derivation.
func TestExplainLongProductIsLinear(t *testing.T) {
	e := mustParse(t, strings.Repeat("(x + 1)sin(x)", 20)+"x")
	d := Explain(e, "x")
	require.Len(t, d.Steps, 2)
	assert.Equal(t, RuleProduct, d.Steps[0].Rule)
	assert.Len(t, d.Steps[0].Substeps, 41)
	checkSteps(t, d.Steps, []string{"x"})

	long := Explain(mustParse(t, strings.Repeat("(x+1)", 3000)), "x")
	assert.Less(t, len(long.String()), 2<<20)
}
