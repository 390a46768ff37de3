package calculus

import "strings"

// LaTeX returns the number; a fraction is written \frac{p}{q}.
func (n *Num) LaTeX() string { return latexString(n) }

// LaTeX returns the variable, with a subscript x_{2} for x_2.
func (v *Var) LaTeX() string { return latexString(v) }

// LaTeX returns e or \pi.
func (c *Const) LaTeX() string { return latexString(c) }

// LaTeX returns -x.
func (n *Neg) LaTeX() string { return latexString(n) }

// LaTeX returns the operation; a quotient is a \frac.
func (b *Binary) LaTeX() string { return latexString(b) }

// LaTeX returns the call: \sqrt{x}, e^{x}, \ln\left(x\right), \left|x\right|.
func (c *Call) LaTeX() string { return latexString(c) }

func latexString(e Expr) string {
	var b strings.Builder
	latex(&b, e)
	return b.String()
}

var latexFuncs = [numFuncs]string{
	FuncLn: `\ln`, FuncSin: `\sin`, FuncCos: `\cos`, FuncTan: `\tan`,
	FuncSec: `\sec`, FuncCsc: `\csc`, FuncCot: `\cot`,
	FuncAsin: `\arcsin`, FuncAcos: `\arccos`, FuncAtan: `\arctan`,
	FuncSinh: `\sinh`, FuncCosh: `\cosh`, FuncTanh: `\tanh`,
}

// latexPrec is like precOf, but a quotient is a \frac, which groups itself.
func latexPrec(e Expr) int {
	if b, ok := e.(*Binary); ok && b.Op == OpDiv {
		return precAtom
	}
	if n, ok := e.(*Num); ok && !n.r.IsInt() {
		if n.r.Sign() < 0 {
			return precUnary
		}
		return precAtom
	}
	return precOf(e)
}

func latexSub(b *strings.Builder, e Expr, paren bool) {
	if paren {
		b.WriteString(`\left(`)
		latex(b, e)
		b.WriteString(`\right)`)
		return
	}
	latex(b, e)
}

func latex(b *strings.Builder, e Expr) {
	switch e := e.(type) {
	case nil:
	case *Num:
		r := &e.r
		if r.IsInt() {
			b.WriteString(r.RatString())
			return
		}
		if r.Sign() < 0 {
			b.WriteByte('-')
		}
		num := new(strings.Builder)
		num.WriteString(r.Num().String())
		b.WriteString(`\frac{` + strings.TrimPrefix(num.String(), "-") + `}{` + r.Denom().String() + `}`)
	case *Var:
		// x_2 and w1 are both written with a subscript.
		name, sub, ok := strings.Cut(e.Name, "_")
		if i := strings.IndexAny(name, "0123456789"); i > 0 {
			sub = name[i:] + sub
			name = name[:i]
			ok = true
		}
		if ok {
			b.WriteString(name + "_{" + sub + "}")
		} else {
			b.WriteString(e.Name)
		}
	case *Const:
		if e.Kind == ConstPi {
			b.WriteString(`\pi`)
		} else {
			b.WriteString("e")
		}
	case *Neg:
		b.WriteByte('-')
		latexSub(b, e.X, latexPrec(e.X) < precUnary || isNegative(e.X))
	case *Binary:
		latexBinary(b, e)
	case *Call:
		switch e.Fn {
		case FuncSqrt:
			b.WriteString(`\sqrt{`)
			latex(b, e.Arg)
			b.WriteString("}")
		case FuncExp:
			b.WriteString("e^{")
			latex(b, e.Arg)
			b.WriteString("}")
		case FuncAbs:
			b.WriteString(`\left|`)
			latex(b, e.Arg)
			b.WriteString(`\right|`)
		default:
			if e.Fn >= 0 && e.Fn < numFuncs {
				b.WriteString(latexFuncs[e.Fn])
			}
			b.WriteString(`\left(`)
			latex(b, e.Arg)
			b.WriteString(`\right)`)
		}
	}
}

func latexBinary(b *strings.Builder, e *Binary) {
	switch e.Op {
	case OpAdd, OpSub:
		latexSub(b, e.X, latexPrec(e.X) < precSum)
		b.WriteString(" " + e.Op.String() + " ")
		latexSub(b, e.Y, latexPrec(e.Y) <= precSum)
	case OpMul:
		var l, r strings.Builder
		latexSub(&l, e.X, latexPrec(e.X) < precProduct)
		latexSub(&r, e.Y, latexPrec(e.Y) <= precProduct || isNegative(e.Y))
		ls, rs := l.String(), r.String()
		b.WriteString(ls)
		switch {
		case rs == "" || ls == "":
		case rs[0] >= '0' && rs[0] <= '9' || rs[0] == '-':
			b.WriteString(` \cdot `)
		case isLetter(rs[0]) && (isLetter(ls[len(ls)-1]) || ls[len(ls)-1] == '}' || ls[len(ls)-1] >= '0' && ls[len(ls)-1] <= '9' && !isNum(e.X)):
			b.WriteByte(' ')
		}
		b.WriteString(rs)
	case OpDiv:
		b.WriteString(`\frac{`)
		latex(b, e.X)
		b.WriteString("}{")
		latex(b, e.Y)
		b.WriteString("}")
	case OpPow:
		latexSub(b, e.X, latexPrec(e.X) <= precPower || isFraction(e.X) || isDiv(e.X))
		b.WriteString("^{")
		latex(b, e.Y)
		b.WriteString("}")
	}
}

func isDiv(e Expr) bool {
	b, ok := e.(*Binary)
	return ok && b.Op == OpDiv
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func isNum(e Expr) bool {
	_, ok := e.(*Num)
	return ok
}
