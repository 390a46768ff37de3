package calculus

import "math/big"

// trigSimp rewrites n with the identities a textbook answer uses, applied
// everywhere in the tree:
//
//	sin(u)/cos(u) = tan(u)      cos(u)/sin(u) = cot(u)      sinh(u)/cosh(u) = tanh(u)
//	sin(u)cos(u) = sin(2u)/2    sinh(u)cosh(u) = sinh(2u)/2
//	cos(u)^2 + sin(u)^2 = 1     cos(u)^2 - sin(u)^2 = cos(2u)
//	cosh(u)^2 - sinh(u)^2 = 1   cosh(u)^2 + sinh(u)^2 = cosh(2u)
//
// Each is an identity for every real u where both sides are defined. The
// textbook pass measures the result and keeps it only if it is shorter.
func trigSimp(n *node) *node {
	switch n.kind {
	case kAdd:
		ts := make([]*node, len(n.args))
		for i, t := range n.args {
			ts[i] = trigSimp(t)
		}
		return pythagoras(add(ts...))
	case kMul:
		fs := make([]*node, len(n.args))
		for i, f := range n.args {
			fs[i] = trigSimp(f)
		}
		return trigRatios(mul(fs...))
	case kPow:
		return pow(trigSimp(n.args[0]), trigSimp(n.args[1]))
	case kFn:
		return fn(n.fn, trigSimp(n.args[0]))
	}
	return n
}

// trigPair is a pair of functions that an identity joins.
type trigPair struct{ a, b, ratio, double Func }

var trigPairs = []trigPair{
	{FuncSin, FuncCos, FuncTan, FuncSin},
	{FuncSinh, FuncCosh, FuncTanh, FuncSinh},
}

// trigRatios joins sin^k·cos^(-k) into tan^k (and cos^k·sin^(-k) into
// cot^k, sinh/cosh into tanh) and sin·cos into sin(2u)/2 in a product.
func trigRatios(n *node) *node {
	if n.kind != kMul {
		return n
	}
	for _, p := range trigPairs {
		for i, f := range n.args {
			fb, fe := baseExp(f)
			if fb.kind != kFn || fb.fn != p.a || fe.kind != kNum {
				continue
			}
			u := fb.args[0]
			for j, g := range n.args {
				gb, ge := baseExp(g)
				if j == i || gb.kind != kFn || gb.fn != p.b || gb.args[0].key != u.key || ge.kind != kNum {
					continue
				}
				rest := without(n.args, i, j)
				switch {
				case fe.num.Cmp(new(big.Rat).Neg(ge.num)) == 0 && (fe.num.Sign() > 0 || p.a != FuncSin):
					return trigRatios(mul(append(rest, pow(fn(p.ratio, u), fe))...)) // sin^k cos^-k = tan^k
				case fe.num.Cmp(new(big.Rat).Neg(ge.num)) == 0:
					return trigRatios(mul(append(rest, pow(fn(FuncCot, u), ge))...)) // cos^k sin^-k = cot^k
				case fe.isOne() && ge.isOne():
					return trigRatios(mul(append(rest, half, fn(p.double, mul(ratNode(2, 1), u)))...))
				}
			}
		}
	}
	return n
}

func without(fs []*node, i, j int) []*node {
	out := make([]*node, 0, len(fs))
	for k, f := range fs {
		if k != i && k != j {
			out = append(out, f)
		}
	}
	return out
}

// squareOf finds a factor fn(u)^2 in term t and returns u and the rest.
func squareOf(t *node, f Func) (u, rest *node, c *big.Rat, ok bool) {
	c, r := splitCoeff(t)
	fs := []*node{r}
	if r.kind == kMul {
		fs = r.args
	}
	for i, g := range fs {
		b, e := baseExp(g)
		if b.kind == kFn && b.fn == f && e.isRat(2, 1) {
			return b.args[0], mul(without(fs, i, -1)...), c, true
		}
	}
	return nil, nil, nil, false
}

// pythagoras applies the square identities to the terms of a sum.
func pythagoras(n *node) *node {
	if n.kind != kAdd {
		return n
	}
	type sq struct {
		a, b   Func // cos and sin, or cosh and sinh
		sum    func(u *node) *node
		differ func(u *node) *node
	}
	ids := []sq{
		{FuncCos, FuncSin, func(*node) *node { return one }, func(u *node) *node { return fn(FuncCos, mul(ratNode(2, 1), u)) }},
		{FuncCosh, FuncSinh, func(u *node) *node { return fn(FuncCosh, mul(ratNode(2, 1), u)) }, func(*node) *node { return one }},
	}
	for _, id := range ids {
		for i, t := range n.args {
			u, rest, c, ok := squareOf(t, id.a)
			if !ok {
				continue
			}
			for j, s := range n.args {
				if j == i {
					continue
				}
				v, rest2, c2, ok := squareOf(s, id.b)
				if !ok || v.key != u.key || rest2.key != rest.key {
					continue
				}
				var joined *node
				switch {
				case c.Cmp(c2) == 0:
					joined = id.sum(u)
				case c.Cmp(new(big.Rat).Neg(c2)) == 0:
					joined = id.differ(u)
				default:
					continue
				}
				others := without(n.args, i, j)
				return pythagoras(add(append(others, mul(numNode(c), rest, joined))...))
			}
		}
	}
	return n
}

// toSinCos writes tan, sec, csc and cot with sin and cos:
// tan(u) = sin(u)/cos(u), sec(u) = 1/cos(u), csc(u) = 1/sin(u), cot(u) = cos(u)/sin(u).
func toSinCos(n *node) *node {
	switch n.kind {
	case kAdd:
		ts := make([]*node, len(n.args))
		for i, t := range n.args {
			ts[i] = toSinCos(t)
		}
		return add(ts...)
	case kMul:
		fs := make([]*node, len(n.args))
		for i, f := range n.args {
			fs[i] = toSinCos(f)
		}
		return mul(fs...)
	case kPow:
		return pow(toSinCos(n.args[0]), toSinCos(n.args[1]))
	case kFn:
		u := toSinCos(n.args[0])
		switch n.fn {
		case FuncTan:
			return mul(fn(FuncSin, u), pow(fn(FuncCos, u), minusOne))
		case FuncSec:
			return pow(fn(FuncCos, u), minusOne)
		case FuncCsc:
			return pow(fn(FuncSin, u), minusOne)
		case FuncCot:
			return mul(fn(FuncCos, u), pow(fn(FuncSin, u), minusOne))
		}
		return fn(n.fn, u)
	}
	return n
}
