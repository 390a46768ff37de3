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
			if e.kind != kNum || e.num.Sign() >= 0 || b.isZero() {
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
		if b.kind == kAdd {
			g := form(b)
			switch {
			case g == nil || g.kind != kMul:
			case e.isInt():
				// (g·r)^n = g^n·r^n for whole n
				for _, a := range g.args {
					fs = append(fs, pow(a, e))
				}
				changed = true
				continue
			case len(g.args) == 2 && g.args[0].kind == kNum && g.args[0].num.Sign() > 0:
				// (c·r)^e = c^e·r^e for a positive number c and any e:
				// sqrt(5x/4 + 4) = sqrt(5x + 16)/2
				fs = append(fs, pow(g.args[0], e), pow(g.args[1], e))
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

// partialTogether puts over a common denominator only the terms that have
// a sum in their denominator, and leaves the others alone:
// sin(x - 1/3) + 5/(x + 1)^2 rather than one fraction. It returns nil when
// that is not a different split.
func partialTogether(n *node) *node {
	if n.kind != kAdd {
		return nil
	}
	var withDen, rest []*node
	for _, t := range n.args {
		if hasSumDenominator(t) {
			withDen = append(withDen, t)
		} else {
			rest = append(rest, t)
		}
	}
	if len(withDen) < 2 || len(rest) == 0 {
		return nil
	}
	tg := together(add(withDen...))
	if tg == nil {
		return nil
	}
	return raw(kAdd, append(rest, tg)...)
}

func hasSumDenominator(t *node) bool {
	fs := []*node{t}
	if t.kind == kMul {
		fs = t.args
	}
	for _, f := range fs {
		if b, e := baseExp(f); b.kind == kAdd && e.kind == kNum && e.num.Sign() < 0 {
			return true
		}
	}
	return false
}

// absorbCoeff moves the number of a product into its one sum factor:
// 4(2x - 3)x^3 becomes (8x - 12)x^3. It returns nil when there is no
// such factor or nothing to move.
func absorbCoeff(n *node) *node {
	if n == nil || n.kind != kMul || n.args[0].kind != kNum || n.args[0].isOne() {
		return nil
	}
	c := n.args[0]
	fs := append([]*node(nil), n.args[1:]...)
	for i, f := range fs {
		if f.kind == kAdd {
			fs[i] = mul(c, f)
			return mulKeep(fs...)
		}
	}
	return nil
}

// flipSigns writes -c·(a - b)·… as c·(b - a)·…, -c/(a - b) as c/(b - a),
// and (-a - b)(-c - d) as (a + b)(c + d): minus signs move into the sums
// where they cost nothing.
// It returns nil when no sign moves.
func flipSigns(n *node) *node {
	if n == nil || n.kind != kMul {
		return nil
	}
	c := big.NewRat(1, 1)
	fs := n.args
	if fs[0].kind == kNum {
		c = new(big.Rat).Set(fs[0].num)
		fs = fs[1:]
	}
	out := make([]*node, 0, len(fs)+1)
	changed := false
	for _, f := range fs {
		// A sum to an odd whole power changes sign with the sum.
		b, e := baseExp(f)
		odd := e.isInt() && !isEvenInt(e)
		if b.kind == kAdd && odd && (c.Sign() < 0 && hasNegativeTerm(b) || looksNegative(b)) {
			out = append(out, pow(neg(b), e))
			c.Neg(c)
			changed = true
			continue
		}
		out = append(out, f)
	}
	if !changed {
		return nil
	}
	return mulKeep(append(out, numNode(c))...)
}

func hasNegativeTerm(n *node) bool {
	for _, t := range n.args {
		if looksNegativeCoeff(t) {
			return true
		}
	}
	return false
}
