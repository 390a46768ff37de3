package taxonomy

// index maps every normalised name of a model (type, examples, aliases, and
// their singular forms) to its row in table. Built once; a test checks that
// no name points at two rows.
var index = buildIndex()

// keysOf lists the normalised names a model can be found by, exact forms
// first.
func keysOf(m Model) []string {
	names := append(append([]string{m.Type}, m.Examples...), m.Aliases...)
	var keys []string
	for _, n := range names {
		for _, s := range spellingsOf(n) {
			if k := normalize(s); k != "" {
				keys = append(keys, k)
			}
		}
	}
	return keys
}

// buildIndex indexes the exact keys first so that a singular form never
// hides an exact name of another model.
func buildIndex() map[string]int {
	idx := make(map[string]int)
	for i, m := range table {
		for _, k := range keysOf(m) {
			if _, taken := idx[k]; !taken {
				idx[k] = i
			}
		}
	}
	for i, m := range table {
		for _, k := range keysOf(m) {
			if _, taken := idx[singular(k)]; !taken {
				idx[singular(k)] = i
			}
		}
	}
	return idx
}

// Find returns the model whose type, example or alias is name, and whether
// there is one. Matching ignores case, spaces, hyphens, dots and other
// punctuation, British spelling ("neighbours") and a trailing plural "s", so
// "lstm", "Long Short-Term Memory", "k means", "Random Forests", "BiLSTM",
// "u-net" and "k-nearest neighbours" all match. A parenthesised part of a
// name counts on its own: "DQN" finds "Deep Q-Networks (DQN)", and a query
// written the same way, such as "Long Short-Term Memory (LSTM)", is found by
// either part.
//
// Find matches whole names only; use Search for categories and partial
// names. The result is a copy.
func Find(name string) (Model, bool) {
	for _, s := range spellingsOf(name) {
		if i, ok := lookup(normalize(s)); ok {
			return table[i].clone(), true
		}
	}
	return Model{}, false
}

// lookup finds a normalised name, or its singular, in the index.
func lookup(q string) (int, bool) {
	if q == "" {
		return 0, false
	}
	if i, ok := index[q]; ok {
		return i, true
	}
	i, ok := index[singular(q)]
	return i, ok
}
