package calculus

import "math/big"

// Expr is a node of an expression tree. The set of node types is closed:
// *Num, *Var, *Const, *Neg, *Binary and *Call, as in go/ast.
//
// String returns plain ASCII that Parse reads back into an equal tree, for
// every tree that Parse, Diff, DiffN, Simplify and Explain return. A tree
// built by hand may read back in the spelling Parse gives the same text:
// Pow(E(), u) as exp(u), Div(Int(1), Int(2)) and &Neg{X: Int(3)} as the
// numbers 1/2 and -3, and a Var whose name Parse would split (e1 is e·1).
// Pretty returns the same expression with Unicode (x², √x, π, ·) and LaTeX
// returns it as LaTeX source.
type Expr interface {
	String() string
	Pretty() string
	LaTeX() string
	exprNode()
}

// Num is an exact rational number. Parse produces it for literals: 3, 0.25
// (which is 1/4), a literal fraction such as 1/2, and a minus sign written
// directly before a number (-3).
type Num struct {
	r big.Rat
}

// Var is a variable such as x, y, t, w1 or x_2.
type Var struct {
	Name string
}

// Const is one of the named mathematical constants e and pi.
type Const struct {
	Kind ConstKind
}

// ConstKind names a mathematical constant.
type ConstKind int

// The constants the input language knows.
const (
	ConstE  ConstKind = iota // e = 2.71828…, the base of the natural logarithm
	ConstPi                  // pi = 3.14159…
)

// Neg is unary minus, -X.
type Neg struct {
	X Expr
}

// Binary is X Op Y for the five arithmetic operators.
type Binary struct {
	Op   Op
	X, Y Expr
}

// Call is a function applied to one argument, Fn(Arg).
// e^u is represented as Call{Fn: FuncExp, Arg: u}.
type Call struct {
	Fn  Func
	Arg Expr
}

func (*Num) exprNode()    {}
func (*Var) exprNode()    {}
func (*Const) exprNode()  {}
func (*Neg) exprNode()    {}
func (*Binary) exprNode() {}
func (*Call) exprNode()   {}

// Rat returns the value of n as a new big.Rat.
func (n *Num) Rat() *big.Rat { return new(big.Rat).Set(&n.r) }

// Number returns the exact rational r as an expression.
func Number(r *big.Rat) *Num {
	n := &Num{}
	n.r.Set(r)
	return n
}

// Int returns the integer v as an expression.
func Int(v int64) *Num {
	n := &Num{}
	n.r.SetInt64(v)
	return n
}

// Rational returns p/q as an expression. It returns nil if q is 0.
func Rational(p, q int64) *Num {
	if q == 0 {
		return nil
	}
	n := &Num{}
	n.r.SetFrac64(p, q)
	return n
}

// Variable returns the variable named name.
func Variable(name string) *Var { return &Var{Name: name} }

// E is Euler's number e.
func E() *Const { return &Const{Kind: ConstE} }

// Pi is the constant pi.
func Pi() *Const { return &Const{Kind: ConstPi} }

// Add returns x + y.
func Add(x, y Expr) *Binary { return &Binary{Op: OpAdd, X: x, Y: y} }

// Sub returns x - y.
func Sub(x, y Expr) *Binary { return &Binary{Op: OpSub, X: x, Y: y} }

// Mul returns x * y.
func Mul(x, y Expr) *Binary { return &Binary{Op: OpMul, X: x, Y: y} }

// Div returns x / y.
func Div(x, y Expr) *Binary { return &Binary{Op: OpDiv, X: x, Y: y} }

// Pow returns x ^ y.
func Pow(x, y Expr) *Binary { return &Binary{Op: OpPow, X: x, Y: y} }

// Apply returns fn(arg).
func Apply(fn Func, arg Expr) *Call { return &Call{Fn: fn, Arg: arg} }
