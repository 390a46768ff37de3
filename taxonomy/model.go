package taxonomy

// Model is one row of the taxonomy: a model type, what it is for, what data
// it wants and how it learns.
//
// Category, Type, Purpose, Input, Paradigm and Examples are the table's own
// columns and words. InputKinds is Input as typed data for filtering;
// Aliases and Chalk are added by chalk.
type Model struct {
	// Category is the family the model type belongs to.
	Category Category `json:"category"`
	// Type is the model type as the table names it, e.g. "LSTM".
	Type string `json:"type"`
	// Purpose is the core purpose, e.g. "retains long-term context using
	// gating".
	Purpose string `json:"purpose"`
	// Input is the ideal input in the table's words, e.g. "sequential
	// (text, audio, sensors)".
	Input string `json:"input"`
	// InputKinds is Input as a set of DataKinds.
	InputKinds DataKind `json:"input_kinds"`
	// Paradigm is how the model trains; a set, since the table combines
	// paradigms ("supervised/self-supervised").
	Paradigm Paradigm `json:"paradigm"`
	// ParadigmNote qualifies Paradigm where the table does, e.g. "latent"
	// for diffusion models ("supervised (latent)"); usually empty.
	ParadigmNote string `json:"paradigm_note,omitempty"`
	// Examples are popular models of this type, e.g. "Standard LSTM".
	Examples []string `json:"examples"`
	// Aliases are other names Find accepts, e.g. "long short-term memory".
	Aliases []string `json:"aliases"`
	// Chalk links to the chalk symbols and examples that implement or
	// illustrate this model type; empty when chalk has none.
	Chalk []Link `json:"chalk"`
}

// ParadigmText is the paradigm as the table writes it, with the note in
// parentheses: "supervised/self-supervised", "supervised (latent)".
func (m Model) ParadigmText() string {
	if m.ParadigmNote == "" {
		return m.Paradigm.String()
	}
	return m.Paradigm.String() + " (" + m.ParadigmNote + ")"
}

// clone returns a deep copy of m, with empty slices rather than nil ones so
// that JSON shows [] for a model with no links.
func (m Model) clone() Model {
	m.Examples = cloneSlice(m.Examples)
	m.Aliases = cloneSlice(m.Aliases)
	m.Chalk = cloneSlice(m.Chalk)
	return m
}

// cloneSlice copies s into a new, never-nil slice.
func cloneSlice[T any](s []T) []T {
	return append(make([]T, 0, len(s)), s...)
}

// cloneModels deep-copies each model.
func cloneModels(ms []Model) []Model {
	out := make([]Model, len(ms))
	for i, m := range ms {
		out[i] = m.clone()
	}
	return out
}
