package calculus

import (
	"math/big"
)

// Univariate polynomials with rational coefficients, for two textbook
// moves: factoring a polynomial over the rationals by its rational roots
// (5x^2 + 6x + 1 = (5x + 1)(x + 1)) and cancelling a polynomial factor
// shared by a numerator and a denominator ((x^2 - 1)/(x - 1) = x + 1).

// Bounds that keep polynomial work small.
const (
	maxPolyDegree  = 24
	maxRootSearch  = 4000 // divisor pairs tried by the rational root search
	maxCoeffDigits = 18   // rational root search only for coefficients below 10^18
)

// poly is c[0] + c[1]x + … + c[n]x^n in the variable x.
type poly struct {
	x string
	c []*big.Rat
}

func (p poly) degree() int { return len(p.c) - 1 }

// trim drops leading zero coefficients.
func (p poly) trim() poly {
	n := len(p.c)
	for n > 0 && p.c[n-1].Sign() == 0 {
		n--
	}
	p.c = p.c[:n]
	return p
}

// toPoly reads n as a polynomial in its one variable. ok is false when n
// has a function, a non-whole or negative power, or two variables.
func toPoly(n *node) (poly, bool) {
	vars := map[string]bool{}
	n.variables(vars)
	if len(vars) != 1 {
		return poly{}, false
	}
	var x string
	for v := range vars {
		x = v
	}
	p := poly{x: x}
	terms := []*node{n}
	if n.kind == kAdd {
		terms = n.args
	}
	for _, t := range terms {
		c, rest := splitCoeff(t)
		k := 0
		switch {
		case rest.isOne():
		case rest.kind == kSym:
			k = 1
		case rest.kind == kPow && rest.args[0].kind == kSym && rest.args[1].isInt() && rest.args[1].num.Sign() > 0:
			e := rest.args[1].num.Num()
			if !e.IsInt64() || e.Int64() > maxPolyDegree {
				return poly{}, false
			}
			k = int(e.Int64())
		default:
			return poly{}, false
		}
		for len(p.c) <= k {
			p.c = append(p.c, new(big.Rat))
		}
		p.c[k].Add(p.c[k], c)
	}
	return p.trim(), true
}

// node writes p back in canonical form.
func (p poly) node() *node {
	x := symNode(p.x)
	terms := make([]*node, 0, len(p.c))
	for k, c := range p.c {
		if c.Sign() != 0 {
			terms = append(terms, mul(numNode(c), pow(x, ratNode(int64(k), 1))))
		}
	}
	return add(terms...)
}

// divMod divides a by b (b not zero): a = q·b + r with deg r < deg b.
func divMod(a, b poly) (q, r poly) {
	r = poly{x: a.x, c: make([]*big.Rat, len(a.c))}
	for i, c := range a.c {
		r.c[i] = new(big.Rat).Set(c)
	}
	db := b.degree()
	if r.degree() < db {
		return poly{x: a.x}, r
	}
	q = poly{x: a.x, c: make([]*big.Rat, r.degree()-db+1)}
	for i := range q.c {
		q.c[i] = new(big.Rat)
	}
	lead := b.c[db]
	for r.degree() >= db && r.degree() >= 0 {
		k := r.degree() - db
		f := new(big.Rat).Quo(r.c[r.degree()], lead)
		q.c[k] = f
		for i, c := range b.c {
			t := new(big.Rat).Mul(f, c)
			r.c[i+k].Sub(r.c[i+k], t)
		}
		r = r.trim()
	}
	return q.trim(), r
}

// integerCoeffs scales p to integer coefficients with no common factor.
func integerCoeffs(p poly) []*big.Int {
	l := big.NewInt(1)
	for _, c := range p.c {
		l = lcm(l, c.Denom())
	}
	out := make([]*big.Int, len(p.c))
	g := new(big.Int)
	for i, c := range p.c {
		v := new(big.Int).Mul(c.Num(), new(big.Int).Quo(l, c.Denom()))
		out[i] = v
		g.GCD(nil, nil, g, new(big.Int).Abs(v))
	}
	if g.Sign() > 0 {
		for _, v := range out {
			v.Quo(v, g)
		}
	}
	return out
}

