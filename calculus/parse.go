package calculus

import (
	"fmt"
	"math/big"
	"unicode/utf8"
)

// Limits that keep Parse, Diff and Simplify bounded in time and memory.
const (
	// MaxInputLength is the longest input, in characters, that Parse
	// accepts. An expression whose String is longer cannot be read back.
	MaxInputLength = 1 << 15
	// MaxDepth is the deepest nesting of parentheses, calls, unary minus
	// signs and powers that Parse accepts.
	MaxDepth = 64
)

// ParseError reports bad input. Pos is the 1-based column, counted in
// characters (runes), where the problem is.
type ParseError struct {
	Pos int
	Msg string
}

// Error reads like "calculus: unclosed parenthesis at column 5".
func (e *ParseError) Error() string {
	return fmt.Sprintf("calculus: %s at column %d", e.Msg, e.Pos)
}

// Parse reads an expression written the way a learner writes it.
//
// Grammar, loosest binding first:
//
//	expr   = term { ("+" | "-") term }
//	term   = unary { ["*" | "/"] unary }      juxtaposition is multiplication
//	unary  = ("-" | "+") unary | power
//	power  = postfix [ "^" unary ]            so ^ is right-associative
//	postfix = primary { superscript }         x², (x+1)³
//	primary = number | variable | e | pi | func "(" expr ")" | "(" expr ")" | "√" unary
//
// Consequences: -x^2 = -(x^2); x^-1 = x^(-1); 2^3^2 = 2^9; 1/2x = (1/2)x,
// as in SymPy; 5x^3, 2sqrt(x), 3(x+1), x y and xy are products; e^2x is
// e^2 times x; x 2^x is x·2^x and x^2 2^x is x^2·2^x. A bare number
// followed by a number ("2 3") is an error: 23 or 2·3?
//
// Words: the functions sqrt exp ln log sin cos tan sec csc cot asin acos atan
// sinh cosh tanh abs (log is the natural logarithm, as in SymPy), the
// constants e and pi, and variables: one ASCII letter, optional digits, an
// optional subscript (x, y, w1, x_2). A run of letters is read as the longest
// known word, else one letter at a time: xy is x*y, asin is arcsine, xsin(x)
// is x*sin(x); arcsin, arccos and arctan are an error that names asin, acos
// and atan, rather than a*r*c*sin. A function name needs parentheses: sin x
// is an error, but sin^2(x) and sin²(x) mean (sin(x))^2. e^u is read as
// exp(u).
//
// Unicode a learner pastes is accepted: √ (√x, √(x+1)), superscripts
// (x², x⁻¹), · × ⋅ for *, ÷ for /, − and – for -, π for pi; ** is ^.
//
// Numbers are exact: 0.1 is 1/10. A fraction of two integer literals (3/4),
// and a minus sign written before a number (-3), become one Num.
//
// Bad input returns a *ParseError whose column points at the problem; input
// longer than MaxInputLength characters or nested deeper than MaxDepth is
// rejected. Parse never panics.
func Parse(src string) (Expr, error) {
	if len(src) > 4*MaxInputLength || utf8.RuneCountInString(src) > MaxInputLength {
		return nil, &ParseError{Pos: MaxInputLength + 1,
			Msg: fmt.Sprintf("input is longer than %d characters", MaxInputLength)}
	}
	if !utf8.ValidString(src) {
		return nil, &ParseError{Pos: 1, Msg: "input is not valid UTF-8 text"}
	}
	toks, perr := lex(src)
	if perr != nil {
		return nil, perr
	}
	p := &parser{toks: toks}
	if p.peek().kind == tokEOF {
		return nil, &ParseError{Pos: 1, Msg: "empty expression"}
	}
	e, perr := p.expr()
	if perr != nil {
		return nil, perr
	}
	if t := p.peek(); t.kind != tokEOF {
		if t.kind == tokRParen {
			return nil, &ParseError{Pos: t.pos, Msg: "unmatched closing parenthesis"}
		}
		return nil, &ParseError{Pos: t.pos, Msg: "unexpected " + quote(t.text)}
	}
	return e, nil
}

type parser struct {
	toks  []token
	i     int
	depth int
	open  []int // columns of the parentheses not yet closed, outermost first
}

func (p *parser) peek() token { return p.toks[p.i] }

