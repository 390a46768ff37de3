package taxonomy

import (
	"fmt"
	"strings"
)

// ParseError reports a category, paradigm or data kind name that is not in
// the taxonomy, with the names that are.
type ParseError struct {
	What  string   // "category", "paradigm" or "data kind"
	Input string   // what the caller wrote
	Want  []string // the accepted names
}

// Error says which name was not understood and lists the valid ones, e.g.
// `taxonomy: unknown paradigm "semi"; want one of: supervised, ...`.
func (e *ParseError) Error() string {
	return fmt.Sprintf("taxonomy: unknown %s %q; want one of: %s",
		e.What, e.Input, strings.Join(e.Want, ", "))
}
