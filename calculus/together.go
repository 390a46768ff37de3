package calculus

import "math/big"

// commonDenominator writes the sum n as num·dinv, where dinv is 1/D for
// the least common multiple D of the terms' denominators. num is nil when
// no term has a denominator.
func commonDenominator(n *node) (num, dinv *node) {
	if n == nil || n.kind != kAdd {
		return nil, nil
	}
	denLCM := big.NewInt(1)
	maxExp := map[string]*big.Rat{}
	bases := map[string]*node{}
	var order []string
	for _, t := range n.args {
		c, rest := splitCoeff(t)
		denLCM = lcm(denLCM, c.Denom())
		fs := []*node{rest}
		if rest.kind == kMul {
			fs = rest.args
		}
		for _, f := range fs {
			b, e := baseExp(f)
			if e.kind != kNum || e.num.Sign() >= 0 {
				continue
			}
			m := new(big.Rat).Neg(e.num)
			if old, ok := maxExp[b.key]; ok {
				if m.Cmp(old) > 0 {
					maxExp[b.key] = m
				}
				continue
			}
			maxExp[b.key] = m
			bases[b.key] = b
			order = append(order, b.key)
		}
	}
	if len(order) == 0 && denLCM.Cmp(big.NewInt(1)) == 0 {
		return nil, nil
	}
	dfs := []*node{numNode(new(big.Rat).SetInt(denLCM))}
	for _, k := range order {
		dfs = append(dfs, pow(bases[k], numNode(maxExp[k])))
	}
	d := mul(dfs...)
	terms := make([]*node, len(n.args))
	for i, t := range n.args {
		terms[i] = mul(t, d)
	}
	return add(terms...), pow(d, minusOne)
}

// together writes a sum over one common denominator, N/D, where D is the
// least common multiple of the terms' denominators. It returns nil when no
// term has a denominator.
func together(n *node) *node {
	num, dinv := commonDenominator(n)
	if num == nil {
		return nil
	}
	return cancel(num, dinv)
}

// togetherVariants is together with the numerator also multiplied out, and
// multiplied out with the trigonometric identities applied, each cancelled
// against the denominator: (cos(x)(cos(x) + 1) + sin(x)^2)/(cos(x) + 1)^2
// becomes 1/(cos(x) + 1).
func togetherVariants(n *node) []*node {
	num, dinv := commonDenominator(n)
	if num == nil {
		return nil
	}
	out := []*node{cancel(num, dinv)}
	if e := expand(num); e != nil && e.key != num.key {
		out = append(out, cancel(e, dinv))
		if t := trigSimp(e); t.key != e.key {
			out = append(out, cancel(t, dinv))
		}
	}
	return out
}

// respliced rewrites the sums among the factors of n, and the sums raised
// to whole powers, with form (together or factorOut), and lets the pieces
// join the other factors: x^2·(1/x^2 + 1)^(-1) becomes 1/(x^2 + 1). It
// returns nil when nothing changes.
func respliced(n *node, form func(*node) *node) *node {
	if n.kind != kMul {
		return nil
	}
	changed := false
	var fs []*node
	for _, f := range n.args {
		b, e := baseExp(f)
		if b.kind == kAdd && e.isInt() {
			if g := form(b); g != nil && g.kind == kMul {
				for _, a := range g.args {
					fs = append(fs, pow(a, e))
				}
				changed = true
				continue
			}
		}
		fs = append(fs, f)
	}
	if !changed {
		return nil
	}
	return mulKeep(fs...)
}

// expandDen multiplies out a denominator made of several sums:
// 1/((x - 1)(x + 1)) becomes 1/(x^2 - 1). It returns nil when there is
// nothing to do or the product would be too large.
func expandDen(n *node) *node {
	if n.kind != kMul {
		return nil
	}
	var den, rest []*node
	for _, f := range n.args {
		b, e := baseExp(f)
		if b.kind == kAdd && e.isInt() && e.num.Sign() < 0 {
			den = append(den, pow(b, numNode(new(big.Rat).Neg(e.num))))
			continue
		}
		rest = append(rest, f)
	}
	if len(den) < 2 {
		return nil
	}
	d := expand(raw(kMul, den...))
	if d == nil {
		return nil
	}
	return mulKeep(append(rest, pow(d, minusOne))...)
}
