package calculus

import (
	"math/big"
	"sort"
	"strings"
)

// This file holds the canonical form the simplifier and Diff work in. It is
// the representation SymPy uses: a sum is an n-ary Add of terms, a product an
// n-ary Mul of an exact big.Rat coefficient and powers, a root is a power
// with a fractional exponent and e^u is a power of the constant e. The
// constructors add, mul, pow and fn keep every node canonical:
//
//	add: nested sums flattened, numbers summed, like terms collected
//	     (3x + 2x = 5x), terms in a fixed order
//	mul: nested products flattened, numbers multiplied into one coefficient,
//	     powers of equal bases combined (x^a x^b = x^(a+b), x^2/|x| = |x|),
//	     factors in a fixed order; a number times a sum is distributed,
//	     2(x+1) = 2x + 2
//	pow: x^0 = 1 (but 0^0 stays), x^1 = x, exact powers of numbers, |u|^2 = u^2,
//	     (xy)^n = x^n y^n for whole n, and (x^a)^b = x^(ab) only where that
//	     holds for every real x (never (x^2)^(1/2) = x)
//	fn:  exact values (sin(0) = 0, ln(1) = 0), odd and even symmetry
//	     (sin(-u) = -sin(u)), ln(e^u) = u and e^(ln u) = u
//
// Every rewrite is an identity wherever the original expression is defined;
// some (x/x = 1) extend the domain, as in every computer algebra system.

type kind uint8

const (
	kNum kind = iota
	kSym
	kConst
	kAdd
	kMul
	kPow
	kFn
)

// node is an immutable canonical expression. key is a unique spelling of the
// tree; equal keys mean equal trees, and keys order the arguments.
type node struct {
	kind kind
	num  *big.Rat // kNum; never modified after construction
	name string   // kSym
	cst  ConstKind
	fn   Func
	args []*node // kAdd terms, kMul factors, kPow {base, exponent}, kFn {argument}
	key  string
	size int // number of nodes in the tree
}

var (
	zero     = numNode(big.NewRat(0, 1))
	one      = numNode(big.NewRat(1, 1))
	minusOne = numNode(big.NewRat(-1, 1))
	half     = numNode(big.NewRat(1, 2))
	nodeE    = constNode(ConstE)
)

func numNode(r *big.Rat) *node {
	return &node{kind: kNum, num: r, key: "#" + r.RatString(), size: 1}
}

func ratNode(p, q int64) *node { return numNode(big.NewRat(p, q)) }

func symNode(name string) *node {
	return &node{kind: kSym, name: name, key: "$" + name, size: 1}
}

func constNode(k ConstKind) *node {
	return &node{kind: kConst, cst: k, key: "@" + k.String(), size: 1}
}

// raw builds a node of kind k from args without simplifying them; the
// constructors below and the textbook pass use it once args are final.
func raw(k kind, args ...*node) *node {
	n := &node{kind: k, args: args, size: 1}
	var b strings.Builder
	switch k {
	case kAdd:
		b.WriteString("+(")
	case kMul:
		b.WriteString("*(")
	case kPow:
		b.WriteString("^(")
	}
	for i, a := range args {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(a.key)
		n.size += a.size
	}
	b.WriteByte(')')
	n.key = b.String()
	return n
}

func rawFn(f Func, arg *node) *node {
	return &node{kind: kFn, fn: f, args: []*node{arg}, key: f.String() + "(" + arg.key + ")", size: 1 + arg.size}
}

func (n *node) isNum() bool { return n.kind == kNum }

func (n *node) isZero() bool { return n.kind == kNum && n.num.Sign() == 0 }

func (n *node) isOne() bool { return n.kind == kNum && n.num.Cmp(one.num) == 0 }

func (n *node) isInt() bool { return n.kind == kNum && n.num.IsInt() }

// isRat reports whether n is the number p/q.
func (n *node) isRat(p, q int64) bool { return n.kind == kNum && n.num.Cmp(big.NewRat(p, q)) == 0 }

// splitCoeff writes a term as coefficient × rest: 3x^2 is (3, x^2).
func splitCoeff(t *node) (*big.Rat, *node) {
	switch {
	case t.kind == kNum:
		return t.num, one
	case t.kind == kMul && t.args[0].kind == kNum:
		if len(t.args) == 2 {
			return t.args[0].num, t.args[1]
		}
		return t.args[0].num, raw(kMul, t.args[1:]...)
	}
	return big.NewRat(1, 1), t
}

// withCoeff is c × rest for a rest that splitCoeff produced.
func withCoeff(c *big.Rat, rest *node) *node {
	switch {
	case c.Sign() == 0:
		return zero
	case rest.isOne():
		return numNode(c)
	case c.Cmp(one.num) == 0:
		return rest
	case rest.kind == kMul:
		return raw(kMul, append([]*node{numNode(c)}, rest.args...)...)
	}
	return raw(kMul, numNode(c), rest)
}

func sortNodes(ns []*node) {
	sort.SliceStable(ns, func(i, j int) bool { return ns[i].key < ns[j].key })
}

