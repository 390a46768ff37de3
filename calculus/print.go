package calculus

import (
	"strings"
)

// The printer writes the fewest parentheses the precedence table needs, with
// a few readability exceptions that Parse reads back the same way: a
// negative or fractional exponent keeps its parentheses (x^(-1), x^(1/2)), a
// fraction or quotient used as a factor keeps them ((1/2)x, (a/b)c), and a
// negative operand on the right of * or / keeps them (2(-x)).
//
// Multiplication is written by juxtaposition where a textbook would: after a
// whole number before a letter or "(" (15x^2, 2sqrt(x), 3(x + 1)) and before
// any "(" (e^x(x - 3)). Elsewhere it is "*" (x*sin(x)), so that a run of
// letters never turns into a different word when read back.

type printStyle int

const (
	styleASCII  printStyle = iota // String: plain ASCII that Parse reads back
	stylePretty                   // Pretty: Unicode, x², √x, π, ·
)

// String writes the expression as plain ASCII that Parse reads back into an
// equal tree, with only the parentheses precedence needs: 15x^2/(2sqrt(x)).
func (n *Num) String() string    { return printExpr(n, styleASCII) }
func (v *Var) String() string    { return printExpr(v, styleASCII) }
func (c *Const) String() string  { return printExpr(c, styleASCII) }
func (n *Neg) String() string    { return printExpr(n, styleASCII) }
func (b *Binary) String() string { return printExpr(b, styleASCII) }
func (c *Call) String() string   { return printExpr(c, styleASCII) }

// Pretty returns the number; a fraction is written p/q.
func (n *Num) Pretty() string { return printExpr(n, stylePretty) }

// Pretty returns the variable's name.
func (v *Var) Pretty() string { return printExpr(v, stylePretty) }

// Pretty returns e or π.
func (c *Const) Pretty() string { return printExpr(c, stylePretty) }

// Pretty returns -x with Unicode inside.
func (n *Neg) Pretty() string { return printExpr(n, stylePretty) }

// Pretty returns the operation with superscript powers and · for products.
func (b *Binary) Pretty() string { return printExpr(b, stylePretty) }

// Pretty returns the call, with √ for sqrt and |x| for abs.
func (c *Call) Pretty() string { return printExpr(c, stylePretty) }

func printExpr(e Expr, style printStyle) string {
	var b strings.Builder
	p := printer{b: &b, style: style}
	p.expr(e)
	return b.String()
}

type printer struct {
	b     *strings.Builder
	style printStyle
}

// precOf is the precedence of e as printed: a subexpression whose precedence
// is lower than its context needs parentheses.
func precOf(e Expr) int {
	switch e := e.(type) {
	case *Num:
		switch {
		case !e.r.IsInt():
			return precProduct // printed p/q
		case e.r.Sign() < 0:
			return precUnary
		}
		return precAtom
	case *Neg:
		return precUnary
	case *Binary:
		if e.Op >= 0 && int(e.Op) < len(operators) {
			return operators[e.Op].prec
		}
	case *Call:
		if e.Fn == FuncExp {
			return precPower // printed e^u
		}
	}
	return precAtom
}

func isNegative(e Expr) bool {
	switch e := e.(type) {
	case *Num:
		return e.r.Sign() < 0
	case *Neg:
		return true
	}
	return false
}

func isFraction(e Expr) bool {
	n, ok := e.(*Num)
	return ok && !n.r.IsInt()
}

func (p *printer) sub(e Expr, paren bool) {
	if paren {
		p.b.WriteByte('(')
		p.expr(e)
		p.b.WriteByte(')')
		return
	}
	p.expr(e)
}

func (p *printer) expr(e Expr) {
	switch e := e.(type) {
	case nil:
		p.b.WriteString("<nil>")
	case *Num:
		p.b.WriteString(e.r.RatString())
	case *Var:
		p.b.WriteString(e.Name)
	case *Const:
		if e.Kind == ConstPi && p.style == stylePretty {
			p.b.WriteString("π")
		} else {
			p.b.WriteString(e.Kind.String())
		}
	case *Neg:
		p.b.WriteByte('-')
		p.sub(e.X, precOf(e.X) < precUnary || isNegative(e.X))
	case *Binary:
		p.binary(e)
	case *Call:
		p.call(e)
	}
}

