package calculus

import (
	"math/big"
	"sort"
)

// render turns a canonical (or textbook-arranged) node back into the tree a
// teacher writes: negative exponents become denominators, u^(1/2) becomes
// sqrt(u), e^u becomes exp(u), terms and factors appear in textbook order
// and minus signs are written as subtraction. The tree it builds is one that
// Parse produces from its String, so String round-trips.

// render writes n; sub-sums inside it are first put in their best form.
// The trees it returns share repeated parts, which is safe because
// expressions are never modified.
func (s *simplifier) render(n *node) Expr {
	if e, ok := s.shown[n.key]; ok {
		return e
	}
	e := s.renderNode(n)
	s.shown[n.key] = e
	return e
}

func (s *simplifier) renderNode(n *node) Expr {
	switch n.kind {
	case kNum:
		return Number(n.num)
	case kSym:
		return &Var{Name: n.name}
	case kConst:
		return &Const{Kind: n.cst}
	case kFn:
		return &Call{Fn: n.fn, Arg: s.render(s.best(n.args[0]))}
	case kAdd:
		return s.renderSum(n.args)
	case kMul:
		return s.renderProduct(n.args)
	case kPow:
		if e := n.args[1]; e.kind == kNum && e.num.Sign() < 0 {
			return s.renderProduct([]*node{n})
		}
		return s.renderPower(n.args[0], n.args[1])
	}
	return Int(0)
}

// renderPower writes b^e for an exponent that is not a negative number.
func (s *simplifier) renderPower(b, e *node) Expr {
	if b.kind == kConst && b.cst == ConstE && !e.isRat(1, 2) {
		return &Call{Fn: FuncExp, Arg: s.render(s.best(e))}
	}
	base := s.render(s.best(b)) // e^(1/2) is shown as sqrt(e), like sqrt(2)
	if e.isRat(1, 2) {
		return &Call{Fn: FuncSqrt, Arg: base}
	}
	return makePow(base, s.render(e))
}

// negate returns -e in the shape Parse gives "-" followed by e's String:
// the minus sign attaches to the first factor (-2x, -x*y, -2x/(x + 1)).
func negate(e Expr) Expr {
	switch e := e.(type) {
	case *Num:
		return Number(new(big.Rat).Neg(&e.r))
	case *Neg:
		return e.X
	case *Binary:
		if e.Op == OpMul || e.Op == OpDiv {
			return &Binary{Op: e.Op, X: negate(e.X), Y: e.Y}
		}
	}
	return &Neg{X: e}
}

// factorClass orders the factors of a product the way textbooks do:
// powers of numbers, pi, variables, e^u, functions, then sums: 2^x ln(2),
// 2pi x, x^2 e^x sin(x)(x + 1).
func factorClass(f *node) int {
	b, _ := baseExp(f)
	switch {
	case b.kind == kNum:
		return 0
	case b.kind == kConst && b.cst == ConstPi:
		return 1
	case b.kind == kSym:
		return 2
	case b.kind == kConst:
		return 3
	case b.kind == kFn:
		return 4
	}
	return 5
}

func sortFactors(fs []*node) {
	sort.SliceStable(fs, func(i, j int) bool {
		ci, cj := factorClass(fs[i]), factorClass(fs[j])
		if ci != cj {
			return ci < cj
		}
		return fs[i].key < fs[j].key
	})
}

// monomial describes a term c·x^a·y^b… with numeric exponents: its total
// degree and its exponent per variable. ok is false for other terms.
func monomial(t *node) (deg *big.Rat, exps map[string]*big.Rat, ok bool) {
	deg = new(big.Rat)
	exps = map[string]*big.Rat{}
	_, rest := splitCoeff(t)
	fs := []*node{rest}
	if rest.kind == kMul {
		fs = rest.args
	}
	for _, f := range fs {
		if f.isOne() {
			continue
		}
		b, e := baseExp(f)
		if b.kind != kSym || e.kind != kNum {
			return nil, nil, false
		}
		deg.Add(deg, e.num)
		exps[b.name] = e.num
	}
	return deg, exps, true
}

