package taxonomy

import "strconv"

// LinkKind says what a Link points at in chalk.
type LinkKind uint8

// The kinds of link.
const (
	// SymbolLink is a Go identifier in chalk written package.Name, such as
	// the type rnn.LSTM, the function tensor.MatMul or the field
	// rnn.Config.Bidirectional.
	SymbolLink LinkKind = iota + 1
	// ExampleLink is a runnable lesson under examples/, such as
	// examples/lstm-gates.
	ExampleLink
)

// modulePath is chalk's import path, used to build go doc commands.
const modulePath = "github.com/chalk-ml/chalk"

// String returns "symbol" or "example".
func (k LinkKind) String() string {
	switch k {
	case SymbolLink:
		return "symbol"
	case ExampleLink:
		return "example"
	}
	return "LinkKind(" + strconv.Itoa(int(k)) + ")"
}

// MarshalText encodes k as "symbol" or "example", and the zero value as "".
func (k LinkKind) MarshalText() ([]byte, error) {
	switch k {
	case 0:
		return []byte{}, nil
	case SymbolLink, ExampleLink:
		return []byte(k.String()), nil
	}
	return nil, &ParseError{What: "link kind", Input: k.String(), Want: []string{"symbol", "example"}}
}

// UnmarshalText decodes "symbol", "example", or "" as the zero value.
func (k *LinkKind) UnmarshalText(text []byte) error {
	switch string(text) {
	case "":
		*k = 0
	case "symbol":
		*k = SymbolLink
	case "example":
		*k = ExampleLink
	default:
		return &ParseError{What: "link kind", Input: string(text), Want: []string{"symbol", "example"}}
	}
	return nil
}

// Link points from a row of the taxonomy to the part of chalk that
// implements or illustrates it.
type Link struct {
	// Kind says whether Ref is a Go symbol or an example program.
	Kind LinkKind `json:"kind"`
	// Ref is the symbol as package.Name ("rnn.LSTM") or the example's
	// directory relative to the module root ("examples/lstm-gates").
	Ref string `json:"ref"`
}

// String returns l.Ref.
func (l Link) String() string { return l.Ref }

// Command returns the shell command that shows the link from the module
// root: "go run ./examples/lstm-gates" for an example, and
// "go doc github.com/chalk-ml/chalk/rnn.LSTM" for a symbol.
func (l Link) Command() string {
	if l.Kind == ExampleLink {
		return "go run ./" + l.Ref
	}
	return "go doc " + modulePath + "/" + l.Ref
}

// symbol and example build Links for the data tables.
func symbol(ref string) Link   { return Link{Kind: SymbolLink, Ref: ref} }
func example(name string) Link { return Link{Kind: ExampleLink, Ref: "examples/" + name} }
