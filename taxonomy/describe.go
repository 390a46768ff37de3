package taxonomy

import "strings"

// Describe renders one model as a card no wider than width columns
// (DefaultWidth if width <= 0): a title line "Type (Category)", then its
// purpose, input, paradigm, examples, aliases and chalk links, one link per
// line, and for each linked example the command that runs it. Empty fields
// are left out.
func Describe(m Model, width int) string {
	var refs, runs []string
	for _, l := range m.Chalk {
		refs = append(refs, l.Ref)
		if l.Kind == ExampleLink {
			runs = append(runs, l.Command())
		}
	}
	return record(m.Type+" ("+m.Category.String()+")",
		[]string{"purpose", "input", "paradigm", "examples", "aliases", "chalk", "run"},
		[]string{m.Purpose, m.Input, m.ParadigmText(), strings.Join(m.Examples, ", "),
			strings.Join(m.Aliases, ", "), strings.Join(refs, "\n"), strings.Join(runs, "\n")},
		width)
}