// add returns the canonical sum of terms.
func add(terms ...*node) *node {
	sum := new(big.Rat)
	coeffs := map[string]*big.Rat{}
	rests := map[string]*node{}
	var order []string
	var walk func(ts []*node)
	walk = func(ts []*node) {
		for _, t := range ts {
			if t.kind == kAdd {
				walk(t.args)
				continue
			}
			if t.kind == kNum {
				sum.Add(sum, t.num)
				continue
			}
			c, rest := splitCoeff(t)
			if old, ok := coeffs[rest.key]; ok {
				old.Add(old, c)
				continue
			}
			coeffs[rest.key] = new(big.Rat).Set(c)
			rests[rest.key] = rest
			order = append(order, rest.key)
		}
	}
	walk(terms)
	var out []*node
	if sum.Sign() != 0 {
		out = append(out, numNode(sum))
	}
	for _, k := range order {
		if coeffs[k].Sign() != 0 {
			out = append(out, withCoeff(coeffs[k], rests[k]))
		}
	}
	switch len(out) {
	case 0:
		return zero
	case 1:
		return out[0]
	}
	sortNodes(out)
	return raw(kAdd, out...)
}

// neg returns -n.
func neg(n *node) *node { return mul(minusOne, n) }

// sub returns a - b.
func sub(a, b *node) *node { return add(a, neg(b)) }

// baseExp writes a factor as base^exponent: x is x^1.
func baseExp(f *node) (*node, *node) {
	if f.kind == kPow {
		return f.args[0], f.args[1]
	}
	return f, one
}

// mul returns the canonical product of factors.
func mul(factors ...*node) *node { return mulDepth(0, factors, true) }

// mulKeep is mul without distributing a number over a sum; the textbook
// pass uses it to keep factored forms such as (1/2)(ln(x) + 2).
func mulKeep(factors ...*node) *node { return mulDepth(0, factors, false) }

func mulDepth(depth int, factors []*node, distribute bool) *node {
	coeff := big.NewRat(1, 1)
	exps := map[string][]*node{}
	bases := map[string]*node{}
	var order []string
	var walk func(fs []*node) bool
	walk = func(fs []*node) bool {
		for _, f := range fs {
			switch {
			case f.kind == kMul:
				if !walk(f.args) {
					return false
				}
			case f.kind == kNum:
				if f.num.Sign() == 0 {
					return false
				}
				coeff.Mul(coeff, f.num)
			default:
				b, e := baseExp(f)
				if _, ok := bases[b.key]; !ok {
					bases[b.key] = b
					order = append(order, b.key)
				}
				exps[b.key] = append(exps[b.key], e)
			}
		}
		return true
	}
	if !walk(factors) {
		return zero
	}
	// For real u, u^(2k) = |u|^(2k): move an even power of u onto |u| when
	// both occur, so x^2/|x| = |x|.
	for _, k := range order {
		b := bases[k]
		if b.kind != kFn || b.fn != FuncAbs {
			continue
		}
		u := b.args[0]
		if es, ok := exps[u.key]; ok && len(es) > 0 {
			if sum := add(es...); isEvenInt(sum) {
				exps[k] = append(exps[k], sum)
				exps[u.key] = []*node{zero}
			}
		}
	}
	var out []*node
	again := false
	for _, k := range order {
		p := pow(bases[k], add(exps[k]...))
		switch p.kind {
		case kNum:
			coeff.Mul(coeff, p.num)
		case kMul:
			again = true
			out = append(out, p)
		default:
			out = append(out, p)
		}
	}
	if coeff.Sign() == 0 {
		return zero
	}
	if again && depth < 8 {
		return mulDepth(depth+1, append(out, numNode(coeff)), distribute)
	}
	switch {
	case len(out) == 0:
		return numNode(coeff)
	case len(out) == 1 && coeff.Cmp(one.num) == 0:
		return out[0]
	case len(out) == 1 && out[0].kind == kAdd && distribute:
		// SymPy's rule: a number times a sum is distributed, 2(x+1) = 2x + 2.
		ts := make([]*node, len(out[0].args))
		for i, t := range out[0].args {
			ts[i] = mul(numNode(coeff), t)
		}
		return add(ts...)
	}
	sortNodes(out)
	if coeff.Cmp(one.num) != 0 {
		out = append([]*node{numNode(coeff)}, out...)
	}
	return raw(kMul, out...)
}

// isEvenInt reports whether n is an even integer.
func isEvenInt(n *node) bool {
	return n.isInt() && new(big.Int).And(n.num.Num(), big.NewInt(1)).Sign() == 0
}

// isPositive reports whether n is positive wherever it is defined.
func isPositive(n *node) bool {
	switch n.kind {
	case kNum:
		return n.num.Sign() > 0
	case kConst:
		return true
	case kPow:
		return n.args[0].kind == kConst && n.args[0].cst == ConstE || isPositive(n.args[0])
	}
	return false
}