// divisors lists the positive divisors of |n| when n is small enough.
func divisors(n *big.Int) []*big.Int {
	a := new(big.Int).Abs(n)
	if a.Sign() == 0 || a.BitLen() > 60 {
		return nil
	}
	v := a.Int64()
	var small, large []*big.Int
	for d := int64(1); d*d <= v; d++ {
		if d > 1<<20 {
			return nil
		}
		if v%d == 0 {
			small = append(small, big.NewInt(d))
			if d*d != v {
				large = append([]*big.Int{big.NewInt(v / d)}, large...)
			}
		}
	}
	return append(small, large...)
}

// rationalRoot finds one rational root p/q of the polynomial, if it has one.
func rationalRoot(p poly) (*big.Rat, bool) {
	if p.degree() < 1 {
		return nil, false
	}
	if p.c[0].Sign() == 0 {
		return new(big.Rat), true
	}
	ic := integerCoeffs(p)
	a0, an := ic[0], ic[len(ic)-1]
	limit := new(big.Int).Exp(big.NewInt(10), big.NewInt(maxCoeffDigits), nil)
	if new(big.Int).Abs(a0).Cmp(limit) > 0 || new(big.Int).Abs(an).Cmp(limit) > 0 {
		return nil, false
	}
	ps, qs := divisors(a0), divisors(an)
	if len(ps)*len(qs) > maxRootSearch {
		return nil, false
	}
	for _, q := range qs {
		for _, num := range ps {
			for _, sign := range []int64{1, -1} {
				r := new(big.Rat).SetFrac(new(big.Int).Mul(num, big.NewInt(sign)), q)
				if evalPoly(p, r).Sign() == 0 {
					return r, true
				}
			}
		}
	}
	return nil, false
}

func evalPoly(p poly, r *big.Rat) *big.Rat {
	v := new(big.Rat)
	for i := len(p.c) - 1; i >= 0; i-- {
		v.Mul(v, r)
		v.Add(v, p.c[i])
	}
	return v
}

// factorPoly factors n, a polynomial in one variable, into its content,
// linear factors from rational roots, and what remains:
// 5x^2 + 6x + 1 = (5x + 1)(x + 1). It returns nil when there is nothing
// to factor.
func factorPoly(n *node) *node {
	p, ok := toPoly(n)
	if !ok || p.degree() < 2 {
		return nil
	}
	x := symNode(p.x)
	var factors []*node
	for p.degree() >= 2 {
		r, ok := rationalRoot(p)
		if !ok {
			break
		}
		// The root p/q gives the factor q·x - p with integer coefficients.
		lin := poly{x: p.x, c: []*big.Rat{new(big.Rat).Neg(new(big.Rat).SetInt(r.Num())), new(big.Rat).SetInt(r.Denom())}}
		q, _ := divMod(p, lin)
		factors = append(factors, add(mul(numNode(lin.c[1]), x), numNode(lin.c[0])))
		p = q
	}
	if len(factors) == 0 {
		return nil
	}
	// Make the factors' leading coefficients positive and integer, and move
	// the numbers into one coefficient.
	rest := p.node()
	return mulKeep(append(factors, rest)...)
}

// cancelPoly divides the polynomial num by the polynomial den as often as
// it goes evenly, up to times. It returns the quotient and how often.
func cancelPoly(num, den *node, times int) (*node, int) {
	pn, ok1 := toPoly(num)
	pd, ok2 := toPoly(den)
	if !ok1 || !ok2 || pn.x != pd.x || pd.degree() < 1 {
		return num, 0
	}
	k := 0
	for k < times && pn.degree() >= pd.degree() {
		q, r := divMod(pn, pd)
		if r.degree() >= 0 {
			break
		}
		pn = q
		k++
	}
	if k == 0 {
		return num, 0
	}
	return pn.node(), k
}
