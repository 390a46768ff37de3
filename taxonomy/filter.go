package taxonomy

// ByCategory returns the models in category c, in table order; nil for a
// value that is not a category. The results are copies.
func ByCategory(c Category) []Model {
	return filter(func(m Model) bool { return m.Category == c })
}

// ByParadigm returns the models whose paradigm includes any paradigm in p, in
// table order. ByParadigm(SelfSupervised) therefore finds the RNN rows
// ("supervised/self-supervised") as well as the transformers
// ("self-supervised"), and ByParadigm(Unsupervised|Adversarial) finds every
// model that learns without labels or adversarially. ByParadigm(0) is nil.
// The results are copies.
func ByParadigm(p Paradigm) []Model {
	return filter(func(m Model) bool { return m.Paradigm&p != 0 })
}

// ByInput returns the models whose ideal input includes any kind in k, in
// table order. ByInput(Image) finds the CNN rows, the generative rows that
// take images, and the RL rows (which learn from pixels);
// ByInput(Sequential) finds every model that reads text, code, time series
// or audio. ByInput(0) is nil. The results are copies.
func ByInput(k DataKind) []Model {
	return filter(func(m Model) bool { return m.InputKinds&k != 0 })
}

// filter returns copies of the rows keep accepts, or nil if none.
func filter(keep func(Model) bool) []Model {
	var out []Model
	for _, m := range table {
		if keep(m) {
			out = append(out, m.clone())
		}
	}
	return out
}
