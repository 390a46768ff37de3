package calculus

// The textbook pass turns a canonical expression into the form a teacher
// writes. For a sum it tries, besides the sum as it is:
//
//	factor    pull out the common factor: 2x sin(x) + x^2 cos(x) = x(2sin(x) + x cos(x))
//	together  one common denominator: ln(x)/(2sqrt(x)) + 1/sqrt(x) = (ln(x) + 2)/(2sqrt(x))
//	expand    multiply out products of sums: 2x(x - 1) - x^2 - 1 = x^2 - 2x - 1
//	cancel    divide a denominator's polynomial factor out of the numerator
//
// and combinations of these, and keeps the form with the fewest operations
// as SymPy's count_ops counts them (ties go to the simpler transformation).
// Inside, sums in function arguments, bases and fractions get the same
// treatment. Every candidate is an identity of the canonical form, so the
// choice changes how the answer reads, never its value.

type simplifier struct {
	memo   map[string]*node
	shown  map[string]Expr // rendered nodes, shared so that repeated parts cost nothing
	depth  int
	budget int // candidate nodes left to measure; bounds the whole search
}

// Work bounds for the textbook pass.
const (
	maxExpandTerms = 64 // a product of sums is multiplied out only up to this many terms
	maxExpandPower = 12 // (a + b)^n is multiplied out only for n up to this
	maxBestDepth   = 8  // nesting of best-form searches
	maxBestSize    = 4000
	searchBudget   = 5000 // nodes of candidates measured per call of textbook
)

// textbook renders n in its most readable form.
func textbook(n *node) Expr { return textbookWith(n, searchBudget) }

// textbookWith is textbook with a search budget; 0 renders n as it is.
func textbookWith(n *node, budget int) Expr {
	s := &simplifier{memo: map[string]*node{}, shown: map[string]Expr{}, budget: budget}
	return s.render(s.best(n))
}

// best returns the most readable arrangement of n; render prints it.
func (s *simplifier) best(n *node) *node {
	if n.kind != kAdd && n.kind != kMul {
		return n
	}
	if b, ok := s.memo[n.key]; ok {
		return b
	}
	if s.depth > maxBestDepth || n.size > maxBestSize {
		return n
	}
	s.memo[n.key] = n // guards against a candidate that leads back to n
	s.depth++
	defer func() { s.depth-- }()

	bestNode, bestCost, bestDivs := n, -1, 0
	seen := map[string]bool{}
	consider := func(c *node) {
		if c == nil || s.budget <= 0 || seen[c.key] {
			return
		}
		seen[c.key] = true
		s.budget -= c.size
		r := s.render(c)
		cost := countOps(canon(r))
		// On a tie, fewer fraction bars read better: (x cos(x) - sin(x))/x^2
		// rather than cos(x)/x - sin(x)/x^2.
		divs := countDivisions(r)
		if bestCost < 0 || cost < bestCost || cost == bestCost && divs < bestDivs {
			bestNode, bestCost, bestDivs = c, cost, divs
		}
	}
	consider(n)
	for _, c := range s.candidates(n) {
		consider(c)
	}
	s.memo[n.key] = bestNode
	return bestNode
}

// candidates lists the rearrangements of n worth measuring, simplest first.
func (s *simplifier) candidates(n *node) []*node {
	if s.budget <= 0 {
		return nil
	}
	out := s.plainCandidates(n)
	for _, t := range []*node{trigSimp(n), trigSimp(toSinCos(n)), trigSimp(squaresAsTan(n)), deepExpand(n)} {
		if t != nil && t.key != n.key {
			out = append(out, t)
			if t.kind == kAdd || t.kind == kMul {
				out = append(out, s.plainCandidates(t)...)
			}
		}
	}
	// A candidate that is a product may improve further as a product: with
	// its sums in their best forms joined in, a denominator multiplied out,
	// the coefficient moved into a factor, or minus signs moved into sums.
	for _, c := range append([]*node{n}, out...) {
		if c == nil || c.kind != kMul || s.budget <= 0 {
			continue
		}
		sp := s.spliced(c.args)
		for _, m := range []*node{c, sp} {
			if m.kind != kMul {
				continue
			}
			out = append(out, m, expandDen(m), respliced(m, together), respliced(m, factorOut),
				absorbCoeff(m), flipSigns(m))
			if f := flipSigns(m); f != nil {
				out = append(out, absorbCoeff(f))
			}
		}
	}
	return out
}

func (s *simplifier) plainCandidates(n *node) []*node {
	var out []*node
	if n.kind == kMul {
		out = append(out, respliced(n, together), respliced(n, factorOut), expandDen(n))
		if e := expand(n); e != nil && e.key != n.key {
			out = append(out, e)
			if e.kind == kAdd {
				out = append(out, factorOut(e), together(e))
			}
		}
		return out
	}
	out = append(out, factorOut(n), factorOutBases(n), factorPoly(n))
	out = append(out, togetherVariants(n)...)
	if e := expand(n); e != nil && e.key != n.key {
		out = append(out, e)
		if e.kind == kAdd {
			out = append(out, factorOut(e), factorPoly(e))
			out = append(out, togetherVariants(e)...)
		}
	}
	out = append(out, partialTogether(n))
	return out
}

func countDivisions(e Expr) int {
	n := 0
	Inspect(e, func(x Expr) bool {
		if b, ok := x.(*Binary); ok && b.Op == OpDiv {
			n++
		}
		return true
	})
	return n
}