func (p *parser) next() token {
	t := p.toks[p.i]
	if t.kind != tokEOF {
		p.i++
	}
	return t
}

// enter counts one level of nesting; every recursive rule calls it.
func (p *parser) enter(pos int) *ParseError {
	p.depth++
	if p.depth > MaxDepth {
		return &ParseError{Pos: pos, Msg: fmt.Sprintf("expression is nested more than %d levels deep", MaxDepth)}
	}
	return nil
}

func (p *parser) leave() { p.depth-- }

func (p *parser) expr() (Expr, *ParseError) {
	x, err := p.term()
	if err != nil {
		return nil, err
	}
	for {
		t := p.peek()
		if t.kind != tokOp || (t.op != OpAdd && t.op != OpSub) {
			return x, nil
		}
		p.next()
		y, err := p.term()
		if err != nil {
			return nil, err
		}
		x = &Binary{Op: t.op, X: x, Y: y}
	}
}

func (p *parser) term() (Expr, *ParseError) {
	x, err := p.unary()
	if err != nil {
		return nil, err
	}
	for {
		t := p.peek()
		op := OpMul
		switch {
		case t.kind == tokOp && (t.op == OpMul || t.op == OpDiv):
			op = t.op
			p.next()
		case t.kind == tokVar || t.kind == tokConst || t.kind == tokFunc || t.kind == tokLParen || t.kind == tokRoot:
			// implicit multiplication: 5x, 2sqrt(x), 3(x+1), x y
		case t.kind == tokNum:
			// x 2^x is x·2^x and x^2 2^x is x^2·2^x, but a bare 2 3 could
			// be 23 or 2·3: ask.
			if _, bare := x.(*Num); bare && p.toks[p.i-1].kind == tokNum {
				return nil, &ParseError{Pos: t.pos, Msg: "missing operator between two numbers before " + quote(t.text)}
			}
		case t.kind == tokSup:
			return nil, &ParseError{Pos: t.pos, Msg: "superscript exponent " + quote(t.text) + " has no base"}
		default:
			return x, nil
		}
		y, err := p.unary()
		if err != nil {
			return nil, err
		}
		if op == OpDiv {
			x = makeDiv(x, y)
		} else {
			x = &Binary{Op: OpMul, X: x, Y: y}
		}
	}
}

func (p *parser) unary() (Expr, *ParseError) {
	t := p.peek()
	if t.kind == tokOp && (t.op == OpSub || t.op == OpAdd) {
		if err := p.enter(t.pos); err != nil {
			return nil, err
		}
		defer p.leave()
		p.next()
		x, err := p.unary()
		if err != nil {
			return nil, err
		}
		if t.op == OpAdd {
			return x, nil
		}
		return makeNeg(x), nil
	}
	return p.power()
}

func (p *parser) power() (Expr, *ParseError) {
	base, err := p.postfix()
	if err != nil {
		return nil, err
	}
	t := p.peek()
	if t.kind != tokOp || t.op != OpPow {
		return base, nil
	}
	if err := p.enter(t.pos); err != nil {
		return nil, err
	}
	defer p.leave()
	p.next()
	exp, err := p.unary()
	if err != nil {
		return nil, err
	}
	return makePow(base, exp), nil
}

func (p *parser) postfix() (Expr, *ParseError) {
	x, err := p.primary()
	if err != nil {
		return nil, err
	}
	for p.peek().kind == tokSup {
		t := p.next()
		x = makePow(x, Number(t.num))
	}
	return x, nil
}

func (p *parser) primary() (Expr, *ParseError) {
	t := p.next()
	switch t.kind {
	case tokNum:
		return Number(t.num), nil
	case tokVar:
		return &Var{Name: t.name}, nil
	case tokConst:
		return &Const{Kind: t.cst}, nil
	case tokLParen:
		return p.group(t)
	case tokRoot:
		if err := p.enter(t.pos); err != nil {
			return nil, err
		}
		defer p.leave()
		if p.peek().kind == tokEOF {
			return nil, &ParseError{Pos: t.pos, Msg: "√ needs something to take the root of"}
		}
		x, err := p.unary()
		if err != nil {
			return nil, err
		}
		return &Call{Fn: FuncSqrt, Arg: x}, nil
	case tokFunc:
		return p.call(t)
	case tokEOF:
		return nil, &ParseError{Pos: t.pos, Msg: "expression ends too early"}
	case tokRParen:
		return nil, &ParseError{Pos: t.pos, Msg: "unexpected ')'"}
	case tokSup:
		return nil, &ParseError{Pos: t.pos, Msg: "superscript exponent " + quote(t.text) + " has no base"}
	}
	return nil, &ParseError{Pos: t.pos, Msg: "unexpected " + quote(t.text)}
}

