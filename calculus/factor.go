package calculus

import "math/big"

// factorOutBases is factorOut without the numbers: it pulls out only the
// common powers, so that (x - 1/2)/x^(3/2) keeps its 1/2 inside.
func factorOutBases(n *node) *node {
	if n == nil || n.kind != kAdd {
		return nil
	}
	g := commonFactor(n.args)
	if c, rest := splitCoeff(g); c.Sign() < 0 {
		g = neg(rest)
	} else {
		g = rest
	}
	if g.isOne() || g.key == minusOne.key {
		return nil
	}
	inv := pow(g, minusOne)
	ts := make([]*node, len(n.args))
	for i, t := range n.args {
		ts[i] = mul(t, inv)
	}
	r := add(ts...)
	if r.kind != kAdd {
		return nil
	}
	return mulKeep(g, r)
}

// factorOut writes a sum as g·(rest) with g the common factor of its terms:
// the greatest common divisor of the coefficients and, for every base that
// all terms share, its lowest power. It returns nil when g is 1.
func factorOut(n *node) *node {
	if n == nil || n.kind != kAdd {
		return nil
	}
	g := commonFactor(n.args)
	if g.isOne() {
		return nil
	}
	inv := pow(g, minusOne)
	rest := make([]*node, len(n.args))
	for i, t := range n.args {
		rest[i] = mul(t, inv)
	}
	r := add(rest...)
	if r.kind != kAdd {
		return nil
	}
	return mulKeep(g, r)
}

// commonFactor is the factor every term shares (see factorOut).
func commonFactor(terms []*node) *node {
	var numGCD, denLCM *big.Int
	allNeg := true
	type shared struct {
		base *node
		exp  *node // the common exponent so far
		n    int   // in how many terms the base occurs
	}
	bases := map[string]*shared{}
	var order []string
	for i, t := range terms {
		c, rest := splitCoeff(t)
		if c.Sign() > 0 {
			allNeg = false
		}
		a := new(big.Int).Abs(c.Num())
		if i == 0 {
			numGCD, denLCM = a, new(big.Int).Set(c.Denom())
		} else {
			numGCD = new(big.Int).GCD(nil, nil, numGCD, a)
			denLCM = lcm(denLCM, c.Denom())
		}
		fs := []*node{rest}
		if rest.kind == kMul {
			fs = rest.args
		}
		for _, f := range fs {
			if f.isOne() {
				continue
			}
			b, e := baseExp(f)
			if b.isZero() {
				continue // 0^a is 0 or undefined: dividing by it is never right
			}
			sh, ok := bases[b.key]
			if !ok {
				if i > 0 {
					continue // absent from an earlier term
				}
				bases[b.key] = &shared{base: b, exp: e, n: 1}
				order = append(order, b.key)
				continue
			}
			if sh.n != i || sh.exp == nil {
				continue
			}
			sh.n++
			switch {
			case sh.exp.kind == kNum && e.kind == kNum:
				if e.num.Cmp(sh.exp.num) < 0 {
					sh.exp = e
				}
			case sh.exp.key != e.key:
				// e^(a + b) and e^a share e^a: keep the common terms.
				sh.exp = commonTerms(sh.exp, e)
			}
		}
	}
	coeff := new(big.Rat).SetFrac(numGCD, denLCM)
	if numGCD.Sign() == 0 {
		coeff.SetInt64(1)
	}
	if allNeg {
		coeff.Neg(coeff)
	}
	fs := []*node{numNode(coeff)}
	for _, k := range order {
		if sh := bases[k]; sh.n == len(terms) && sh.exp != nil {
			fs = append(fs, pow(sh.base, sh.exp))
		}
	}
	return mul(fs...)
}

func lcm(a, b *big.Int) *big.Int {
	g := new(big.Int).GCD(nil, nil, a, b)
	if g.Sign() == 0 {
		return new(big.Int).Set(a)
	}
	r := new(big.Int).Quo(a, g)
	return r.Mul(r, b)
}

// commonTerms is the part two exponents share as sums of terms, or nil:
// a + b and a + c share a.
func commonTerms(p, q *node) *node {
	if p.kind == kNum || q.kind == kNum {
		return nil
	}
	terms := func(n *node) []*node {
		if n.kind == kAdd {
			return n.args
		}
		return []*node{n}
	}
	in := map[string]bool{}
	for _, t := range terms(q) {
		in[t.key] = true
	}
	var common []*node
	for _, t := range terms(p) {
		if t.kind != kNum && in[t.key] {
			common = append(common, t)
		}
	}
	if len(common) == 0 {
		return nil
	}
	return add(common...)
}
