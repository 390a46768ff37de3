package taxonomy

// Paradigms that can learn from a data set with labels, and from one
// without. Self-supervised models appear in both: they pre-train on the
// data alone and are fine-tuned on labels when there are some.
const (
	learnsFromLabels   = Supervised | SelfSupervised
	learnsWithoutLabel = Unsupervised | SelfSupervised | Adversarial
)

// Suggest answers "which model types fit this data?" using only the table.
// A model fits when both hold:
//
//  1. its InputKinds share at least one kind with data (so Sequential
//     matches anything that reads text, code, time series or audio);
//  2. its paradigm can learn from what you have: with labelled data, a
//     paradigm that includes Supervised or SelfSupervised; without labels,
//     one that includes Unsupervised, SelfSupervised or Adversarial.
//
// Reinforcement learning is the exception: it learns from a reward, not from
// labels, so TrialAndError models fit whenever data includes Environment,
// labelled or not, and never otherwise (their "pixels" are observations of
// an environment, not a data set of images).
//
// So Suggest(Tabular, true) is the supervised Traditional ML rows,
// Suggest(Tabular, false) is Clustering, Dimensionality and VAEs, and
// Suggest(Environment, false) is the two RL rows. Results are in table
// order, nil when nothing fits, and are copies.
func Suggest(data DataKind, labelled bool) []Model {
	want := learnsWithoutLabel
	if labelled {
		want = learnsFromLabels
	}
	return filter(func(m Model) bool {
		if m.Paradigm.Has(TrialAndError) {
			return data.Has(Environment)
		}
		return m.InputKinds&data != 0 && m.Paradigm&want != 0
	})
}
