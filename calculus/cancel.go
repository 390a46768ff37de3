package calculus

// cancel returns num·dinv, where dinv is the reciprocal of a denominator.
func cancel(num, dinv *node) *node {
	return mulKeep(num, dinv)
}
