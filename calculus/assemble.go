package calculus

// Helpers that assemble the unsimplified formulas of a derivation's steps.
// They drop the obvious (0 + u, 1·u) and otherwise build exactly what the
// rule says, in trees that Parse reproduces from their String.

func isZeroNum(e Expr) bool {
	n, ok := e.(*Num)
	return ok && n.r.Sign() == 0
}

func isMinusOneNum(e Expr) bool {
	n, ok := e.(*Num)
	return ok && n.r.IsInt() && n.r.Num().Int64() == -1 && n.r.Num().IsInt64()
}

// times is a·b, with numbers written first.
func times(a, b Expr) Expr {
	switch {
	case isZeroNum(a) || isZeroNum(b):
		return Int(0)
	case isOneNum(a):
		return b
	case isOneNum(b):
		return a
	case isMinusOneNum(a):
		return negate(b)
	case isMinusOneNum(b):
		return negate(a)
	}
	if _, ok := b.(*Num); ok {
		if _, ok := a.(*Num); !ok {
			a, b = b, a
		}
	}
	return &Binary{Op: OpMul, X: a, Y: b}
}

// leadsWithMinus reports whether e is written with a leading minus sign.
func leadsWithMinus(e Expr) bool {
	switch e := e.(type) {
	case *Num:
		return e.r.Sign() < 0
	case *Neg:
		return true
	case *Binary:
		if e.Op == OpMul || e.Op == OpDiv {
			return leadsWithMinus(e.X)
		}
	}
	return false
}

// plus is a + b, written a - c when b = -c.
func plus(a, b Expr) Expr {
	switch {
	case isZeroNum(a):
		return b
	case isZeroNum(b):
		return a
	case leadsWithMinus(b):
		return &Binary{Op: OpSub, X: a, Y: negate(b)}
	}
	return &Binary{Op: OpAdd, X: a, Y: b}
}

// plusOpt is plus with a nil acc meaning "no terms yet".
func plusOpt(acc, t Expr) Expr {
	if acc == nil {
		return t
	}
	return plus(acc, t)
}

// product is f1·f2·…, or 1 for no factors.
func product(fs []Expr) Expr {
	if len(fs) == 0 {
		return Int(1)
	}
	acc := fs[0]
	for _, f := range fs[1:] {
		acc = &Binary{Op: OpMul, X: acc, Y: f}
	}
	return acc
}

// substitute replaces the variable name in e by val.
func substitute(e Expr, name string, val Expr) Expr {
	switch e := e.(type) {
	case *Var:
		if e.Name == name {
			return val
		}
	case *Neg:
		return &Neg{X: substitute(e.X, name, val)}
	case *Binary:
		return &Binary{Op: e.Op, X: substitute(e.X, name, val), Y: substitute(e.Y, name, val)}
	case *Call:
		return &Call{Fn: e.Fn, Arg: substitute(e.Arg, name, val)}
	}
	return e
}
