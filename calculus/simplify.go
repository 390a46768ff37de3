package calculus

// Simplify returns e in textbook form. It first brings e into the canonical
// form described in canon.go (exact big.Rat coefficients, flattened sums and
// products, like terms collected, powers of equal bases combined, a fixed
// order), then chooses among equal arrangements the one with the fewest
// operations: a common denominator, common factors pulled out, products
// multiplied out (see textbook.go). Negative exponents are written as
// denominators and powers 1/2 as sqrt.
//
// Simplify respects domains: sqrt(x^2) stays sqrt(x^2) (it is |x|, not x),
// (x^2)^(1/2) is not x, and 0^0 stays 0^0. The only domain changes are the
// removable ones every computer algebra system makes, such as x/x = 1.
func Simplify(e Expr) Expr {
	if e == nil {
		return nil
	}
	return textbook(canon(e))
}
