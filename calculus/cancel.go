package calculus

import "math/big"

// cancel returns num·dinv, where dinv holds the reciprocal of a
// denominator, after dividing out what num shares with it: a numerator
// that is a multiple of a denominator's sum (cos(x) + 1 over
// (cos(x) + 1)^2), or a polynomial factor ((x^2 - 1)/(x - 1) = x + 1).
func cancel(num, dinv *node) *node {
	fs := []*node{dinv}
	if dinv.kind == kMul {
		fs = append([]*node(nil), dinv.args...)
	}
	for i, f := range fs {
		b, e := baseExp(f)
		if b.kind != kAdd || !e.isInt() || e.num.Sign() >= 0 || num.kind == kNum {
			continue
		}
		times := int(min(-e.num.Num().Int64(), maxPolyDegree))
		if c, ok := ratioOf(num, b); ok {
			num = numNode(c)
			fs[i] = pow(b, add(e, one))
			continue
		}
		if num.kind != kAdd || !polyLike(num) || !polyLike(b) {
			continue
		}
		if q, k := cancelPoly(expandOr(num), b, times); k > 0 {
			num = q
			fs[i] = pow(b, add(e, ratNode(int64(k), 1)))
		}
	}
	return mulKeep(append(fs, num)...)
}

func expandOr(n *node) *node {
	if e := expand(n); e != nil {
		return e
	}
	return n
}

// ratioOf reports whether a = c·b for a number c, comparing the terms of
// two sums: 2cos(x) + 2 = 2(cos(x) + 1).
func ratioOf(a, b *node) (*big.Rat, bool) {
	if a.key == b.key {
		return big.NewRat(1, 1), true
	}
	if a.kind != kAdd || b.kind != kAdd || len(a.args) != len(b.args) {
		return nil, false
	}
	coeffs := map[string]*big.Rat{}
	for _, t := range b.args {
		c, rest := splitCoeff(t)
		coeffs[rest.key] = c
	}
	var ratio *big.Rat
	for _, t := range a.args {
		c, rest := splitCoeff(t)
		cb, ok := coeffs[rest.key]
		if !ok {
			return nil, false
		}
		r := new(big.Rat).Quo(c, cb)
		if ratio == nil {
			ratio = r
		} else if ratio.Cmp(r) != 0 {
			return nil, false
		}
	}
	return ratio, ratio != nil
}

// polyLike reports whether n is built from one variable, numbers, sums,
// products and whole non-negative powers: a polynomial, maybe not expanded.
func polyLike(n *node) bool {
	vars := map[string]bool{}
	n.variables(vars)
	if len(vars) != 1 {
		return false
	}
	var ok func(n *node) bool
	ok = func(n *node) bool {
		switch n.kind {
		case kNum, kSym:
			return true
		case kAdd, kMul:
			for _, a := range n.args {
				if !ok(a) {
					return false
				}
			}
			return true
		case kPow:
			return n.args[1].isInt() && n.args[1].num.Sign() > 0 && ok(n.args[0])
		}
		return false
	}
	return ok(n)
}
