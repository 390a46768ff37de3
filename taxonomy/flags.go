package taxonomy

import (
	"fmt"
	"math/bits"
	"strings"
)

// flagSet is the shape shared by Paradigm and DataKind: a bit set whose
// single bits have names.
type flagSet interface{ ~uint8 | ~uint16 }

// splitFlags lists the single bits set in v, lowest first.
func splitFlags[T flagSet](v T) []T {
	var out []T
	for rest := uint64(v); rest != 0; rest &= rest - 1 {
		out = append(out, T(uint64(1)<<bits.TrailingZeros64(rest)))
	}
	return out
}

// flagString joins the names of the bits set in v with "/", the way the
// table writes "supervised/self-supervised". Bits without a name are shown
// in hex so a bad value is visible rather than silently dropped.
func flagString[T flagSet](v T, typeName string, names []string) string {
	if v == 0 {
		return "none"
	}
	var parts []string
	for _, b := range splitFlags(v) {
		i := bits.TrailingZeros64(uint64(b))
		if i >= len(names) {
			return fmt.Sprintf("%s(%#x)", typeName, uint64(v))
		}
		parts = append(parts, names[i])
	}
	return strings.Join(parts, "/")
}

// parseFlags reads names separated by "/" or "," into a set. lookup maps the
// normalised spelling of one name to its bits.
func parseFlags[T flagSet](s, what string, lookup map[string]T, want []string) (T, error) {
	var v T
	fields := strings.FieldsFunc(s, func(r rune) bool { return r == '/' || r == ',' })
	for _, f := range fields {
		if normalize(f) == "" {
			continue
		}
		b, ok := lookup[normalize(f)]
		if !ok {
			b, ok = lookup[singular(normalize(f))]
		}
		if !ok {
			return 0, &ParseError{What: what, Input: strings.TrimSpace(f), Want: cloneSlice(want)}
		}
		v |= b
	}
	if v == 0 {
		return 0, &ParseError{What: what, Input: s, Want: cloneSlice(want)}
	}
	return v, nil
}

// flagNames lists the names of the bits set in v; never nil, so that an
// empty set encodes as the JSON array [] rather than null.
func flagNames[T flagSet](v T, names []string) []string {
	out := []string{}
	for _, f := range splitFlags(v) {
		n := bits.TrailingZeros64(uint64(f))
		if n < len(names) {
			out = append(out, names[n])
		} else {
			out = append(out, fmt.Sprintf("%#x", uint64(f)))
		}
	}
	return out
}
