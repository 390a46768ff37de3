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
		x, y := canon(e.X), canon(e.Y)
		switch e.Op {
		case OpAdd:
			return add(x, y)
		case OpSub:
			return sub(x, y)
		case OpMul:
			return mul(x, y)
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