// group parses the inside of "(" … ")"; open is the "(" token.
func (p *parser) group(open token) (Expr, *ParseError) {
	if err := p.enter(open.pos); err != nil {
		return nil, err
	}
	defer p.leave()
	p.open = append(p.open, open.pos)
	if p.peek().kind == tokRParen {
		return nil, &ParseError{Pos: p.peek().pos, Msg: "empty parentheses"}
	}
	if p.peek().kind == tokEOF {
		return nil, &ParseError{Pos: p.open[0], Msg: "unclosed parenthesis"}
	}
	x, err := p.expr()
	if err != nil {
		return nil, err
	}
	if t := p.peek(); t.kind != tokRParen {
		if t.kind == tokEOF {
			// Point at the outermost parenthesis left open: in sqrt((x
			// that is the one the learner has to close first in reading order.
			return nil, &ParseError{Pos: p.open[0], Msg: "unclosed parenthesis"}
		}
		return nil, &ParseError{Pos: t.pos, Msg: "expected ')' but found " + quote(t.text)}
	}
	p.next()
	p.open = p.open[:len(p.open)-1]
	return x, nil
}

// call parses fn(arg), and also fn^2(arg) and fn²(arg), which mean fn(arg)^2.
func (p *parser) call(fn token) (Expr, *ParseError) {
	var power *big.Rat
	switch t := p.peek(); {
	case t.kind == tokSup:
		p.next()
		power = t.num
	case t.kind == tokOp && t.op == OpPow:
		p.next()
		n := p.peek()
		if n.kind != tokNum || !n.num.IsInt() || n.num.Sign() <= 0 {
			return nil, &ParseError{Pos: n.pos, Msg: fmt.Sprintf(
				"after %s^ expected a positive whole number as in %s^2(x); for an inverse function write a%s(x)",
				fn.text, fn.text, fn.text)}
		}
		p.next()
		power = n.num
	}
	if power != nil && power.Sign() < 0 {
		return nil, &ParseError{Pos: fn.pos, Msg: fmt.Sprintf(
			"%s⁻¹ is ambiguous: write a%s(x) for the inverse function or 1/%s(x) for the reciprocal", fn.text, fn.text, fn.text)}
	}
	open := p.peek()
	if open.kind != tokLParen {
		return nil, &ParseError{Pos: fn.pos, Msg: fmt.Sprintf(
			"function %s needs its argument in parentheses, as in %s(x)", fn.text, fn.text)}
	}
	p.next()
	arg, err := p.group(open)
	if err != nil {
		return nil, err
	}
	var x Expr = &Call{Fn: fn.fn, Arg: arg}
	if power != nil {
		x = makePow(x, Number(power))
	}
	return x, nil
}

// makeNeg folds a minus sign written before a number into the number.
func makeNeg(x Expr) Expr {
	if n, ok := x.(*Num); ok {
		return Number(new(big.Rat).Neg(&n.r))
	}
	return &Neg{X: x}
}

// makeDiv folds a fraction of two integer literals, such as 3/4, into one
// exact number; 1/0 is left as a division for Eval to report.
func makeDiv(x, y Expr) Expr {
	a, ok1 := x.(*Num)
	b, ok2 := y.(*Num)
	if ok1 && ok2 && a.r.IsInt() && b.r.IsInt() && b.r.Sign() > 0 {
		return Number(new(big.Rat).Quo(&a.r, &b.r))
	}
	return &Binary{Op: OpDiv, X: x, Y: y}
}

// makePow reads e^u as exp(u).
func makePow(base, exp Expr) Expr {
	if c, ok := base.(*Const); ok && c.Kind == ConstE {
		return &Call{Fn: FuncExp, Arg: exp}
	}
	return &Binary{Op: OpPow, X: base, Y: exp}
}