func (p *printer) binary(e *Binary) {
	switch e.Op {
	case OpAdd, OpSub:
		p.sub(e.X, precOf(e.X) < precSum)
		p.b.WriteString(" " + e.Op.String() + " ")
		p.sub(e.Y, precOf(e.Y) <= precSum)
	case OpMul:
		p.sub(e.X, precOf(e.X) < precProduct || isFraction(e.X) || isDiv(e.X))
		rightParen := precOf(e.Y) <= precProduct || isNegative(e.Y)
		first := '('
		if !rightParen {
			first = p.firstRune(e.Y)
		}
		if !juxtapose(e.X, first) {
			if p.style == stylePretty {
				p.b.WriteString("·")
			} else {
				p.b.WriteByte('*')
			}
		}
		p.sub(e.Y, rightParen)
	case OpDiv:
		p.sub(e.X, precOf(e.X) < precProduct || isFraction(e.X))
		p.b.WriteByte('/')
		p.sub(e.Y, precOf(e.Y) <= precProduct || isNegative(e.Y))
	case OpPow:
		p.power(e.X, e.Y)
	default:
		p.b.WriteString("<bad operator>")
	}
}

// firstRune is the first character p writes for e (without parentheses
// around e itself), found without printing e.
func (p *printer) firstRune(e Expr) rune {
	for {
		switch x := e.(type) {
		case *Num:
			s := x.r.RatString()
			return rune(s[0])
		case *Var:
			if x.Name == "" {
				return '?'
			}
			return rune(x.Name[0])
		case *Const:
			if x.Kind == ConstPi && p.style == stylePretty {
				return 'π'
			}
			return rune(x.Kind.String()[0])
		case *Neg:
			return '-'
		case *Call:
			switch {
			case x.Fn == FuncExp:
				return 'e'
			case x.Fn == FuncSqrt && p.style == stylePretty:
				return '√'
			case x.Fn == FuncAbs && p.style == stylePretty:
				return '|'
			}
			return rune(x.Fn.String()[0])
		case *Binary:
			var paren bool
			switch x.Op {
			case OpAdd, OpSub:
				paren = precOf(x.X) < precSum
			case OpMul, OpDiv:
				paren = precOf(x.X) < precProduct || isFraction(x.X) || isDiv(x.X) && x.Op == OpMul
			case OpPow:
				paren = precOf(x.X) <= precPower
			}
			if paren {
				return '('
			}
			e = x.X
		default:
			return '?'
		}
	}
}

// juxtapose reports whether x*y may be written xy, where r is the first
// character of y as printed: a number (a fraction in parentheses) before a
// letter, √ or "(", or anything before "(".
func juxtapose(x Expr, r rune) bool {
	if r == '(' {
		return true
	}
	if _, ok := x.(*Num); !ok {
		return false
	}
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '√' || r == 'π'
}

func (p *printer) power(base, exp Expr) {
	p.sub(base, precOf(base) <= precPower)
	if n, ok := exp.(*Num); ok && n.r.IsInt() && p.style == stylePretty {
		p.b.WriteString(toSuperscript(n.r.RatString()))
		return
	}
	p.b.WriteByte('^')
	p.sub(exp, precOf(exp) < precPower || isNegative(exp))
}

func (p *printer) call(e *Call) {
	switch {
	case e.Fn == FuncExp:
		p.power(&Const{Kind: ConstE}, e.Arg)
	case e.Fn == FuncSqrt && p.style == stylePretty:
		p.b.WriteString("√")
		p.sub(e.Arg, precOf(e.Arg) < precAtom)
	case e.Fn == FuncAbs && p.style == stylePretty:
		p.b.WriteByte('|')
		p.expr(e.Arg)
		p.b.WriteByte('|')
	default:
		p.b.WriteString(e.Fn.String())
		p.b.WriteByte('(')
		p.expr(e.Arg)
		p.b.WriteByte(')')
	}
}

func toSuperscript(s string) string {
	const sup = "⁰¹²³⁴⁵⁶⁷⁸⁹"
	digits := []rune(sup)
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(digits[r-'0'])
		case r == '-':
			b.WriteRune('⁻')
		}
	}
	return b.String()
}
