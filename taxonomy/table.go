package taxonomy

import "strings"

// Table renders models as an aligned plain-text table no wider than width
// columns (DefaultWidth if width <= 0, at least MinWidth): the columns TYPE,
// PURPOSE, INPUT, PARADIGM and EXAMPLES, under a heading line such as
// "== RNNs & Sequence ==" wherever the category changes. Long cells wrap at
// spaces (or after "/" and "-"); when any cell wraps, rows are separated by
// blank lines. When the columns would have to cut words in two (below about
// 74 columns for the whole table), each model is printed as a record
// instead: its type, then one indented "label  value" line per column.
// Chalk links are left to Describe.
func Table(models []Model, width int) string {
	g := grid{headers: []string{"TYPE", "PURPOSE", "INPUT", "PARADIGM", "EXAMPLES"}}
	for _, m := range models {
		g.rows = append(g.rows, []string{m.Type, m.Purpose, m.Input, m.ParadigmText(),
			strings.Join(m.Examples, ", ")})
		g.groups = append(g.groups, m.Category.String())
	}
	return g.render(width)
}

// ComparisonTable renders the CNN-vs-RNN comparison as an aligned table with
// the columns ASPECT, CNN and RNN, wrapped to width as Table does.
func ComparisonTable(rows []Comparison, width int) string {
	g := grid{headers: []string{"ASPECT", "CNN", "RNN"}}
	for _, r := range rows {
		g.rows = append(g.rows, []string{r.Aspect, r.CNN, r.RNN})
	}
	return g.render(width)
}

// ArchitectureTable renders RNN architectures as an aligned table with the
// columns ARCHITECTURE (the name, with its shape on the line below), HOW IT
// WORKS and IN CHALK (one link per line), wrapped to width as Table does.
func ArchitectureTable(archs []Architecture, width int) string {
	g := grid{headers: []string{"ARCHITECTURE", "HOW IT WORKS", "IN CHALK"}}
	for _, a := range archs {
		g.rows = append(g.rows, []string{a.Name + "\n" + a.Shape, a.Description, lineLinks(a.Chalk)})
	}
	return g.render(width)
}

// lineLinks puts one link per line.
func lineLinks(links []Link) string {
	refs := make([]string, len(links))
	for i, l := range links {
		refs[i] = l.Ref
	}
	return strings.Join(refs, "\n")
}
