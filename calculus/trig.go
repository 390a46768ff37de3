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
	if n == nil {
		return nil
	}
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
			// Only whole powers: sin^(1/2)/cos is not tan^(1/2)·cos^(-1/2)
			// where cos < 0.
			fb, fe := baseExp(f)
			if fb.kind != kFn || fb.fn != p.a || !fe.isInt() {
				continue
			}
			u := fb.args[0]
			for j, g := range n.args {
				gb, ge := baseExp(g)
				if j == i || gb.kind != kFn || gb.fn != p.b || gb.args[0].key != u.key || !ge.isInt() {
					continue
				}
				rest := without(n.args, i, j)
				a, b := fe.num, ge.num
				switch {
				case a.Sign() > 0 && b.Sign() < 0:
					// sin^a cos^b = tan^m sin^(a-m) cos^(b+m) with m = min(a, -b)
					m := minRat(a, new(big.Rat).Neg(b))
					return trigRatios(mul(append(rest, pow(fn(p.ratio, u), numNode(m)),
						pow(fn(p.a, u), numNode(new(big.Rat).Sub(a, m))),
						pow(fn(p.b, u), numNode(new(big.Rat).Add(b, m))))...))
				case p.a == FuncSin && a.Sign() < 0 && b.Sign() > 0:
					// cos^b sin^a = cot^m …, m = min(b, -a)
					m := minRat(b, new(big.Rat).Neg(a))
					return trigRatios(mul(append(rest, pow(fn(FuncCot, u), numNode(m)),
						pow(fn(p.a, u), numNode(new(big.Rat).Add(a, m))),
						pow(fn(p.b, u), numNode(new(big.Rat).Sub(b, m))))...))
				case fe.isOne() && ge.isOne():
					return trigRatios(mul(append(rest, half, fn(p.double, mul(ratNode(2, 1), u)))...))
				}
			}
		}
	}
	// cos^-k = sec^k and sin^-k = csc^k.
	for i, f := range n.args {
		if b, e := baseExp(f); b.kind == kFn && (b.fn == FuncCos || b.fn == FuncSin) && e.isInt() && e.num.Sign() < 0 {
			r := FuncSec
			if b.fn == FuncSin {
				r = FuncCsc
			}
			return trigRatios(mul(append(without(n.args, i, -1), pow(fn(r, b.args[0]), neg(e)))...))
		}
	}
	return n
}

func minRat(a, b *big.Rat) *big.Rat {
	if a.Cmp(b) < 0 {
		return a
	}
	return b
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
	// A square next to the same rest with the opposite coefficient:
	// c·cos^2 - c = -c·sin^2, c·sin^2 - c = -c·cos^2, c·cosh^2 - c = c·sinh^2,
	// c·sinh^2 + c = c·cosh^2, c·tan^2 + c = c·sec^2, c·sec^2 - c = c·tan^2.
	type lone struct {
		f     Func
		sign  int // the other term's coefficient is sign·c
		to    Func
		scale int64
	}
	lones := []lone{{FuncCos, -1, FuncSin, -1}, {FuncSin, -1, FuncCos, -1}, {FuncCosh, -1, FuncSinh, 1},
		{FuncSinh, 1, FuncCosh, 1}, {FuncTan, 1, FuncSec, 1}, {FuncSec, -1, FuncTan, 1}}
	for _, l := range lones {
		for i, t := range n.args {
			u, rest, c, ok := squareOf(t, l.f)
			if !ok {
				continue
			}
			want := new(big.Rat).Mul(c, big.NewRat(int64(l.sign), 1))
			for j, o := range n.args {
				if j == i {
					continue
				}
				c2, rest2 := splitCoeff(o)
				if rest2.key != rest.key || c2.Cmp(want) != 0 {
					continue
				}
				joined := mul(numNode(new(big.Rat).Mul(c, big.NewRat(l.scale, 1))), rest, pow(fn(l.to, u), ratNode(2, 1)))
				return pythagoras(add(append(without(n.args, i, j), joined)...))
			}
		}
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
// It returns nil if the result would have more than maxBestSize nodes: tan
// and cot write their argument twice, so tan(tan(…tan(x)…)) doubles in size
// with every level.
func toSinCos(n *node) *node {
	if sinCosSize(n) > maxBestSize {
		return nil
	}
	return sinCos(n)
}

// sinCosSize is the number of nodes of sinCos(n) before canonical
// simplification, at most a little over maxBestSize.
func sinCosSize(n *node) int {
	s := 1
	for _, a := range n.args {
		s += sinCosSize(a)
		if s > maxBestSize {
			return s
		}
	}
	if n.kind == kFn {
		switch n.fn {
		case FuncTan, FuncCot: // sin(u)·cos(u)^(-1)
			s = 2*s + 3
		case FuncSec, FuncCsc: // cos(u)^(-1)
			s += 2
		}
	}
	return s
}

func sinCos(n *node) *node {
	switch n.kind {
	case kAdd:
		ts := make([]*node, len(n.args))
		for i, t := range n.args {
			ts[i] = sinCos(t)
		}
		return add(ts...)
	case kMul:
		fs := make([]*node, len(n.args))
		for i, f := range n.args {
			fs[i] = sinCos(f)
		}
		return mul(fs...)
	case kPow:
		return pow(sinCos(n.args[0]), sinCos(n.args[1]))
	case kFn:
		u := sinCos(n.args[0])
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

// squaresAsTan writes 1/cosh(u)^2 as 1 - tanh(u)^2 and sec(u)^2 as
// 1 + tan(u)^2, multiplied out, so that the constants join the other
// terms: 1/cosh(x)^2 + 1/2 becomes 3/2 - tanh(x)^2.
func squaresAsTan(n *node) *node {
	var walk func(n *node) *node
	walk = func(n *node) *node {
		switch n.kind {
		case kAdd, kMul:
			args := make([]*node, len(n.args))
			for i, a := range n.args {
				args[i] = walk(a)
			}
			if n.kind == kAdd {
				return add(args...)
			}
			return mul(args...)
		case kPow:
			b, e := n.args[0], n.args[1]
			if b.kind == kFn && e.isInt() {
				u := b.args[0]
				switch {
				case b.fn == FuncCosh && e.isRat(-2, 1):
					return sub(one, pow(fn(FuncTanh, u), ratNode(2, 1)))
				case b.fn == FuncSec && e.isRat(2, 1):
					return add(one, pow(fn(FuncTan, u), ratNode(2, 1)))
				}
			}
			return pow(walk(b), walk(e))
		case kFn:
			return fn(n.fn, walk(n.args[0]))
		}
		return n
	}
	if e := expand(walk(n)); e != nil {
		return e
	}
	return n
}
