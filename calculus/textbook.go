package calculus

import (
	"math/big"
)

// The textbook pass turns a canonical expression into the form a teacher
// writes. For a sum it tries, besides the sum as it is:
//
//	factor    pull out the common factor: 2x sin(x) + x^2 cos(x) = x(2sin(x) + x cos(x))
//	together  one common denominator: ln(x)/(2sqrt(x)) + 1/sqrt(x) = (ln(x) + 2)/(2sqrt(x))
//	expand    multiply out products of sums: 2x(x - 1) - x^2 - 1 = x^2 - 2x - 1
//	cancel    divide a denominator's polynomial factor out of the numerator
//
// and combinations of these, and keeps the form with the fewest operations
// as SymPy's count_ops counts them (ties go to the simpler transformation).
// Inside, sums in function arguments, bases and fractions get the same
// treatment. Every candidate is an identity of the canonical form, so the
// choice changes how the answer reads, never its value.

type simplifier struct {
	memo   map[string]*node
	shown  map[string]Expr // rendered nodes, shared so that repeated parts cost nothing
	depth  int
	budget int // candidate nodes left to measure; bounds the whole search
}

// Work bounds for the textbook pass.
const (
	maxExpandTerms = 64 // a product of sums is multiplied out only up to this many terms
	maxExpandPower = 12 // (a + b)^n is multiplied out only for n up to this
	maxBestDepth   = 8  // nesting of best-form searches
	maxBestSize    = 4000
	searchBudget   = 20000 // nodes of candidates measured per call of textbook
)

// textbook renders n in its most readable form.
func textbook(n *node) Expr {
	s := &simplifier{memo: map[string]*node{}, shown: map[string]Expr{}, budget: searchBudget}
	return s.render(s.best(n))
}

// best returns the most readable arrangement of n; render prints it.
func (s *simplifier) best(n *node) *node {
	if n.kind != kAdd && n.kind != kMul {
		return n
	}
	if b, ok := s.memo[n.key]; ok {
		return b
	}
	if s.depth > maxBestDepth || n.size > maxBestSize {
		return n
	}
	s.memo[n.key] = n // guards against a candidate that leads back to n
	s.depth++
	defer func() { s.depth-- }()

	bestNode, bestCost, bestDivs := n, -1, 0
	seen := map[string]bool{}
	consider := func(c *node) {
		if c == nil || s.budget <= 0 || seen[c.key] {
			return
		}
		seen[c.key] = true
		s.budget -= c.size
		r := s.render(c)
		cost := countOps(canon(r))
		// On a tie, fewer fraction bars read better: (x cos(x) - sin(x))/x^2
		// rather than cos(x)/x - sin(x)/x^2.
		divs := countDivisions(r)
		if bestCost < 0 || cost < bestCost || cost == bestCost && divs < bestDivs {
			bestNode, bestCost, bestDivs = c, cost, divs
		}
	}
	consider(n)
	for _, c := range s.candidates(n) {
		consider(c)
	}
	s.memo[n.key] = bestNode
	return bestNode
}

// candidates lists the rearrangements of n worth measuring, simplest first.
func (s *simplifier) candidates(n *node) []*node {
	if s.budget <= 0 {
		return nil
	}
	out := s.plainCandidates(n)
	for _, t := range []*node{trigSimp(n), trigSimp(toSinCos(n))} {
		if t.key != n.key {
			out = append(out, t)
			if t.kind == kAdd || t.kind == kMul {
				out = append(out, s.plainCandidates(t)...)
			}
		}
	}
	return out
}

func (s *simplifier) plainCandidates(n *node) []*node {
	var out []*node
	if n.kind == kMul {
		out = append(out, respliced(n, together), respliced(n, factorOut), expandDen(n))
		if e := expand(n); e != nil && e.key != n.key {
			out = append(out, e)
			if e.kind == kAdd {
				out = append(out, factorOut(e), together(e))
			}
		}
		return out
	}
	out = append(out, factorOut(n), factorOutBases(n), factorPoly(n))
	out = append(out, togetherVariants(n)...)
	if e := expand(n); e != nil && e.key != n.key {
		out = append(out, e)
		if e.kind == kAdd {
			out = append(out, factorOut(e), factorPoly(e))
			out = append(out, togetherVariants(e)...)
		}
	}
	// A sum rewritten as a product may improve further as a product.
	for _, c := range out {
		if c != nil && c.kind == kMul {
			out = append(out, respliced(c, together), respliced(c, factorOut), expandDen(c))
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
				sh.exp = nil // symbolic exponents must agree exactly
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

// expand multiplies out products of sums and whole powers of sums, within
// maxExpandTerms and maxExpandPower. It returns nil when the result would be
// too large. Function arguments are left as they are.
func expand(n *node) *node {
	switch n.kind {
	case kAdd:
		ts := make([]*node, 0, len(n.args))
		for _, t := range n.args {
			e := expand(t)
			if e == nil {
				return nil
			}
			ts = append(ts, e)
		}
		if len(ts) > maxExpandTerms {
			return nil
		}
		return add(ts...)
	case kMul:
		acc := []*node{one}
		for _, f := range n.args {
			if !f.hasVariables() {
				acc = mulEach(acc, f)
				continue
			}
			e := expand(f)
			if e == nil {
				return nil
			}
			terms := []*node{e}
			if e.kind == kAdd {
				terms = e.args
			}
			if len(acc)*len(terms) > maxExpandTerms {
				return nil
			}
			next := make([]*node, 0, len(acc)*len(terms))
			for _, a := range acc {
				for _, t := range terms {
					next = append(next, mul(a, t))
				}
			}
			acc = next
		}
		return add(acc...)
	case kPow:
		b, e := n.args[0], n.args[1]
		if b.kind != kAdd || !e.isInt() || e.num.Sign() <= 0 || !b.hasVariables() {
			return n
		}
		k := e.num.Num()
		if !k.IsInt64() || k.Int64() > maxExpandPower {
			return nil
		}
		fs := make([]*node, k.Int64())
		for i := range fs {
			fs[i] = b
		}
		return expand(raw(kMul, fs...))
	}
	return n
}

func mulEach(ts []*node, f *node) []*node {
	out := make([]*node, len(ts))
	for i, t := range ts {
		out[i] = mul(t, f)
	}
	return out
}

// hasVariables reports whether any variable occurs in n.
func (n *node) hasVariables() bool {
	if n.kind == kSym {
		return true
	}
	for _, a := range n.args {
		if a.hasVariables() {
			return true
		}
	}
	return false
}

func countDivisions(e Expr) int {
	n := 0
	Inspect(e, func(x Expr) bool {
		if b, ok := x.(*Binary); ok && b.Op == OpDiv {
			n++
		}
		return true
	})
	return n
}