// pow returns the canonical base^exp.
func pow(base, exp *node) *node {
	switch {
	case exp.isZero():
		if base.isZero() {
			return raw(kPow, base, exp) // 0^0 is undefined, not 1
		}
		return one
	case exp.isOne():
		return base
	case base.isOne():
		return one
	case base.isZero():
		if exp.isNum() && exp.num.Sign() > 0 {
			return zero
		}
		return raw(kPow, base, exp)
	case base.kind == kNum && exp.kind == kNum:
		if r := ratPow(base.num, exp.num); r != nil {
			return numNode(r)
		}
		return raw(kPow, base, exp)
	case base.kind == kPow:
		b, a := base.args[0], base.args[1]
		// (b^a)^exp = b^(a·exp) holds for every real b when exp is whole, when
		// b is positive, and when a is a number that is not an even integer
		// (then b^a is defined only where b >= 0, or a is odd). It fails for
		// (x^2)^(1/2) = |x|, so that case stays as it is.
		if exp.isInt() || isPositive(b) || a.isNum() && !isEvenInt(a) {
			return pow(b, mul(a, exp))
		}
	case base.kind == kMul:
		if exp.isInt() {
			fs := make([]*node, len(base.args))
			for i, f := range base.args {
				fs[i] = pow(f, exp)
			}
			return mul(fs...)
		}
		if base.args[0].kind == kNum && base.args[0].num.Sign() > 0 {
			// (4x)^(1/2) = 2 x^(1/2) when the number's power is exact.
			if c := pow(base.args[0], exp); c.kind == kNum {
				return mul(c, pow(raw(kMul, base.args[1:]...).unwrap(), exp))
			}
		}
	case base.kind == kFn && base.fn == FuncAbs && isEvenInt(exp):
		return pow(base.args[0], exp) // |u|^2 = u^2 for real u
	case base.kind == kConst && base.cst == ConstE:
		// e^(ln u) = u and e^(n ln u) = u^n.
		if exp.kind == kFn && exp.fn == FuncLn {
			return exp.args[0]
		}
		if exp.kind == kMul && len(exp.args) == 2 && exp.args[0].kind == kNum &&
			exp.args[1].kind == kFn && exp.args[1].fn == FuncLn {
			return pow(exp.args[1].args[0], exp.args[0])
		}
	}
	return raw(kPow, base, exp)
}

// unwrap turns a one-factor product into that factor.
func (n *node) unwrap() *node {
	if n.kind == kMul && len(n.args) == 1 {
		return n.args[0]
	}
	return n
}

// Bounds on exact arithmetic: a power of a number is computed only when the
// result stays small, so 2^99999999 stays as it is written.
const maxExactBits = 4096

// ratPow returns b^e exactly, or nil when the result is not a rational
// number, is undefined, or would be too large.
func ratPow(b, e *big.Rat) *big.Rat {
	if b.Sign() == 0 {
		if e.Sign() > 0 {
			return new(big.Rat)
		}
		return nil
	}
	p, q := e.Num(), e.Denom()
	if !q.IsInt64() || q.Int64() > 64 || !p.IsInt64() {
		return nil
	}
	num, den := new(big.Int).Set(b.Num()), new(big.Int).Set(b.Denom())
	if q.Int64() > 1 {
		if b.Sign() < 0 {
			return nil // (-8)^(1/3) is not real in chalk's principal-value arithmetic
		}
		rn, ok1 := intRoot(num, q.Int64())
		rd, ok2 := intRoot(den, q.Int64())
		if !ok1 || !ok2 {
			return nil
		}
		num, den = rn, rd
	}
	k := p.Int64()
	if k < 0 {
		num, den = den, num
		k = -k
		if num.Sign() < 0 {
			num.Neg(num)
			den.Neg(den)
		}
	}
	if k > maxExactBits || int64(num.BitLen()+den.BitLen())*k > maxExactBits { // first test avoids overflow
		return nil
	}
	num.Exp(num, big.NewInt(k), nil)
	den.Exp(den, big.NewInt(k), nil)
	return new(big.Rat).SetFrac(num, den)
}

// intRoot returns the exact k-th root of a non-negative integer, if any.
func intRoot(a *big.Int, k int64) (*big.Int, bool) {
	if a.Sign() == 0 || a.Cmp(big.NewInt(1)) == 0 {
		return new(big.Int).Set(a), true
	}
	if a.BitLen() > maxExactBits {
		return nil, false
	}
	// Binary search on the root.
	lo, hi := big.NewInt(1), new(big.Int).Lsh(big.NewInt(1), uint(a.BitLen()/int(k)+1))
	bk := big.NewInt(k)
	for lo.Cmp(hi) <= 0 {
		mid := new(big.Int).Add(lo, hi)
		mid.Rsh(mid, 1)
		v := new(big.Int).Exp(mid, bk, nil)
		switch v.Cmp(a) {
		case 0:
			return mid, true
		case -1:
			lo = mid.Add(mid, big.NewInt(1))
		default:
			hi = mid.Sub(mid, big.NewInt(1))
		}
	}
	return nil, false
}
