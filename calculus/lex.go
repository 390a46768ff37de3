package calculus

import (
	"math/big"
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokenKind is the kind of a lexical token.
type tokenKind int

const (
	tokEOF    tokenKind = iota
	tokNum              // 3, 0.25, .5
	tokVar              // x, w1, x_2
	tokConst            // e, pi, π
	tokFunc             // sin, sqrt, log, …
	tokOp               // + - * / ^ (and their Unicode spellings)
	tokLParen           // (
	tokRParen           // )
	tokRoot             // √
	tokSup              // a run of superscript digits: ² ³ ⁻¹
)

// token is one lexical token; pos is its 1-based column counted in runes.
type token struct {
	kind  tokenKind
	pos   int
	text  string    // the source text, for messages
	op    Op        // tokOp
	fn    Func      // tokFunc
	cst   ConstKind // tokConst
	num   *big.Rat  // tokNum, tokSup
	name  string    // tokVar
	minus bool      // tokOp: the operator is a minus sign
}

// names holds every multi-letter word of the language; the lexer takes the
// longest one that starts at the current letter, so asin is one word and
// xsin(x) is x times sin(x).
var names = func() []string {
	var ns []string
	for n := range funcByName {
		ns = append(ns, n)
	}
	ns = append(ns, "pi")
	return ns
}()

var superscripts = map[rune]rune{
	'⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4',
	'⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9', '⁻': '-',
}

// lex splits src into tokens. The caller has already bounded len(src).
func lex(src string) ([]token, *ParseError) {
	rs := []rune(src)
	var toks []token
	for i := 0; i < len(rs); {
		r := rs[i]
		col := i + 1
		switch {
		case unicode.IsSpace(r):
			i++
		case r >= '0' && r <= '9' || r == '.':
			j := i
			dots := 0
			for j < len(rs) && (rs[j] >= '0' && rs[j] <= '9' || rs[j] == '.') {
				if rs[j] == '.' {
					dots++
				}
				j++
			}
			text := string(rs[i:j])
			if dots > 1 {
				return nil, &ParseError{Pos: col, Msg: "malformed number " + quote(text)}
			}
			if text == "." {
				return nil, &ParseError{Pos: col, Msg: "a lone '.' is not a number"}
			}
			v, ok := new(big.Rat).SetString(strings.TrimSuffix(text, "."))
			if !ok {
				return nil, &ParseError{Pos: col, Msg: "malformed number " + quote(text)}
			}
			toks = append(toks, token{kind: tokNum, pos: col, text: text, num: v})
			i = j
		case r < utf8.RuneSelf && unicode.IsLetter(r):
			t, n, err := lexWord(rs, i)
			if err != nil {
				return nil, err
			}
			toks = append(toks, t)
			i += n
		case superscripts[r] != 0:
			j := i
			var b strings.Builder
			for j < len(rs) && superscripts[rs[j]] != 0 {
				b.WriteRune(superscripts[rs[j]])
				j++
			}
			v, ok := new(big.Rat).SetString(b.String())
			if !ok || !v.IsInt() {
				return nil, &ParseError{Pos: col, Msg: "malformed superscript exponent " + quote(string(rs[i:j]))}
			}
			toks = append(toks, token{kind: tokSup, pos: col, text: string(rs[i:j]), num: v})
			i = j
		default:
			t, n, err := lexSymbol(rs, i)
			if err != nil {
				return nil, err
			}
			toks = append(toks, t)
			i += n
		}
	}
	toks = append(toks, token{kind: tokEOF, pos: len(rs) + 1, text: "end of input"})
	return toks, nil
}

// lexWord reads a function name, a constant or a variable starting at rs[i].
// A variable is one ASCII letter, then optional digits, then an optional
// subscript "_" followed by letters or digits: x, w1, x_2, x_max.
func lexWord(rs []rune, i int) (token, int, *ParseError) {
	col := i + 1
	// arcsin, arccos and arctan are common spellings of asin, acos and atan;
	// read one letter at a time they would silently be a·r·c·sin(x).
	for _, f := range []string{"sin", "cos", "tan"} {
		if hasPrefixAt(rs, i, "arc"+f) {
			return token{}, 0, &ParseError{Pos: col, Msg: "arc" + f + " is written a" + f + ", as in a" + f + "(x)"}
		}
	}
	best := ""
	for _, n := range names {
		if len(n) > len(best) && hasPrefixAt(rs, i, n) {
			best = n
		}
	}
	if best != "" {
		if best == "pi" {
			return token{kind: tokConst, pos: col, text: best, cst: ConstPi}, 2, nil
		}
		return token{kind: tokFunc, pos: col, text: best, fn: funcByName[best]}, len(best), nil
	}
	if rs[i] == 'e' {
		return token{kind: tokConst, pos: col, text: "e", cst: ConstE}, 1, nil
	}
	j := i + 1
	for j < len(rs) && rs[j] >= '0' && rs[j] <= '9' {
		j++
	}
	if j < len(rs) && rs[j] == '_' {
		k := j + 1
		for k < len(rs) && rs[k] < utf8.RuneSelf && (unicode.IsLetter(rs[k]) || unicode.IsDigit(rs[k])) {
			k++
		}
		if k == j+1 {
			return token{}, 0, &ParseError{Pos: j + 1, Msg: "a subscript '_' must be followed by letters or digits, as in x_1"}
		}
		j = k
	}
	name := string(rs[i:j])
	return token{kind: tokVar, pos: col, text: name, name: name}, j - i, nil
}

func hasPrefixAt(rs []rune, i int, s string) bool {
	if i+len(s) > len(rs) {
		return false
	}
	for k := 0; k < len(s); k++ {
		if rs[i+k] != rune(s[k]) {
			return false
		}
	}
	return true
}

// lexSymbol reads an operator, a parenthesis, √ or π at rs[i].
func lexSymbol(rs []rune, i int) (token, int, *ParseError) {
	col := i + 1
	r := rs[i]
	op := func(o Op, n int) (token, int, *ParseError) {
		return token{kind: tokOp, pos: col, text: string(rs[i : i+n]), op: o}, n, nil
	}
	switch r {
	case '+':
		return op(OpAdd, 1)
	case '-', '−', '–': // ASCII hyphen-minus, Unicode minus sign, en dash
		t, n, err := op(OpSub, 1)
		t.minus = true
		return t, n, err
	case '*':
		if i+1 < len(rs) && rs[i+1] == '*' { // Python's ** is ^
			return op(OpPow, 2)
		}
		return op(OpMul, 1)
	case '·', '×', '⋅':
		return op(OpMul, 1)
	case '/', '÷':
		return op(OpDiv, 1)
	case '^':
		return op(OpPow, 1)
	case '(':
		return token{kind: tokLParen, pos: col, text: "("}, 1, nil
	case ')':
		return token{kind: tokRParen, pos: col, text: ")"}, 1, nil
	case '√':
		return token{kind: tokRoot, pos: col, text: "√"}, 1, nil
	case 'π':
		return token{kind: tokConst, pos: col, text: "π", cst: ConstPi}, 1, nil
	case ',':
		return token{}, 0, &ParseError{Pos: col, Msg: "unexpected ','; every function takes one argument"}
	case '|':
		return token{}, 0, &ParseError{Pos: col, Msg: "unexpected '|'; write abs(x) for the absolute value"}
	case '[', ']', '{', '}':
		return token{}, 0, &ParseError{Pos: col, Msg: "unexpected " + quote(string(r)) + "; use round parentheses ( )"}
	case '=':
		return token{}, 0, &ParseError{Pos: col, Msg: "unexpected '='; enter an expression, not an equation"}
	}
	return token{}, 0, &ParseError{Pos: col, Msg: "unexpected character " + quote(string(r))}
}

func quote(s string) string {
	if utf8.RuneCountInString(s) > 20 {
		s = string([]rune(s)[:20]) + "…"
	}
	return "'" + s + "'"
}
