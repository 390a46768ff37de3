package calculus

import (
	"fmt"
	"sort"
)

// MaxOrder is the highest order DiffN computes, and MaxNodes the largest
// intermediate derivative, in tree nodes, it keeps working on.
const (
	MaxOrder = 32
	MaxNodes = 200000
)

// maxProductTerms is the number of factors depending on x above which a
// product is differentiated logarithmically.
const maxProductTerms = 32

func countDependent(ns []*node, x string) int {
	k := 0
	for _, n := range ns {
		if n.dependsOn(x) {
			k++
		}
	}
	return k
}

// Diff returns d/dx of e, simplified (see Simplify). Variables other than x
// are held constant, so Diff(e, "y") is the partial derivative ∂e/∂y.
//
// The rules, applied to the canonical form in which a - b = a + (-1)b,
// a/b = a·b^(-1), sqrt(a) = a^(1/2) and e^a is a power of e:
//
//	constant      (c)' = 0                x' = 1
//	sum           (u + v)' = u' + v'
//	product       (u·v·w)' = u'·v·w + u·v'·w + u·v·w'
//	power         (u^c)' = c·u^(c-1)·u'                 c constant
//	exponential   (c^u)' = c^u·ln(c)·u'                 so (e^u)' = e^u·u'
//	general power (u^v)' = u^v·(v'·ln(u) + v·u'/u)
//	chain         (f(u))' = f'(u)·u'                    f' from the table in funcs.go
//
// A nil e has derivative 0. Diff never panics and its work is bounded by the
// input limits of Parse.
func Diff(e Expr, x string) Expr {
	if e == nil {
		return Int(0)
	}
	return textbook(deriv(canon(e), x))
}

// deriv returns d/dx of n in canonical form.
func deriv(n *node, x string) *node {
	if !n.dependsOn(x) {
		return zero
	}
	switch n.kind {
	case kSym:
		return one
	case kAdd:
		ds := make([]*node, len(n.args))
		for i, t := range n.args {
			ds[i] = deriv(t, x)
		}
		return add(ds...)
	case kMul:
		if countDependent(n.args, x) > maxProductTerms {
			// (f1·f2·…·fn)' = f1·f2·…·fn·(f1'/f1 + … + fn'/fn), which stays
			// linear in n where the n-term product rule would be quadratic.
			var sum []*node
			for _, f := range n.args {
				if f.dependsOn(x) {
					sum = append(sum, mul(deriv(f, x), pow(f, minusOne)))
				}
			}
			return mul(n, add(sum...))
		}
		var terms []*node
		for i, f := range n.args {
			if !f.dependsOn(x) {
				continue
			}
			fs := make([]*node, 0, len(n.args))
			fs = append(fs, n.args[:i]...)
			fs = append(fs, n.args[i+1:]...)
			fs = append(fs, deriv(f, x))
			terms = append(terms, mul(fs...))
		}
		return add(terms...)
	case kPow:
		b, p := n.args[0], n.args[1]
		switch {
		case !p.dependsOn(x):
			return mul(p, pow(b, add(p, minusOne)), deriv(b, x))
		case b.isZero():
			return zero // 0^u is 0 wherever it is defined
		case !b.dependsOn(x):
			return mul(n, fn(FuncLn, b), deriv(p, x))
		default:
			return mul(n, add(
				mul(deriv(p, x), fn(FuncLn, b)),
				mul(p, deriv(b, x), pow(b, minusOne))))
		}
	case kFn:
		u := n.args[0]
		return mul(fnDeriv(n.fn, u), deriv(u, x))
	}
	return zero
}

// DiffN returns the n-th derivative d^n e/dx^n, simplified; DiffN(e, x, 0)
// is Simplify(e). It returns an error if n is negative or above MaxOrder, or
// if an intermediate derivative grows beyond MaxNodes nodes.
func DiffN(e Expr, x string, n int) (Expr, error) {
	if n < 0 {
		return nil, fmt.Errorf("calculus: derivative order %d is negative; use 0 or more", n)
	}
	if n > MaxOrder {
		return nil, fmt.Errorf("calculus: derivative order %d is above the limit %d", n, MaxOrder)
	}
	if e == nil {
		return Int(0), nil
	}
	d := canon(e)
	for i := 1; i <= n; i++ {
		d = deriv(d, x)
		if d.size > MaxNodes {
			return nil, fmt.Errorf("calculus: the derivative of order %d with respect to %s has more than %d nodes (MaxNodes); ask for a lower order", i, x, MaxNodes)
		}
	}
	return textbook(d), nil
}

// Gradient returns the variables of e in sorted order and, for each, the
// partial derivative of e with respect to it: ∇e = (∂e/∂v₁, …, ∂e/∂vₙ).
// An expression without variables has an empty gradient.
func Gradient(e Expr) ([]string, []Expr) {
	vars := Variables(e)
	sort.Strings(vars)
	parts := make([]Expr, len(vars))
	for i, v := range vars {
		parts[i] = Diff(e, v)
	}
	return vars, parts
}
