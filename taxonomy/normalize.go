package taxonomy

import "strings"

// spellings maps British spellings to the American ones the table uses, so
// "k-nearest neighbours" finds "K-Nearest Neighbors".
var spellings = strings.NewReplacer(
	"neighbour", "neighbor",
	"behaviour", "behavior",
	"normalis", "normaliz",
	"generalis", "generaliz",
	"optimis", "optimiz",
	"modelling", "modeling",
)

// normalize folds a name to the form lookups compare: lower case, American
// spelling, and only the letters a-z and digits 0-9, so "K-Means", "k means"
// and "kmeans" are all "kmeans", and "Faster R-CNN" is "fasterrcnn".
// Full-width letters and digits, as East Asian keyboards type them ("ＬＳＴＭ"),
// count as their ASCII forms.
func normalize(s string) string {
	s = strings.Map(halfWidth, s)
	s = spellings.Replace(strings.ToLower(s))
	var b strings.Builder
	for _, r := range s {
		if ('a' <= r && r <= 'z') || ('0' <= r && r <= '9') {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// halfWidth maps the full-width forms U+FF01..U+FF5E to ASCII.
func halfWidth(r rune) rune {
	if 0xFF01 <= r && r <= 0xFF5E {
		return r - 0xFEE0
	}
	return r
}

// singular drops one trailing "s" from a normalised name longer than three
// letters, so "GANs" also matches "gan" and "Deep Q-Networks" matches
// "deep q-network". Short names such as "ols" are left alone.
func singular(s string) string {
	if len(s) > 3 && strings.HasSuffix(s, "s") {
		return s[:len(s)-1]
	}
	return s
}

// spellingsOf lists the strings a name can be looked up by: the name itself,
// the name without its parenthesised part, and each parenthesised part, so
// "Deep Q-Networks (DQN)" is found as "Deep Q-Networks" and as "DQN".
func spellingsOf(name string) []string {
	out := []string{name}
	outside := name
	for {
		open := strings.IndexByte(outside, '(')
		if open < 0 {
			break
		}
		end := strings.IndexByte(outside[open:], ')')
		if end < 0 {
			break
		}
		out = append(out, outside[open+1:open+end])
		outside = outside[:open] + outside[open+end+1:]
	}
	if outside != name {
		out = append(out, outside)
	}
	return out
}
