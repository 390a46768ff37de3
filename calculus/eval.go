package calculus

import (
	"fmt"
	"math"
	"strconv"
)

// EvalErrorKind says why an evaluation failed.
type EvalErrorKind int

// The reasons Eval fails.
const (
	UnknownVariable EvalErrorKind = iota // a variable has no value in the map
	DomainError                          // ln(-1), sqrt(-4), asin(2), (-8)^(1/3), 0^0
	DivisionByZero                       // 1/0, 0^(-1), sec(pi/2) when cos is exactly 0
	NotANumber                           // an intermediate result is NaN, e.g. Inf - Inf
)

// EvalError reports why Eval could not produce a real number. Expr is the
// subexpression where it failed.
type EvalError struct {
	Kind EvalErrorKind
	Expr Expr
	Msg  string
}

// Error reads like "calculus: ln(x) is undefined at ln(-1): ln needs a positive argument".
func (e *EvalError) Error() string { return "calculus: " + e.Msg }

// Eval computes e in float64 arithmetic with the variables set from vars.
// It works over the real numbers and never returns NaN: it returns an
// *EvalError for an unknown variable, a value outside a function's domain
// (ln and sqrt of negatives, asin and acos outside [-1, 1], a negative base
// to a non-integer power, 0^0), a division by zero, or a NaN produced by
// overflowing arithmetic. An overflow alone gives ±Inf with no error, as
// math.Exp does.
func Eval(e Expr, vars map[string]float64) (float64, error) {
	v, err := eval(e, vars)
	if err != nil {
		return 0, err
	}
	return v, nil
}

func num(v float64) string { return strconv.FormatFloat(v, 'g', 6, 64) }

func eval(e Expr, vars map[string]float64) (float64, *EvalError) {
	var v float64
	switch e := e.(type) {
	case nil:
		return 0, &EvalError{Kind: NotANumber, Msg: "cannot evaluate a nil expression"}
	case *Num:
		v, _ = e.r.Float64()
	case *Var:
		x, ok := vars[e.Name]
		if !ok {
			return 0, &EvalError{Kind: UnknownVariable, Expr: e,
				Msg: fmt.Sprintf("unknown variable %s: give it a value", e.Name)}
		}
		v = x
	case *Const:
		v = math.E
		if e.Kind == ConstPi {
			v = math.Pi
		}
	case *Neg:
		x, err := eval(e.X, vars)
		if err != nil {
			return 0, err
		}
		v = -x
	case *Binary:
		x, err := eval(e.X, vars)
		if err != nil {
			return 0, err
		}
		y, err := eval(e.Y, vars)
		if err != nil {
			return 0, err
		}
		v, err = evalBinary(e, x, y)
		if err != nil {
			return 0, err
		}
	case *Call:
		x, err := eval(e.Arg, vars)
		if err != nil {
			return 0, err
		}
		v, err = evalCall(e, x)
		if err != nil {
			return 0, err
		}
	}
	if math.IsNaN(v) {
		return 0, &EvalError{Kind: NotANumber, Expr: e, Msg: fmt.Sprintf("%s is not a number here", e)}
	}
	return v, nil
}

func evalBinary(e *Binary, x, y float64) (float64, *EvalError) {
	switch e.Op {
	case OpAdd:
		return x + y, nil
	case OpSub:
		return x - y, nil
	case OpMul:
		return x * y, nil
	case OpDiv:
		if y == 0 {
			return 0, &EvalError{Kind: DivisionByZero, Expr: e,
				Msg: fmt.Sprintf("division by zero in %s", e)}
		}
		return x / y, nil
	case OpPow:
		return evalPow(e, x, y)
	}
	return 0, &EvalError{Kind: NotANumber, Expr: e, Msg: "unknown operator"}
}

// evalPow is x^y over the reals: a negative base needs a whole exponent, and
// 0^0 is undefined rather than silently 1.
func evalPow(e Expr, x, y float64) (float64, *EvalError) {
	switch {
	case x == 0 && y == 0:
		return 0, &EvalError{Kind: DomainError, Expr: e, Msg: fmt.Sprintf("0^0 is undefined in %s", e)}
	case x == 0 && y < 0:
		return 0, &EvalError{Kind: DivisionByZero, Expr: e,
			Msg: fmt.Sprintf("division by zero: 0 to the power %s in %s", num(y), e)}
	case x < 0 && y != math.Trunc(y):
		return 0, &EvalError{Kind: DomainError, Expr: e, Msg: fmt.Sprintf(
			"%s is not a real number at (%s)^%s: a negative base needs a whole exponent", e, num(x), num(y))}
	}
	return math.Pow(x, y), nil
}

func domain(e *Call, x float64, need string) *EvalError {
	return &EvalError{Kind: DomainError, Expr: e, Msg: fmt.Sprintf(
		"%s is undefined at %s(%s): %s needs %s", e, e.Fn, num(x), e.Fn, need)}
}

func divZero(e *Call, x float64) *EvalError {
	return &EvalError{Kind: DivisionByZero, Expr: e, Msg: fmt.Sprintf(
		"%s is undefined at %s(%s): division by zero", e, e.Fn, num(x))}
}

func evalCall(e *Call, x float64) (float64, *EvalError) {
	switch e.Fn {
	case FuncSqrt:
		if x < 0 {
			return 0, domain(e, x, "a non-negative argument")
		}
		return math.Sqrt(x), nil
	case FuncExp:
		return math.Exp(x), nil
	case FuncLn:
		if x <= 0 {
			return 0, domain(e, x, "a positive argument")
		}
		return math.Log(x), nil
	case FuncSin:
		return math.Sin(x), nil
	case FuncCos:
		return math.Cos(x), nil
	case FuncTan:
		if math.Cos(x) == 0 {
			return 0, divZero(e, x)
		}
		return math.Tan(x), nil
	case FuncSec:
		if c := math.Cos(x); c != 0 {
			return 1 / c, nil
		}
		return 0, divZero(e, x)
	case FuncCsc:
		if s := math.Sin(x); s != 0 {
			return 1 / s, nil
		}
		return 0, divZero(e, x)
	case FuncCot:
		if s := math.Sin(x); s != 0 {
			return math.Cos(x) / s, nil
		}
		return 0, divZero(e, x)
	case FuncAsin:
		if x < -1 || x > 1 {
			return 0, domain(e, x, "an argument in [-1, 1]")
		}
		return math.Asin(x), nil
	case FuncAcos:
		if x < -1 || x > 1 {
			return 0, domain(e, x, "an argument in [-1, 1]")
		}
		return math.Acos(x), nil
	case FuncAtan:
		return math.Atan(x), nil
	case FuncSinh:
		return math.Sinh(x), nil
	case FuncCosh:
		return math.Cosh(x), nil
	case FuncTanh:
		return math.Tanh(x), nil
	case FuncAbs:
		return math.Abs(x), nil
	}
	return 0, &EvalError{Kind: NotANumber, Expr: e, Msg: "unknown function"}
}
