package taxonomy

// ArchitectureFamily separates the two ways RNN architectures differ: in how
// inputs map to outputs over time, and in what happens inside the
// recurrence.
type ArchitectureFamily uint8

// The families.
const (
	// SequenceMode architectures differ in how many inputs and outputs
	// there are: one-to-one through encoder-decoder.
	SequenceMode ArchitectureFamily = iota + 1
	// RecurrentVariant architectures change the recurrence itself: LSTM,
	// GRU and bidirectional RNNs. Any of them can run in any mode.
	RecurrentVariant
)

// String returns "sequence mode" or "recurrent variant".
func (f ArchitectureFamily) String() string {
	switch f {
	case SequenceMode:
		return "sequence mode"
	case RecurrentVariant:
		return "recurrent variant"
	}
	return "ArchitectureFamily(?)"
}

// MarshalText encodes f as its String, and the zero value as "".
func (f ArchitectureFamily) MarshalText() ([]byte, error) {
	switch f {
	case 0:
		return []byte{}, nil
	case SequenceMode, RecurrentVariant:
		return []byte(f.String()), nil
	}
	return nil, &ParseError{What: "architecture family", Input: f.String(),
		Want: []string{SequenceMode.String(), RecurrentVariant.String()}}
}

// UnmarshalText decodes "sequence mode", "recurrent variant", or "" as the
// zero value.
func (f *ArchitectureFamily) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*f = 0
		return nil
	}
	for _, v := range []ArchitectureFamily{SequenceMode, RecurrentVariant} {
		if string(text) == v.String() {
			*f = v
			return nil
		}
	}
	return &ParseError{What: "architecture family", Input: string(text),
		Want: []string{SequenceMode.String(), RecurrentVariant.String()}}
}

// Architecture is one kind of recurrent network, with where chalk builds it.
type Architecture struct {
	// Name is the architecture's usual name, e.g. "Many-to-one".
	Name string `json:"name"`
	// Family says whether this is a sequence mode or a recurrent variant.
	Family ArchitectureFamily `json:"family"`
	// Shape is the input -> output pattern: T is a sequence length, T' a
	// different one, H the hidden size.
	Shape string `json:"shape"`
	// Description says how it works.
	Description string `json:"description"`
	// UseCases are typical tasks.
	UseCases []string `json:"use_cases"`
	// Chalk links to the rnn symbols and examples that implement it.
	Chalk []Link `json:"chalk"`
}

// architectures are the sequence modes, then the variants.
var architectures = []Architecture{
	{
		Name: "One-to-one", Family: SequenceMode, Shape: "1 -> 1",
		Description: "One input, one output, no recurrence across steps: a plain " +
			"feed-forward network, the degenerate RNN with a single step.",
		UseCases: []string{"image classification"},
		Chalk:    []Link{symbol("rnn.OneToOne"), example("sequence-modes")},
	},
	{
		Name: "One-to-many", Family: SequenceMode, Shape: "1 -> T",
		Description: "One input sets up the first step; the network then emits an output " +
			"at every step, often feeding each output back in as the next input.",
		UseCases: []string{"image captioning", "music generation"},
		Chalk:    []Link{symbol("rnn.OneToMany"), example("sequence-modes")},
	},
	{
		Name: "Many-to-one", Family: SequenceMode, Shape: "T -> 1",
		Description: "Reads the whole sequence and makes one prediction from the final " +
			"hidden state h_T, which summarises it.",
		UseCases: []string{"sentiment analysis", "the adding problem"},
		Chalk:    []Link{symbol("rnn.ManyToOne"), example("sequence-modes"), example("adding-problem")},
	},
	{
		Name: "Many-to-many (synchronous)", Family: SequenceMode, Shape: "T -> T",
		Description: "Emits one output per input step, aligned in time: y_t is read from " +
			"h_t, which has seen x_1 .. x_t.",
		UseCases: []string{"part-of-speech tagging", "frame-by-frame video labelling"},
		Chalk:    []Link{symbol("rnn.ManyToMany"), example("sequence-modes")},
	},
	{
		Name: "Encoder-decoder", Family: SequenceMode, Shape: "T -> T'",
		Description: "An encoder RNN reads the whole input into its final state; a decoder " +
			"RNN starts from that state and emits an output sequence of another length.",
		UseCases: []string{"machine translation", "summarisation"},
		Chalk:    []Link{symbol("rnn.EncoderDecoder"), example("sequence-modes")},
	},
	{
		Name: "LSTM", Family: RecurrentVariant, Shape: "(x_t, h, c) -> (h, c)",
		Description: "Adds a cell state c and input, forget and output gates i, f, o with a " +
			"candidate g: c_t = f*c_(t-1) + i*g, h_t = o*tanh(c_t). The additive path " +
			"through c lets gradients survive long gaps.",
		UseCases: []string{"language modelling", "speech recognition"},
		Chalk:    []Link{symbol("rnn.LSTM"), symbol("rnn.LSTMCell"), example("lstm-gates")},
	},
	{
		Name: "GRU", Family: RecurrentVariant, Shape: "(x_t, h) -> h",
		Description: "Merges cell and hidden state and uses two gates, reset r and update z: " +
			"h_t = (1-z)*n + z*h_(t-1), n a candidate state. Fewer parameters than an " +
			"LSTM, often similar accuracy.",
		UseCases: []string{"language modelling", "time-series forecasting"},
		Chalk:    []Link{symbol("rnn.GRU"), symbol("rnn.GRUCell"), example("gru-vs-lstm")},
	},
	{
		Name: "Bidirectional", Family: RecurrentVariant, Shape: "T -> T, 2H features",
		Description: "Runs one RNN forward and another backward over the sequence and " +
			"concatenates their hidden states, so each output sees past and future; " +
			"needs the whole sequence up front.",
		UseCases: []string{"named-entity recognition", "BiLSTM taggers"},
		Chalk:    []Link{symbol("rnn.Config.Bidirectional")},
	},
}

// Architectures returns the RNN architecture kinds: the sequence modes
// one-to-one, one-to-many, many-to-one, many-to-many (synchronous) and
// encoder-decoder, then the recurrent variants LSTM, GRU and bidirectional,
// each linked to the chalk code that implements it. The result is a deep
// copy.
func Architectures() []Architecture {
	out := make([]Architecture, len(architectures))
	for i, a := range architectures {
		a.UseCases = cloneSlice(a.UseCases)
		a.Chalk = cloneSlice(a.Chalk)
		out[i] = a
	}
	return out
}
