package calculus

import (
	"encoding/json"
	"fmt"
	"strings"
)

// Style chooses how Format writes expressions.
type Style int

// The output styles.
const (
	StyleASCII  Style = iota // String(): plain ASCII that Parse reads back
	StylePretty              // Pretty(): Unicode, 15x²/(2√(5x³ + 2))
	StyleLaTeX               // LaTeX(): \frac{15x^{2}}{2\sqrt{5x^{3} + 2}}
)

func (s Style) expr(e Expr) string {
	if e == nil {
		return ""
	}
	switch s {
	case StylePretty:
		return e.Pretty()
	case StyleLaTeX:
		return e.LaTeX()
	}
	return e.String()
}

// String renders the derivation as numbered plain-text steps for a
// terminal; see Format.
func (d Derivation) String() string { return d.Format(StyleASCII) }

// Format renders the derivation as numbered steps, sub-steps numbered 2.1,
// 2.2, … and indented, each step as "rule: equation" followed by its
// explanation, and the result last:
//
//	d/dx sqrt(x)
//	1. rewrite: sqrt(x) = x^(1/2)
//	   Rewrite the root as a fractional exponent, …
//	2. power rule: d/dx x^(1/2) = (1/2)x^(-1/2)
//	   …
//	Result: 1/(2sqrt(x))
func (d Derivation) Format(style Style) string {
	var b strings.Builder
	b.WriteString(style.deriv(d.Var, d.Expr))
	b.WriteByte('\n')
	for i, st := range d.Steps {
		writeStep(&b, style, st, fmt.Sprint(i+1), "")
	}
	b.WriteString("Result: " + style.expr(d.Result) + "\n")
	return b.String()
}

// deriv writes "d/dx f", with parentheses around f when it is a sum or product.
func (s Style) deriv(v string, f Expr) string {
	body := s.expr(f)
	if f != nil && precOf(f) < precPower {
		if s == StyleLaTeX {
			body = `\left(` + body + `\right)`
		} else {
			body = "(" + body + ")"
		}
	}
	if s == StyleLaTeX {
		return `\frac{d}{d` + v + `} ` + body
	}
	return "d/d" + v + " " + body
}

func writeStep(b *strings.Builder, style Style, st Step, num, indent string) {
	var eq string
	if st.Rule.IsRewrite() {
		eq = style.expr(st.Before) + " = " + style.expr(st.After)
	} else {
		eq = style.deriv(st.Var, st.Before) + " = " + style.expr(st.After)
	}
	label := num + ". "
	fmt.Fprintf(b, "%s%s%s: %s\n", indent, label, st.Rule, eq)
	pad := indent + strings.Repeat(" ", len(label))
	if text := st.explanation(style); text != "" {
		b.WriteString(pad + text + "\n")
	}
	for i, sub := range st.Substeps {
		writeStep(b, style, sub, fmt.Sprintf("%s.%d", num, i+1), pad)
	}
}

// stepJSON is how a Step looks in JSON: expressions as strings that Parse
// reads back, the rule by name.
type stepJSON struct {
	Rule        Rule       `json:"rule"`
	Var         string     `json:"var"`
	Before      string     `json:"before"`
	After       string     `json:"after"`
	Explanation string     `json:"explanation"`
	Substeps    []stepJSON `json:"substeps,omitempty"`
}

type derivationJSON struct {
	Expr         string     `json:"expr"`
	Var          string     `json:"var"`
	Steps        []stepJSON `json:"steps"`
	Result       string     `json:"result"`
	ResultPretty string     `json:"result_pretty"`
	ResultLaTeX  string     `json:"result_latex"`
}

func toStepJSON(st Step) stepJSON {
	j := stepJSON{Rule: st.Rule, Var: st.Var, Before: StyleASCII.expr(st.Before),
		After: StyleASCII.expr(st.After), Explanation: st.Explanation}
	for _, s := range st.Substeps {
		j.Substeps = append(j.Substeps, toStepJSON(s))
	}
	return j
}

// MarshalJSON writes the derivation with every expression as its String:
//
//	{"expr": "sqrt(x)", "var": "x", "steps": [{"rule": "rewrite", …}], "result": "1/(2sqrt(x))", …}
func (d Derivation) MarshalJSON() ([]byte, error) {
	j := derivationJSON{Expr: StyleASCII.expr(d.Expr), Var: d.Var, Steps: []stepJSON{},
		Result: StyleASCII.expr(d.Result), ResultPretty: StylePretty.expr(d.Result),
		ResultLaTeX: StyleLaTeX.expr(d.Result)}
	for _, st := range d.Steps {
		j.Steps = append(j.Steps, toStepJSON(st))
	}
	return json.Marshal(j)
}

// MarshalJSON writes the step with its expressions as strings.
func (st Step) MarshalJSON() ([]byte, error) { return json.Marshal(toStepJSON(st)) }

func fromStepJSON(j stepJSON) (Step, error) {
	st := Step{Rule: j.Rule, Var: j.Var, Explanation: j.Explanation}
	var err error
	if st.Before, err = Parse(j.Before); err != nil {
		return Step{}, err
	}
	if st.After, err = Parse(j.After); err != nil {
		return Step{}, err
	}
	for _, s := range j.Substeps {
		sub, err := fromStepJSON(s)
		if err != nil {
			return Step{}, err
		}
		st.Substeps = append(st.Substeps, sub)
	}
	return st, nil
}

// UnmarshalJSON reads a step that MarshalJSON wrote.
func (st *Step) UnmarshalJSON(b []byte) error {
	var j stepJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	s, err := fromStepJSON(j)
	if err != nil {
		return err
	}
	*st = s
	return nil
}

// UnmarshalJSON reads a derivation that MarshalJSON wrote, parsing its
// expressions back.
func (d *Derivation) UnmarshalJSON(b []byte) error {
	var j derivationJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	out := Derivation{Var: j.Var}
	var err error
	if out.Expr, err = Parse(j.Expr); err != nil {
		return err
	}
	if out.Result, err = Parse(j.Result); err != nil {
		return err
	}
	for _, s := range j.Steps {
		st, err := fromStepJSON(s)
		if err != nil {
			return err
		}
		out.Steps = append(out.Steps, st)
	}
	*d = out
	return nil
}
