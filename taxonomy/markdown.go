package taxonomy

import "strings"

// Markdown renders models as a GitHub-flavoured Markdown table with the
// columns Category, Model type, Purpose, Input, Paradigm, Examples and In
// chalk (links as `code`), one row per model in the order given.
func Markdown(models []Model) string {
	rows := make([][]string, len(models))
	for i, m := range models {
		rows[i] = []string{m.Category.String(), m.Type, m.Purpose, m.Input, m.ParadigmText(),
			strings.Join(m.Examples, ", "), codeLinks(m.Chalk)}
	}
	return markdownTable([]string{"Category", "Model type", "Purpose", "Input", "Paradigm", "Examples", "In chalk"}, rows)
}

// ComparisonMarkdown renders the CNN-vs-RNN comparison as a Markdown table
// with the columns Aspect, CNN and RNN.
func ComparisonMarkdown(rows []Comparison) string {
	cells := make([][]string, len(rows))
	for i, r := range rows {
		cells[i] = []string{r.Aspect, r.CNN, r.RNN}
	}
	return markdownTable([]string{"Aspect", "CNN", "RNN"}, cells)
}

// ArchitectureMarkdown renders RNN architectures as a Markdown table with
// the columns Architecture, Family, Shape, How it works, Used for and In
// chalk.
func ArchitectureMarkdown(archs []Architecture) string {
	rows := make([][]string, len(archs))
	for i, a := range archs {
		rows[i] = []string{a.Name, a.Family.String(), "`" + a.Shape + "`", a.Description,
			strings.Join(a.UseCases, ", "), codeLinks(a.Chalk)}
	}
	return markdownTable([]string{"Architecture", "Family", "Shape", "How it works", "Used for", "In chalk"}, rows)
}

// codeLinks formats links as comma-separated `code` spans.
func codeLinks(links []Link) string {
	parts := make([]string, len(links))
	for i, l := range links {
		parts[i] = "`" + l.Ref + "`"
	}
	return strings.Join(parts, ", ")
}

// markdownTable writes a header, the delimiter row and one line per row.
// Pipes in cells are escaped and newlines become <br> so a cell can never
// break the table.
func markdownTable(headers []string, rows [][]string) string {
	var b strings.Builder
	line := func(cells []string) {
		b.WriteString("|")
		for _, c := range cells {
			b.WriteString(" " + markdownCell(c) + " |")
		}
		b.WriteString("\n")
	}
	line(headers)
	b.WriteString("|" + strings.Repeat("---|", len(headers)) + "\n")
	for _, r := range rows {
		line(r)
	}
	return b.String()
}

// markdownCell escapes what would end a cell or a row.
func markdownCell(s string) string {
	s = strings.ReplaceAll(s, "|", `\|`)
	return strings.ReplaceAll(s, "\n", "<br>")
}
