package calculus

import "fmt"

// Rule names a differentiation rule, or one of the two bookkeeping steps of a
// derivation (rewriting the input, simplifying the result).
type Rule int

// The rules, with the formula each one applies.
const (
	RuleConstant         Rule = iota // (c)' = 0
	RuleSum                          // (u ± v)' = u' ± v'
	RuleConstantMultiple             // (c·u)' = c·u'
	RulePower                        // (x^n)' = n·x^(n-1), and x' = 1
	RuleProduct                      // (u·v)' = u'·v + u·v'
	RuleQuotient                     // (u/v)' = (u'·v - u·v')/v^2
	RuleChain                        // (f(g(x)))' = f'(g(x))·g'(x)
	RuleExp                          // (e^x)' = e^x, (a^x)' = a^x·ln(a)
	RuleLn                           // (ln(x))' = 1/x
	RuleTrig                         // (sin(x))' = cos(x), (cos(x))' = -sin(x), …
	RuleInverseTrig                  // (asin(x))' = 1/sqrt(1 - x^2), …
	RuleHyperbolic                   // (sinh(x))' = cosh(x), …
	RuleAbs                          // (abs(x))' = x/abs(x) for x != 0
	RuleGeneralPower                 // (u^v)' = u^v·(v'·ln(u) + v·u'/u)
	RuleRewrite                      // the same function written differently
	RuleSimplify                     // the same derivative written more simply
	numRules
)

var ruleNames = [numRules]string{
	RuleConstant:         "constant rule",
	RuleSum:              "sum rule",
	RuleConstantMultiple: "constant multiple rule",
	RulePower:            "power rule",
	RuleProduct:          "product rule",
	RuleQuotient:         "quotient rule",
	RuleChain:            "chain rule",
	RuleExp:              "exponential rule",
	RuleLn:               "logarithm rule",
	RuleTrig:             "trigonometric rule",
	RuleInverseTrig:      "inverse trigonometric rule",
	RuleHyperbolic:       "hyperbolic rule",
	RuleAbs:              "absolute value rule",
	RuleGeneralPower:     "general power rule",
	RuleRewrite:          "rewrite",
	RuleSimplify:         "simplify",
}

// String returns the rule's name as a textbook says it, e.g. "chain rule".
func (r Rule) String() string {
	if r < 0 || r >= numRules {
		return fmt.Sprintf("Rule(%d)", int(r))
	}
	return ruleNames[r]
}

// MarshalText writes the rule's name, so JSON shows "chain rule".
func (r Rule) MarshalText() ([]byte, error) {
	if r < 0 || r >= numRules {
		return nil, fmt.Errorf("calculus: unknown rule %d", int(r))
	}
	return []byte(r.String()), nil
}

// UnmarshalText reads a rule's name as String writes it.
func (r *Rule) UnmarshalText(b []byte) error {
	for i, n := range ruleNames {
		if n == string(b) {
			*r = Rule(i)
			return nil
		}
	}
	return fmt.Errorf("calculus: unknown rule %q", string(b))
}

// IsRewrite reports whether a step with this rule rewrites an expression
// into an equal one (RuleRewrite, RuleSimplify) rather than differentiating.
func (r Rule) IsRewrite() bool { return r == RuleRewrite || r == RuleSimplify }

// funcRule is the rule for differentiating f(x) with x itself inside.
func funcRule(f Func) Rule {
	switch f {
	case FuncExp:
		return RuleExp
	case FuncLn:
		return RuleLn
	case FuncSin, FuncCos, FuncTan, FuncSec, FuncCsc, FuncCot:
		return RuleTrig
	case FuncAsin, FuncAcos, FuncAtan:
		return RuleInverseTrig
	case FuncSinh, FuncCosh, FuncTanh:
		return RuleHyperbolic
	case FuncAbs:
		return RuleAbs
	}
	return RulePower // sqrt(x) = x^(1/2)
}
