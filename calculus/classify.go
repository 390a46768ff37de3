package calculus

import "math/big"

// Classify returns the rule that the outermost structure of e needs for
// d/dx. It first rewrites e as Explain does (roots as fractional exponents,
// fractions as negative exponents), then looks at the top of the tree:
//
//	no x at all                        RuleConstant       5, y^2, ln(2)
//	u + v, u - v                       RuleSum            x^2 + 3x
//	c·u, -u, u/c                       RuleConstantMultiple 5x^3, -sin(x), x^2/2
//	x, x^n                             RulePower          x^3, sqrt(x), 1/x
//	u·v, u/v                           RuleProduct        sqrt(x)*ln(x), f(x)*(g(x))^(-1), e^x/x^3
//	f(u), u^n, a^u with u not just x   RuleChain          sqrt(5x^3 + 2), 1/(x^2 + 4), sin(2x)
//	e^x, a^x                           RuleExp
//	ln(x)                              RuleLn
//	sin(x) … cot(x)                    RuleTrig
//	asin(x), acos(x), atan(x)          RuleInverseTrig
//	sinh(x), cosh(x), tanh(x)          RuleHyperbolic
//	abs(x)                             RuleAbs
//	u^v, both depending on x           RuleGeneralPower   x^x
//
// So, as in the seed's table, sqrt(expr) and 1/expr are nested (chain rule)
// while sqrt(x)*f(x) and f(x)*(g(x))^(-1) are multiplied (product rule). A
// quotient u/v with x in both is u·v^(-1), a product, because the seed's
// method rewrites fractions as negative exponents (ExplainWith with
// QuotientRule set differentiates it by RuleQuotient instead).
func Classify(e Expr, x string) Rule {
	if e == nil {
		return RuleConstant
	}
	return classify(rewrite(e), x)
}

func classify(f Expr, x string) Rule {
	if !dependsOn(f, x) {
		return RuleConstant
	}
	switch f := f.(type) {
	case *Var:
		return RulePower
	case *Neg:
		return RuleConstantMultiple
	case *Binary:
		switch f.Op {
		case OpAdd, OpSub:
			return RuleSum
		case OpMul:
			consts, vars := splitFactors(f, x)
			if len(consts) > 0 {
				return RuleConstantMultiple
			}
			if len(vars) > 1 {
				return RuleProduct
			}
		case OpDiv:
			if !dependsOn(f.Y, x) {
				return RuleConstantMultiple
			}
			if !dependsOn(f.X, x) {
				if isOneNum(f.X) {
					return RuleChain
				}
				return RuleConstantMultiple
			}
			return RuleQuotient
		case OpPow:
			switch base, isVar := f.X.(*Var); {
			case !dependsOn(f.Y, x):
				if isVar && base.Name == x {
					return RulePower
				}
				return RuleChain
			case !dependsOn(f.X, x):
				if v, ok := f.Y.(*Var); ok && v.Name == x {
					return RuleExp
				}
				return RuleChain
			}
			return RuleGeneralPower
		}
	case *Call:
		if v, ok := f.Arg.(*Var); ok && v.Name == x {
			return funcRule(f.Fn)
		}
		return RuleChain
	}
	return RuleConstant
}

func isOneNum(e Expr) bool {
	n, ok := e.(*Num)
	return ok && n.r.Cmp(big.NewRat(1, 1)) == 0
}

// dependsOn reports whether the variable x occurs in e.
func dependsOn(e Expr, x string) bool {
	found := false
	Inspect(e, func(n Expr) bool {
		if v, ok := n.(*Var); ok && v.Name == x {
			found = true
		}
		return !found
	})
	return found
}

// splitFactors flattens a product into the factors that are constant with
// respect to x and those that are not, keeping their order.
func splitFactors(e Expr, x string) (consts, vars []Expr) {
	var walk func(e Expr)
	walk = func(e Expr) {
		if b, ok := e.(*Binary); ok && b.Op == OpMul {
			walk(b.X)
			walk(b.Y)
			return
		}
		if dependsOn(e, x) {
			vars = append(vars, e)
		} else {
			consts = append(consts, e)
		}
	}
	walk(e)
	return consts, vars
}

// rewrite applies the seed's first step: roots become fractional exponents
// and fractions negative exponents, so that only the power, product and
// chain rules are needed:
//
//	sqrt(u) = u^(1/2)    1/v = v^(-1)    u/v = u·v^(-1)    u/c = (1/c)·u
//	u/v^n = u·v^(-n)
func rewrite(e Expr) Expr { return rewriteWith(e, false) }

// rewriteWith is rewrite; with keepQuotients it leaves u/v alone when both
// depend on some variable, for the quotient rule.
func rewriteWith(e Expr, keepQuotients bool) Expr {
	rw := func(e Expr) Expr { return rewriteWith(e, keepQuotients) }
	switch e := e.(type) {
	case *Neg:
		return &Neg{X: rw(e.X)}
	case *Call:
		if e.Fn == FuncSqrt {
			return makePow(rw(e.Arg), Rational(1, 2))
		}
		return &Call{Fn: e.Fn, Arg: rw(e.Arg)}
	case *Binary:
		x, y := rw(e.X), rw(e.Y)
		if e.Op != OpDiv {
			return &Binary{Op: e.Op, X: x, Y: y}
		}
		if n, ok := y.(*Num); ok && n.r.Sign() != 0 {
			return &Binary{Op: OpMul, X: Number(new(big.Rat).Inv(&n.r)), Y: x}
		}
		if keepQuotients && len(Variables(e.X)) > 0 && len(Variables(e.Y)) > 0 {
			return &Binary{Op: OpDiv, X: x, Y: y}
		}
		if isOneNum(x) {
			return reciprocal(y)
		}
		return &Binary{Op: OpMul, X: x, Y: reciprocal(y)}
	}
	return e
}

// reciprocal writes 1/v as a power: v^(-1), and (b^n)^(-1) as b^(-n).
func reciprocal(v Expr) Expr {
	if p, ok := v.(*Binary); ok && p.Op == OpPow {
		if n, ok := p.Y.(*Num); ok {
			return &Binary{Op: OpPow, X: p.X, Y: Number(new(big.Rat).Neg(&n.r))}
		}
	}
	if c, ok := v.(*Call); ok && c.Fn == FuncExp {
		return &Call{Fn: FuncExp, Arg: negate(c.Arg)}
	}
	return makePow(v, Int(-1)) // e^(-1) is exp(-1), as Parse reads it
}