// sortTerms orders the terms of a sum: polynomial terms by falling degree
// (x^2 + 2xy + y^2), then other terms, then constants (ln(x) + 2).
func sortTerms(ts []*node) {
	type info struct {
		class int
		deg   *big.Rat
		exps  map[string]*big.Rat
	}
	infos := map[*node]info{}
	for _, t := range ts {
		vars := map[string]bool{}
		t.variables(vars)
		switch deg, exps, ok := monomial(t); {
		case len(vars) == 0:
			infos[t] = info{class: 2}
		case ok:
			infos[t] = info{class: 0, deg: deg, exps: exps}
		default:
			infos[t] = info{class: 1}
		}
	}
	sort.SliceStable(ts, func(i, j int) bool {
		a, b := infos[ts[i]], infos[ts[j]]
		if a.class != b.class {
			return a.class < b.class
		}
		if a.class == 0 {
			if c := a.deg.Cmp(b.deg); c != 0 {
				return c > 0
			}
			names := map[string]bool{}
			for n := range a.exps {
				names[n] = true
			}
			for n := range b.exps {
				names[n] = true
			}
			sorted := make([]string, 0, len(names))
			for n := range names {
				sorted = append(sorted, n)
			}
			sort.Strings(sorted)
			for _, n := range sorted {
				ea, eb := a.exps[n], b.exps[n]
				if ea == nil {
					ea = new(big.Rat)
				}
				if eb == nil {
					eb = new(big.Rat)
				}
				if c := ea.Cmp(eb); c != 0 {
					return c > 0
				}
			}
		}
		return ts[i].key < ts[j].key
	})
}

// renderSum writes a sum in textbook order, with subtraction for negative
// terms and a positive term first when there is one (1 - x^2, not -x^2 + 1).
func (s *simplifier) renderSum(terms []*node) Expr {
	ts := append([]*node(nil), terms...)
	sortTerms(ts)
	if looksNegative(ts[0]) {
		for i, t := range ts {
			if !looksNegative(t) {
				copy(ts[1:i+1], ts[:i])
				ts[0] = t
				break
			}
		}
	}
	acc := s.term(ts[0])
	for _, t := range ts[1:] {
		if looksNegative(t) {
			acc = &Binary{Op: OpSub, X: acc, Y: s.term(neg(t))}
		} else {
			acc = &Binary{Op: OpAdd, X: acc, Y: s.term(t)}
		}
	}
	return acc
}

// term renders one term of a sum, a product in its best arrangement.
func (s *simplifier) term(t *node) Expr {
	if t.kind == kMul {
		if b := s.best(t); b.kind != kAdd {
			return s.render(b)
		}
	}
	return s.render(t)
}

// renderProduct writes a product as one fraction: the coefficient's
// numerator and the factors with positive exponents over the coefficient's
// denominator and the factors with negative exponents.
func (s *simplifier) renderProduct(factors []*node) Expr {
	p := s.spliced(factors)
	coeff := big.NewRat(1, 1)
	var parts []*node
	switch {
	case p.kind == kNum:
		return Number(p.num)
	case p.kind == kMul:
		parts = p.args
	default:
		parts = []*node{p}
	}
	if parts[0].kind == kNum {
		coeff = parts[0].num
		parts = parts[1:]
	}
	var num, den []*node
	for _, f := range parts {
		if b, e := baseExp(f); e.kind == kNum && e.num.Sign() < 0 {
			den = append(den, pow(b, numNode(new(big.Rat).Neg(e.num))))
			continue
		}
		num = append(num, f)
	}
	sortFactors(num)
	sortFactors(den)
	top := s.chain(new(big.Int).Abs(coeff.Num()), num)
	if coeff.Sign() < 0 {
		top = negate(top)
	}
	if len(den) == 0 && coeff.IsInt() {
		return top
	}
	return makeDiv(top, s.chain(coeff.Denom(), den))
}

// spliced is the product of factors with every sum among them in its best
// form; a sum that is best written as a product or fraction joins the
// product, so that its pieces combine with the other factors.
func (s *simplifier) spliced(factors []*node) *node {
	var fs []*node
	for _, f := range factors {
		switch b, e := baseExp(f); {
		case f.kind == kAdd:
			if b := s.best(f); b.kind == kMul {
				fs = append(fs, b.args...)
				continue
			} else {
				f = b
			}
		case b.kind == kAdd && e.isInt():
			// (g·r)^n = g^n·r^n for whole n: 1/(x(1/x + 1)) = 1/(x + 1)
			if bb := s.best(b); bb.kind == kMul {
				for _, a := range bb.args {
					fs = append(fs, pow(a, e))
				}
				continue
			}
		}
		fs = append(fs, f)
	}
	return mulKeep(fs...)
}

// chain writes c·f1·f2… as a left-nested product, omitting a coefficient of 1.
func (s *simplifier) chain(c *big.Int, fs []*node) Expr {
	var acc Expr
	if c.Cmp(big.NewInt(1)) != 0 || len(fs) == 0 {
		acc = Number(new(big.Rat).SetInt(c))
	}
	for _, f := range fs {
		var x Expr
		if f.kind == kPow {
			x = s.renderPower(f.args[0], f.args[1])
		} else {
			x = s.render(f)
		}
		if acc == nil {
			acc = x
		} else {
			acc = &Binary{Op: OpMul, X: acc, Y: x}
		}
	}
	return acc
}
