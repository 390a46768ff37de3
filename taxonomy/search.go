package taxonomy

import "strings"

// minSubstring is the shortest normalised query Search matches inside
// longer names; shorter ones ("rl", "ai") would match almost anything.
const minSubstring = 3

// Search returns every model a free-text query could mean, in table order:
// all models of the category the query names (see ParseCategory), the model
// Find returns, and, for queries of three or more letters, every model with a
// type, example or alias that contains the query. So "transformers" returns
// the three transformer rows, "gpt" returns Decoder-Only and Multimodal
// (GPT-4o), and "r-cnn" returns the rows listing Faster and Mask R-CNN.
// Search returns nil when nothing matches. The results are copies.
func Search(query string) []Model {
	q := normalize(query)
	if q == "" {
		return nil
	}
	hit := make([]bool, len(table))
	if c, err := ParseCategory(query); err == nil {
		for i, m := range table {
			hit[i] = hit[i] || m.Category == c
		}
	}
	for _, s := range spellingsOf(query) { // what Find finds
		if i, ok := lookup(normalize(s)); ok {
			hit[i] = true
			break
		}
	}
	if len(q) >= minSubstring {
		for i, m := range table {
			for _, k := range keysOf(m) {
				if strings.Contains(k, q) {
					hit[i] = true
					break
				}
			}
		}
	}
	var out []Model
	for i, ok := range hit {
		if ok {
			out = append(out, table[i].clone())
		}
	}
	return out
}
