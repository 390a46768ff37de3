package calculus

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

// deepExpand multiplies out sums everywhere, also inside function
// arguments and bases, so that x - x(1 + pi) + pi x becomes 0 wherever it
// sits. It returns nil when a part would be too large.
func deepExpand(n *node) *node {
	switch n.kind {
	case kAdd, kMul:
		args := make([]*node, len(n.args))
		for i, a := range n.args {
			if args[i] = deepExpand(a); args[i] == nil {
				return nil
			}
		}
		if n.kind == kAdd {
			return expand(add(args...))
		}
		return expand(mul(args...))
	case kPow:
		b, e := deepExpand(n.args[0]), deepExpand(n.args[1])
		if b == nil || e == nil {
			return nil
		}
		return expand(pow(b, e))
	case kFn:
		a := deepExpand(n.args[0])
		if a == nil {
			return nil
		}
		return fn(n.fn, a)
	}
	return n
}
