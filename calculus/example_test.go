package calculus_test

import (
	"encoding/json"
	"fmt"

	"github.com/chalk-ml/chalk/calculus"
)

// The seed's first worked example: a root of a polynomial, by the chain rule.
func ExampleExplain() {
	f, err := calculus.Parse("sqrt(5x^3 + 2)")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(calculus.Explain(f, "x"))
	// Output:
	// d/dx sqrt(5x^3 + 2)
	// 1. rewrite: sqrt(5x^3 + 2) = (5x^3 + 2)^(1/2)
	//    Rewrite the root as a fractional exponent, sqrt(u) = u^(1/2), so that the power rule applies.
	// 2. chain rule: d/dx (5x^3 + 2)^(1/2) = (1/2)(5x^3 + 2)^(-1/2)(15x^2)
	//    Chain rule: differentiate the outside u^(1/2) keeping the inside u = 5x^3 + 2 (power rule: d/du u^(1/2) = (1/2)u^(-1/2)), then multiply by the inside's derivative 15x^2.
	//    2.1. sum rule: d/dx (5x^3 + 2) = 15x^2
	//         Sum rule: the derivative of a sum or difference is the sum or difference of the derivatives, so differentiate term by term.
	//         2.1.1. constant multiple rule: d/dx (5x^3) = 5(3x^2)
	//                Constant multiple rule: keep the constant 5 and differentiate x^3.
	//                2.1.1.1. power rule: d/dx x^3 = 3x^2
	//                         Power rule: d/dx x^n = n*x^(n - 1) with n = 3.
	//         2.1.2. constant rule: d/dx 2 = 0
	//                2 does not depend on x, so its derivative is 0.
	// 3. simplify: (1/2)(5x^3 + 2)^(-1/2)(15x^2) = 15x^2/(2sqrt(5x^3 + 2))
	//    Simplify: collect like terms, put everything over a common denominator, factor, and write negative exponents as fractions and 1/2 powers as square roots.
	// Result: 15x^2/(2sqrt(5x^3 + 2))
}

// The seed's second worked example: a root times a logarithm, by the
// product rule.
func ExampleExplain_product() {
	f, _ := calculus.Parse("sqrt(x)*ln(x)")
	fmt.Print(calculus.Explain(f, "x"))
	// Output:
	// d/dx (sqrt(x)*ln(x))
	// 1. rewrite: sqrt(x)*ln(x) = x^(1/2)*ln(x)
	//    Rewrite the root as a fractional exponent, sqrt(u) = u^(1/2), so that the power rule applies.
	// 2. product rule: d/dx (x^(1/2)*ln(x)) = (1/2)x^(-1/2)*ln(x) + x^(1/2)(1/x)
	//    Product rule: (uv)' = u'v + uv' with u = x^(1/2) and v = ln(x).
	//    2.1. power rule: d/dx x^(1/2) = (1/2)x^(-1/2)
	//         Power rule: d/dx x^n = n*x^(n - 1) with n = 1/2.
	//    2.2. logarithm rule: d/dx ln(x) = 1/x
	//         Logarithm rule: d/dx ln(x) = 1/x.
	// 3. simplify: (1/2)x^(-1/2)*ln(x) + x^(1/2)(1/x) = (ln(x) + 2)/(2sqrt(x))
	//    Simplify: collect like terms, put everything over a common denominator, factor, and write negative exponents as fractions and 1/2 powers as square roots.
	// Result: (ln(x) + 2)/(2sqrt(x))
}

// The seed's third worked example: a reciprocal, rewritten as a negative
// power and differentiated by the chain rule.
func ExampleExplain_reciprocal() {
	f, _ := calculus.Parse("1/(x^2 + 4)")
	fmt.Print(calculus.Explain(f, "x"))
	// Output:
	// d/dx (1/(x^2 + 4))
	// 1. rewrite: 1/(x^2 + 4) = (x^2 + 4)^(-1)
	//    Rewrite the fraction with a negative exponent, 1/v = v^(-1), so that the power, product and chain rules apply.
	// 2. chain rule: d/dx (x^2 + 4)^(-1) = -(x^2 + 4)^(-2)(2x)
	//    Chain rule: differentiate the outside u^(-1) keeping the inside u = x^2 + 4 (power rule: d/du u^(-1) = -u^(-2)), then multiply by the inside's derivative 2x.
	//    2.1. sum rule: d/dx (x^2 + 4) = 2x
	//         Sum rule: the derivative of a sum or difference is the sum or difference of the derivatives, so differentiate term by term.
	//         2.1.1. power rule: d/dx x^2 = 2x
	//                Power rule: d/dx x^n = n*x^(n - 1) with n = 2.
	//         2.1.2. constant rule: d/dx 4 = 0
	//                4 does not depend on x, so its derivative is 0.
	// 3. simplify: -(x^2 + 4)^(-2)(2x) = -2x/(x^2 + 4)^2
	//    Simplify: collect like terms, put everything over a common denominator, factor, and write negative exponents as fractions and 1/2 powers as square roots.
	// Result: -2x/(x^2 + 4)^2
}

