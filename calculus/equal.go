package calculus

import "sort"

// Equal reports whether a and b are the same tree: the same node types, the
// same operators and functions, the same names and exactly equal numbers.
// It does not know algebra: x + 1 and 1 + x are different trees.
func Equal(a, b Expr) bool {
	switch a := a.(type) {
	case nil:
		return b == nil
	case *Num:
		b, ok := b.(*Num)
		return ok && a.r.Cmp(&b.r) == 0
	case *Var:
		b, ok := b.(*Var)
		return ok && a.Name == b.Name
	case *Const:
		b, ok := b.(*Const)
		return ok && a.Kind == b.Kind
	case *Neg:
		b, ok := b.(*Neg)
		return ok && Equal(a.X, b.X)
	case *Binary:
		b, ok := b.(*Binary)
		return ok && a.Op == b.Op && Equal(a.X, b.X) && Equal(a.Y, b.Y)
	case *Call:
		b, ok := b.(*Call)
		return ok && a.Fn == b.Fn && Equal(a.Arg, b.Arg)
	}
	return false
}

// Variables returns the names of the variables in e, sorted and without
// repeats. The constants e and pi are not variables.
func Variables(e Expr) []string {
	seen := map[string]bool{}
	Inspect(e, func(n Expr) bool {
		if v, ok := n.(*Var); ok {
			seen[v.Name] = true
		}
		return true
	})
	names := make([]string, 0, len(seen))
	for n := range seen {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Inspect walks e depth-first, calling f on each node before its children;
// when f returns false the children of that node are skipped (as ast.Inspect).
func Inspect(e Expr, f func(Expr) bool) {
	if e == nil || !f(e) {
		return
	}
	switch e := e.(type) {
	case *Neg:
		Inspect(e.X, f)
	case *Binary:
		Inspect(e.X, f)
		Inspect(e.Y, f)
	case *Call:
		Inspect(e.Arg, f)
	}
}
