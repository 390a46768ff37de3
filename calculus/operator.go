package calculus

// Op is one of the binary operators + - * / ^.
type Op int

// The binary operators.
const (
	OpAdd Op = iota // x + y
	OpSub           // x - y
	OpMul           // x * y, also written 5x, x y, 3(x+1)
	OpDiv           // x / y
	OpPow           // x ^ y, right-associative: x^y^z = x^(y^z)
)

// Precedence levels, loosest first. Unary minus sits between the products and
// the powers, so -x^2 = -(x^2) and -2x = (-2)x, as in Python and in textbooks.
const (
	precSum     = 1 // + -
	precProduct = 2 // * / and implicit multiplication
	precUnary   = 3 // unary -
	precPower   = 4 // ^
	precAtom    = 5 // numbers, variables, constants, calls, parentheses
)

// operator is one row of the operator table: the parser and the printer read
// the same table, so what one accepts the other prints.
type operator struct {
	symbol     string
	prec       int
	rightAssoc bool
}

var operators = [...]operator{
	OpAdd: {"+", precSum, false},
	OpSub: {"-", precSum, false},
	OpMul: {"*", precProduct, false},
	OpDiv: {"/", precProduct, false},
	OpPow: {"^", precPower, true},
}

// String returns the operator's ASCII symbol.
func (op Op) String() string {
	if op < 0 || int(op) >= len(operators) {
		return "?"
	}
	return operators[op].symbol
}

// Func is one of the functions of the input language.
type Func int

// The functions. log is read as the natural logarithm, as in SymPy and NumPy.
const (
	FuncSqrt Func = iota // square root, sqrt(x) = x^(1/2)
	FuncExp              // e^x
	FuncLn               // natural logarithm (also written log)
	FuncSin
	FuncCos
	FuncTan
	FuncSec // 1/cos
	FuncCsc // 1/sin
	FuncCot // cos/sin
	FuncAsin
	FuncAcos
	FuncAtan
	FuncSinh
	FuncCosh
	FuncTanh
	FuncAbs // absolute value |x|
	numFuncs
)

var funcNames = [numFuncs]string{
	FuncSqrt: "sqrt", FuncExp: "exp", FuncLn: "ln",
	FuncSin: "sin", FuncCos: "cos", FuncTan: "tan",
	FuncSec: "sec", FuncCsc: "csc", FuncCot: "cot",
	FuncAsin: "asin", FuncAcos: "acos", FuncAtan: "atan",
	FuncSinh: "sinh", FuncCosh: "cosh", FuncTanh: "tanh",
	FuncAbs: "abs",
}

// String returns the function's name as the input language spells it.
func (f Func) String() string {
	if f < 0 || f >= numFuncs {
		return "?"
	}
	return funcNames[f]
}

// funcByName maps every spelling the parser accepts to its function.
var funcByName = map[string]Func{
	"sqrt": FuncSqrt, "exp": FuncExp, "ln": FuncLn, "log": FuncLn,
	"sin": FuncSin, "cos": FuncCos, "tan": FuncTan,
	"sec": FuncSec, "csc": FuncCsc, "cot": FuncCot,
	"asin": FuncAsin, "acos": FuncAcos, "atan": FuncAtan,
	"sinh": FuncSinh, "cosh": FuncCosh, "tanh": FuncTanh,
	"abs": FuncAbs,
}

// String returns the constant's ASCII name, e or pi.
func (k ConstKind) String() string {
	if k == ConstPi {
		return "pi"
	}
	return "e"
}
