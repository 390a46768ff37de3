package calculus

import "math/big"

// Each function's derivative rule sits here, next to its canonical
// simplifications, as micrograd keeps an operator's backward next to its
// forward. sqrt and exp never reach these tables: the canonical form writes
// them as the powers u^(1/2) and e^u.

// fnDeriv returns f'(u), the derivative of f with respect to its argument:
//
//	ln'(u)   = 1/u                  sin'(u)  = cos(u)
//	cos'(u)  = -sin(u)              tan'(u)  = sec(u)^2
//	sec'(u)  = sec(u) tan(u)        csc'(u)  = -csc(u) cot(u)
//	cot'(u)  = -csc(u)^2            asin'(u) = 1/sqrt(1 - u^2)
//	acos'(u) = -1/sqrt(1 - u^2)     atan'(u) = 1/(1 + u^2)
//	sinh'(u) = cosh(u)              cosh'(u) = sinh(u)
//	tanh'(u) = 1/cosh(u)^2          abs'(u)  = u/abs(u)   (u != 0)
func fnDeriv(f Func, u *node) *node {
	switch f {
	case FuncSqrt:
		return mul(half, pow(u, ratNode(-1, 2)))
	case FuncExp:
		return pow(nodeE, u)
	case FuncLn:
		return pow(u, minusOne)
	case FuncSin:
		return fn(FuncCos, u)
	case FuncCos:
		return neg(fn(FuncSin, u))
	case FuncTan:
		return pow(fn(FuncSec, u), ratNode(2, 1))
	case FuncSec:
		return mul(fn(FuncSec, u), fn(FuncTan, u))
	case FuncCsc:
		return neg(mul(fn(FuncCsc, u), fn(FuncCot, u)))
	case FuncCot:
		return neg(pow(fn(FuncCsc, u), ratNode(2, 1)))
	case FuncAsin:
		return pow(sub(one, pow(u, ratNode(2, 1))), ratNode(-1, 2))
	case FuncAcos:
		return neg(pow(sub(one, pow(u, ratNode(2, 1))), ratNode(-1, 2)))
	case FuncAtan:
		return pow(add(one, pow(u, ratNode(2, 1))), minusOne)
	case FuncSinh:
		return fn(FuncCosh, u)
	case FuncCosh:
		return fn(FuncSinh, u)
	case FuncTanh:
		return pow(fn(FuncCosh, u), ratNode(-2, 1))
	case FuncAbs:
		return mul(u, pow(fn(FuncAbs, u), minusOne))
	}
	return zero
}

// oddFuncs satisfy f(-u) = -f(u); evenFuncs satisfy f(-u) = f(u).
var (
	oddFuncs  = map[Func]bool{FuncSin: true, FuncTan: true, FuncCsc: true, FuncCot: true, FuncAsin: true, FuncAtan: true, FuncSinh: true, FuncTanh: true}
	evenFuncs = map[Func]bool{FuncCos: true, FuncSec: true, FuncCosh: true, FuncAbs: true}
)

// atZero is f(0) where it is a defined rational number.
var atZero = map[Func]int64{FuncSin: 0, FuncTan: 0, FuncAsin: 0, FuncAtan: 0, FuncSinh: 0, FuncTanh: 0,
	FuncCos: 1, FuncSec: 1, FuncCosh: 1, FuncAbs: 0}

// looksNegative reports whether u is written with a leading minus: -3, -2x,
// or a sum whose terms are all negative.
func looksNegative(u *node) bool {
	switch u.kind {
	case kNum:
		return u.num.Sign() < 0
	case kMul:
		return u.args[0].kind == kNum && u.args[0].num.Sign() < 0
	case kAdd:
		for _, t := range u.args {
			if !looksNegative(t) {
				return false
			}
		}
		return true
	}
	return false
}

// fn returns the canonical f(u).
func fn(f Func, u *node) *node {
	switch f {
	case FuncSqrt:
		return pow(u, half)
	case FuncExp:
		return pow(nodeE, u)
	case FuncLn:
		switch {
		case u.isOne():
			return zero
		case u.kind == kConst && u.cst == ConstE:
			return one
		case u.kind == kPow && u.args[0].kind == kConst && u.args[0].cst == ConstE:
			return u.args[1] // ln(e^v) = v for every real v
		}
		return rawFn(f, u)
	case FuncAbs:
		switch {
		case u.kind == kNum:
			return numNode(new(big.Rat).Abs(u.num))
		case u.kind == kFn && u.fn == FuncAbs, isPositive(u):
			return u
		case u.kind == kPow && isEvenInt(u.args[1]):
			return u // |x^2| = x^2 for real x
		case u.kind == kMul && u.args[0].kind == kNum:
			c := new(big.Rat).Abs(u.args[0].num)
			return mul(numNode(c), fn(FuncAbs, raw(kMul, u.args[1:]...).unwrap()))
		}
	}
	if looksNegative(u) {
		switch {
		case oddFuncs[f]:
			return neg(fn(f, neg(u)))
		case evenFuncs[f]:
			return fn(f, neg(u))
		}
	}
	if u.isZero() {
		if v, ok := atZero[f]; ok {
			return ratNode(v, 1)
		}
	}
	if u.isOne() {
		switch f {
		case FuncAcos:
			return zero
		case FuncAsin:
			return mul(half, constNode(ConstPi))
		case FuncAtan:
			return mul(ratNode(1, 4), constNode(ConstPi))
		}
	}
	return rawFn(f, u)
}
