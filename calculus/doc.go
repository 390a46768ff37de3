// Package calculus differentiates expressions symbolically and shows the
// work the way a teacher writes it on the board: every step named, every
// step checkable, and the final answer in textbook form.
//
//	f, err := calculus.Parse("sqrt(5x^3 + 2)")
//	d := calculus.Diff(f, "x")          // 15x^2/(2sqrt(5x^3 + 2))
//	fmt.Println(d.Pretty())             // 15x²/(2√(5x³ + 2))
//	fmt.Print(calculus.Explain(f, "x")) // rewrite, chain rule (outside, inside), simplify
//
// # Expressions
//
// An Expr is a tree of *Num (exact big.Rat rationals), *Var, *Const (e, pi),
// *Neg, *Binary (+ - * / ^) and *Call (sqrt exp ln sin cos tan sec csc cot
// asin acos atan sinh cosh tanh abs), a closed set as in go/ast. Parse reads
// what a learner types, including implicit multiplication (5x^3, 2sqrt(x),
// 3(x+1), x y) and pasted Unicode (√x, x², ·, ×, −, π); see Parse for the
// grammar and the exact conventions: ^ is right-associative, -x^2 is
// -(x^2), log is the natural logarithm as in SymPy, xy is x*y, and e^u is
// exp(u). String writes plain ASCII that Parse reads back into an equal tree
// (Equal), with only the parentheses the precedence table in operator.go
// needs; Pretty writes Unicode and LaTeX writes LaTeX. Eval computes a value
// at a point over the real numbers and reports domain errors (ln(-1),
// sqrt(-4), 0^0) as an *EvalError instead of returning NaN.
//
// # Derivatives
//
// Diff(e, x) is ∂e/∂x, holding other variables constant; DiffN takes the
// n-th derivative and Gradient all first partial derivatives. The rules sit
// in diff.go (constant, sum, product, power, exponential, general power,
// chain) and funcs.go (each function's derivative beside its
// simplifications). The work happens on a canonical form (canon.go), as in
// SymPy: n-ary sums and products, exact rational coefficients, like terms
// collected, powers of equal bases combined, a fixed order.
//
// Simplify, which Diff applies to its result, then chooses the most readable
// of several equal arrangements (textbook.go): a common denominator,
// common factors pulled out, products multiplied out or factored,
// polynomial factors cancelled, trigonometric identities, keeping the form
// with the fewest operations as SymPy's count_ops counts them. It never
// rewrites sqrt(x^2) as x, (x^2)^(1/2) as x, or 0^0 as 1.
//
// # Steps
//
// Explain follows the seed's method. First a rewrite step turns roots into
// fractional exponents and fractions into negative exponents, so that
// sqrt(5x^3 + 2) becomes (5x^3 + 2)^(1/2) and e^x/x^3 becomes e^x·x^(-3).
// Then the rule of the outermost structure is applied, with sub-steps for
// the parts; a chain rule differentiates the outside with respect to a new
// variable u keeping the inside, then multiplies by the inside's derivative.
// A last step simplifies. Every step's After is the derivative of its Before
// (or, for rewrite and simplify, the same function), and the Derivation's
// Result is exactly Diff's. Classify names the rule of the outermost
// structure alone. A Derivation prints as numbered plain text (String),
// with Unicode or LaTeX (Format), and as JSON for the chalk CLI.
//
// # Limits
//
// Parse rejects input longer than MaxInputLength characters or nested deeper
// than MaxDepth levels; exact powers of numbers are computed only up to a
// few thousand bits (2^99999999 stays as written), sums are multiplied out
// only while small ((x+1)^99999999 is never expanded), and the search for a
// readable form has a fixed budget. Parse, Diff, Simplify and Explain never
// panic on any input.
//
// The derivatives are checked against SymPy (testdata/gen_sympy.py writes
// the fixture of a few hundred expressions the tests read) and against
// central finite differences from gonum's diff/fd.
package calculus