// The seed's fourth worked example: a quotient, rewritten as a product with
// a negative power.
func ExampleExplain_quotient() {
	f, _ := calculus.Parse("e^x/x^3")
	fmt.Print(calculus.Explain(f, "x"))
	// Output:
	// d/dx (e^x/x^3)
	// 1. rewrite: e^x/x^3 = e^x*x^(-3)
	//    Rewrite the fraction with a negative exponent, 1/v = v^(-1), so that the power, product and chain rules apply.
	// 2. product rule: d/dx (e^x*x^(-3)) = e^x*x^(-3) + e^x(-3x^(-4))
	//    Product rule: (uv)' = u'v + uv' with u = e^x and v = x^(-3).
	//    2.1. exponential rule: d/dx e^x = e^x
	//         Exponential rule: d/dx e^x = e^x.
	//    2.2. power rule: d/dx x^(-3) = -3x^(-4)
	//         Power rule: d/dx x^n = n*x^(n - 1) with n = -3.
	// 3. simplify: e^x*x^(-3) + e^x(-3x^(-4)) = e^x(x - 3)/x^4
	//    Simplify: collect like terms, put everything over a common denominator, factor, and write negative exponents as fractions and 1/2 powers as square roots.
	// Result: e^x(x - 3)/x^4
}

// A teacher who prefers the quotient rule can ask for it.
func ExampleExplainWith() {
	f, _ := calculus.Parse("sin(x)/x")
	d := calculus.ExplainWith(f, "x", calculus.ExplainOptions{QuotientRule: true})
	fmt.Println(d.Steps[0].Rule, ":", d.Steps[0].After)
	fmt.Println(d.Result)
	// Output:
	// quotient rule : (cos(x)*x - sin(x))/x^2
	// (x*cos(x) - sin(x))/x^2
}

func ExampleDiff() {
	for _, src := range []string{"sqrt(5x^3 + 2)", "sqrt(x)*ln(x)", "1/(x^2 + 4)", "e^x/x^3"} {
		f, _ := calculus.Parse(src)
		fmt.Printf("d/dx %s = %s\n", f, calculus.Diff(f, "x"))
	}
	// Output:
	// d/dx sqrt(5x^3 + 2) = 15x^2/(2sqrt(5x^3 + 2))
	// d/dx sqrt(x)*ln(x) = (ln(x) + 2)/(2sqrt(x))
	// d/dx 1/(x^2 + 4) = -2x/(x^2 + 4)^2
	// d/dx e^x/x^3 = e^x(x - 3)/x^4
}

func ExampleParse() {
	for _, src := range []string{"5x^3 + 2", "√(x+1)", "x²·y", "-x^2", "2^3^2", "sqrt((x"} {
		e, err := calculus.Parse(src)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(e)
	}
	// Output:
	// 5x^3 + 2
	// sqrt(x + 1)
	// x^2*y
	// -x^2
	// 2^3^2
	// calculus: unclosed parenthesis at column 5
}

func ExampleEval() {
	f, _ := calculus.Parse("x^2 y + ln(x)")
	v, err := calculus.Eval(f, map[string]float64{"x": 2, "y": 3})
	fmt.Printf("%.4f %v\n", v, err)
	_, err = calculus.Eval(f, map[string]float64{"x": -1, "y": 3})
	fmt.Println(err)
	// Output:
	// 12.6931 <nil>
	// calculus: ln(x) is undefined at ln(-1): ln needs a positive argument
}

func ExampleBinary_Pretty() {
	f, _ := calculus.Parse("sqrt(5x^3 + 2)")
	d := calculus.Diff(f, "x")
	fmt.Println(d.Pretty())
	fmt.Println(d.LaTeX())
	// Output:
	// 15x²/(2√(5x³ + 2))
	// \frac{15x^{2}}{2\sqrt{5x^{3} + 2}}
}

func ExampleClassify() {
	for _, src := range []string{"sqrt(x^2 + 1)", "1/(x^2 + 4)", "sqrt(x)*ln(x)", "sin(x)*(x^2 + 1)^(-1)", "x^2 + 3x", "5x^3", "x^3"} {
		f, _ := calculus.Parse(src)
		fmt.Printf("%-22s %s\n", src, calculus.Classify(f, "x"))
	}
	// Output:
	// sqrt(x^2 + 1)          chain rule
	// 1/(x^2 + 4)            chain rule
	// sqrt(x)*ln(x)          product rule
	// sin(x)*(x^2 + 1)^(-1)  product rule
	// x^2 + 3x               sum rule
	// 5x^3                   constant multiple rule
	// x^3                    power rule
}

func ExampleDiffN() {
	f, _ := calculus.Parse("x^3 ln(x)")
	for n := 1; n <= 3; n++ {
		d, err := calculus.DiffN(f, "x", n)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("order %d: %s\n", n, d)
	}
	// Output:
	// order 1: x^2(3ln(x) + 1)
	// order 2: x(6ln(x) + 5)
	// order 3: 6ln(x) + 11
}

func ExampleGradient() {
	f, _ := calculus.Parse("x^2 y + e^(x y)")
	vars, grad := calculus.Gradient(f)
	for i, v := range vars {
		fmt.Printf("d/d%s = %s\n", v, grad[i])
	}
	// Output:
	// d/dx = y(2x + e^(x*y))
	// d/dy = x(x + e^(x*y))
}

func ExampleSimplify() {
	for _, src := range []string{"x + x", "(x^2 - 1)/(x - 1)", "sqrt(x^2)", "sin(x)/cos(x)", "0^0"} {
		f, _ := calculus.Parse(src)
		fmt.Println(calculus.Simplify(f))
	}
	// Output:
	// 2x
	// x + 1
	// sqrt(x^2)
	// tan(x)
	// 0^0
}

func ExampleDerivation_MarshalJSON() {
	f, _ := calculus.Parse("x^2")
	b, _ := json.Marshal(calculus.Explain(f, "x"))
	fmt.Println(string(b))
	// Output:
	// {"expr":"x^2","var":"x","steps":[{"rule":"power rule","var":"x","before":"x^2","after":"2x","explanation":"Power rule: d/dx x^n = n*x^(n - 1) with n = 2."}],"result":"2x","result_pretty":"2x","result_latex":"2x"}
}
