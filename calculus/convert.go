package calculus

import "math/big"

// canon converts a tree as written into the canonical form:
//
//	-a = (-1)·a     a - b = a + (-1)·b     a/b = a·b^(-1)
//	sqrt(a) = a^(1/2)                       e^a = exp(a)
func canon(e Expr) *node {
	switch e := e.(type) {
	case *Num:
		return numNode(new(big.Rat).Set(&e.r))
	case *Var:
		return symNode(e.Name)
	case *Const:
		return constNode(e.Kind)
	case *Neg:
		return neg(canon(e.X))
	case *Binary:
		// Long chains a + b + c + … and a·b·c·… are collected first and
		// combined once, so that canon stays near linear in their length.
		switch e.Op {
		case OpAdd, OpSub:
			var terms []*node
			collectSum(e, false, &terms)
			return add(terms...)
		case OpMul:
			var fs []*node
			collectProduct(e, &fs)
			return mul(fs...)
		}
		x, y := canon(e.X), canon(e.Y)
		switch e.Op {
		case OpDiv:
			return mul(x, pow(y, minusOne))
		case OpPow:
			return pow(x, y)
		}
	case *Call:
		return fn(e.Fn, canon(e.Arg))
	}
	return zero
}

func collectSum(e Expr, minus bool, into *[]*node) {
	if b, ok := e.(*Binary); ok && (b.Op == OpAdd || b.Op == OpSub) {
		collectSum(b.X, minus, into)
		collectSum(b.Y, minus != (b.Op == OpSub), into)
		return
	}
	t := canon(e)
	if minus {
		t = neg(t)
	}
	*into = append(*into, t)
}

func collectProduct(e Expr, into *[]*node) {
	if b, ok := e.(*Binary); ok && b.Op == OpMul {
		collectProduct(b.X, into)
		collectProduct(b.Y, into)
		return
	}
	*into = append(*into, canon(e))
}

// dependsOn reports whether the variable x occurs in n.
func (n *node) dependsOn(x string) bool {
	if n.kind == kSym {
		return n.name == x
	}
	for _, a := range n.args {
		if a.dependsOn(x) {
			return true
		}
	}
	return false
}

// variables collects the names of the variables in n.
func (n *node) variables(into map[string]bool) {
	if n.kind == kSym {
		into[n.name] = true
	}
	for _, a := range n.args {
		a.variables(into)
	}
}
