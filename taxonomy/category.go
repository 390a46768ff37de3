package taxonomy

import "strconv"

// Category is one of the six families the table groups model types into.
// The zero value is not a category.
type Category uint8

// The categories, in table order.
const (
	// TraditionalML is classical machine learning on tabular data: linear,
	// tree, distance and probabilistic models, clustering and
	// dimensionality reduction.
	TraditionalML Category = iota + 1
	// RNNs is "RNNs & Sequence": recurrent networks that read a sequence one
	// step at a time, carrying a hidden state.
	RNNs
	// CNNs is "CNNs (Spatial)": convolutional networks for grids such as
	// images.
	CNNs
	// Transformers are attention-based sequence models.
	Transformers
	// GenerativeAI is "Generative AI": models that create new media.
	GenerativeAI
	// Reinforcement is reinforcement learning: agents that learn from reward.
	Reinforcement
)

// categoryNames are the table's names, indexed by Category.
var categoryNames = []string{
	TraditionalML: "Traditional ML",
	RNNs:          "RNNs & Sequence",
	CNNs:          "CNNs (Spatial)",
	Transformers:  "Transformers",
	GenerativeAI:  "Generative AI",
	Reinforcement: "Reinforcement",
}

// categoryAliases are extra normalised spellings ParseCategory accepts.
var categoryAliases = map[string]Category{
	"traditional":           TraditionalML,
	"classicalml":           TraditionalML,
	"rnns":                  RNNs,
	"sequence":              RNNs,
	"recurrent":             RNNs,
	"cnns":                  CNNs,
	"spatial":               CNNs,
	"convolutional":         CNNs,
	"generative":            GenerativeAI,
	"genai":                 GenerativeAI,
	"reinforcementlearning": Reinforcement,
	"rl":                    Reinforcement,
}

// Categories lists the categories in table order.
func Categories() []Category {
	return []Category{TraditionalML, RNNs, CNNs, Transformers, GenerativeAI, Reinforcement}
}

// String returns the category's name as the table writes it, e.g.
// "RNNs & Sequence".
func (c Category) String() string {
	if c == 0 || int(c) >= len(categoryNames) {
		return "Category(" + strconv.Itoa(int(c)) + ")"
	}
	return categoryNames[c]
}

// ParseCategory finds a category by its table name or a short alias
// ("rnns", "cnns", "generative", "rl"), ignoring case, spaces and
// punctuation. An unknown name is a *ParseError listing the valid ones.
func ParseCategory(s string) (Category, error) {
	q := normalize(s)
	for _, c := range Categories() {
		if normalize(c.String()) == q {
			return c, nil
		}
	}
	if c, ok := categoryAliases[q]; ok {
		return c, nil
	}
	return 0, &ParseError{What: "category", Input: s, Want: cloneSlice(categoryNames[1:])}
}

// MarshalText encodes c as its table name, so JSON shows "RNNs & Sequence".
// The zero value encodes as "", so an empty Model still marshals; any other
// value that is not a category is an error.
func (c Category) MarshalText() ([]byte, error) {
	if c == 0 {
		return []byte{}, nil
	}
	if int(c) >= len(categoryNames) {
		return nil, &ParseError{What: "category", Input: c.String(), Want: cloneSlice(categoryNames[1:])}
	}
	return []byte(c.String()), nil
}

// UnmarshalText decodes any name ParseCategory accepts, and "" as the zero
// value.
func (c *Category) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*c = 0
		return nil
	}
	v, err := ParseCategory(string(text))
	if err != nil {
		return err
	}
	*c = v
	return nil
}
