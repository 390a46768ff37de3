package calculus

import "math/big"

// countOps measures how large an expression reads, counting operations the
// way SymPy's count_ops does on the same expression, so that chalk's output
// can be compared with sympy.simplify and the textbook pass can choose the
// smallest of several equal forms. On the canonical form n:
//
//	a number p/q        one DIV if q != 1, one NEG if negative
//	a sum of k terms    k-1 ADD or SUB, plus NEG if every term is negative
//	a product           NEG for a negative coefficient; if it has a
//	                    denominator, one DIV and the counts of numerator and
//	                    denominator; else k-1 MUL for k factors
//	u^(-1)              one DIV;  e^u one EXP;  u^v one POW
//	f(u)                one for the function
func countOps(n *node) int {
	switch n.kind {
	case kNum:
		c := 0
		if n.num.Sign() < 0 {
			c++
		}
		if !n.num.IsInt() {
			c++
		}
		return c
	case kSym:
		return 0
	case kConst:
		if n.cst == ConstE {
			return 1
		}
		return 0
	case kAdd:
		c := len(n.args) - 1
		negs := 0
		for _, t := range n.args {
			if looksNegativeCoeff(t) {
				negs++
				c += countOps(neg(t))
			} else {
				c += countOps(t)
			}
		}
		if negs == len(n.args) {
			c++
		}
		return c
	case kMul:
		return countMul(n)
	case kPow:
		b, e := n.args[0], n.args[1]
		switch {
		case e.isRat(-1, 1):
			return 1 + countOps(b)
		case b.kind == kConst && b.cst == ConstE:
			return 1 + countOps(e)
		}
		return 1 + countOps(b) + countOps(e)
	case kFn:
		return 1 + countOps(n.args[0])
	}
	return 0
}

// looksNegativeCoeff is SymPy's _coeff_isneg: a negative number, or a product
// whose coefficient is negative.
func looksNegativeCoeff(t *node) bool {
	switch t.kind {
	case kNum:
		return t.num.Sign() < 0
	case kMul:
		return t.args[0].kind == kNum && t.args[0].num.Sign() < 0
	}
	return false
}

func countMul(n *node) int {
	c := 0
	args := n.args
	if looksNegativeCoeff(n) {
		c++
		if args[0].isRat(-1, 1) {
			args = args[1:]
		} else {
			args = append([]*node{numNode(new(big.Rat).Neg(args[0].num))}, args[1:]...)
		}
	}
	// SymPy's fraction(): split into numerator and denominator.
	var num, den []*node
	for _, f := range args {
		if f.kind == kNum {
			num = append(num, numNode(new(big.Rat).SetInt(f.num.Num())))
			den = append(den, numNode(new(big.Rat).SetInt(f.num.Denom())))
			continue
		}
		b, e := baseExp(f)
		if looksNegativeCoeff(e) {
			den = append(den, pow(b, neg(e)))
			continue
		}
		num = append(num, f)
	}
	numer, denom := mul(num...), mul(den...)
	switch {
	case numer.kind == kNum && numer.num.IsInt():
		c++ // DIV
		if numer.num.Sign() < 0 {
			c++
		}
		return c + countOps(denom)
	case !denom.isOne():
		c++ // DIV
		if denom.kind != kNum {
			c += countOps(denom)
		}
		return c + countOps(numer)
	}
	if len(args) == 1 {
		return c + countOps(args[0])
	}
	c += len(args) - 1
	for _, a := range args {
		c += countOps(a)
	}
	return c
}
