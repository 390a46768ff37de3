package taxonomy

import "strings"

// Terminal layout limits.
const (
	// DefaultWidth is the width Table and friends use when given width <= 0:
	// a classic 80-column terminal.
	DefaultWidth = 80
	// MinWidth is the narrowest layout; smaller widths are treated as
	// MinWidth.
	MinWidth = 24

	colGap    = 2 // spaces between columns
	narrowest = 8 // no column narrower than this, else fall back to records
	// Costs shrink weighs a layout by: a row line is what the reader pays
	// most for; a wrapped cell in a row that is tall anyway costs a little;
	// a word cut after a hyphen, slash or dot costs like a row line. A word
	// cut anywhere else outweighs everything, so shrink only makes one when
	// no other column can give.
	rowLineCost  = 4
	cellLineCost = 1
	softCutCost  = 4
	hardCutCost  = 1 << 20
	labelGap     = 2 // spaces between a record's label and its value
	indentSize   = 2 // indent of a record's fields under its title
)

// grid is a table to lay out in a terminal: a header, rows of cells (which
// may contain explicit newlines) and, optionally, a group heading per row
// that is printed whenever it changes.
type grid struct {
	headers []string
	rows    [][]string
	groups  []string
}

// render lays g out in at most width columns. Columns start at their natural
// width; while the table is too wide, one column gives up one character,
// chosen by fit (see shrink). Cells wrap within their column; when any row
// wraps, rows are separated by blank lines so each one reads as a unit. If
// even columns of the narrowest width do not fit, or the columns would have
// to cut a word where it has no hyphen, slash or dot, every row is printed as
// a record instead (title line, then "label  value" lines).
func (g grid) render(width int) string {
	width = clampWidth(width)
	n := len(g.headers)
	widths := make([]int, n)
	for c, h := range g.headers {
		widths[c] = longestLine(h)
		for _, row := range g.rows {
			widths[c] = max(widths[c], longestLine(row[c]))
		}
	}
	if !g.shrink(widths, width-colGap*(n-1)) || g.hardCuts(widths) > 0 {
		return g.records(width)
	}

	cells := make([][][]string, len(g.rows))
	wrapped := false
	for r, row := range g.rows {
		cells[r] = make([][]string, n)
		for c, cell := range row {
			cells[r][c] = wrap(cell, widths[c])
			wrapped = wrapped || len(cells[r][c]) > 1
		}
	}

	var b strings.Builder
	head := make([][]string, n)
	for c, h := range g.headers {
		head[c] = wrap(h, widths[c])
	}
	writeRow(&b, head, widths)
	rule := make([]string, n)
	for c, w := range widths {
		rule[c] = strings.Repeat("-", w)
	}
	b.WriteString(strings.Join(rule, strings.Repeat(" ", colGap)) + "\n")

	for r := range g.rows {
		if g.groups != nil && (r == 0 || g.groups[r] != g.groups[r-1]) {
			b.WriteString("\n")
			for _, l := range wrap(heading(g.groups[r]), width) {
				b.WriteString(l + "\n")
			}
		} else if wrapped && r > 0 {
			b.WriteString("\n")
		}
		writeRow(&b, cells[r], widths)
	}
	return b.String()
}

// heading marks a group name so it stands apart from the rows under it.
func heading(group string) string { return "== " + group + " ==" }

// records prints each row as a block: the first cell as a title, then one
// indented "header  value" line per other column, wrapped to width.
func (g grid) records(width int) string {
	var b strings.Builder
	for r, row := range g.rows {
		if r > 0 {
			b.WriteString("\n")
		}
		if g.groups != nil && (r == 0 || g.groups[r] != g.groups[r-1]) {
			for _, l := range wrap(heading(g.groups[r]), width) {
				b.WriteString(l + "\n")
			}
		}
		labels := make([]string, len(g.headers)-1)
		for i, h := range g.headers[1:] {
			labels[i] = strings.ToLower(h)
		}
		b.WriteString(record(row[0], labels, row[1:], width))
	}
	return b.String()
}

// record prints a title line and then each label with its value, values
// aligned in one column and wrapped to width with a hanging indent. When
// width is too narrow for a label column, values go on their own line.
func record(title string, labels, values []string, width int) string {
	width = clampWidth(width)
	var b strings.Builder
	for _, l := range wrap(title, width) {
		b.WriteString(l + "\n")
	}
	lw := 0
	for _, l := range labels {
		lw = max(lw, runeLen(l))
	}
	valueAt := indentSize + lw + labelGap
	stacked := width-valueAt < narrowest
	for i, label := range labels {
		if values[i] == "" {
			continue
		}
		if stacked {
			b.WriteString(strings.Repeat(" ", indentSize) + label + "\n")
			for _, l := range wrap(values[i], width-2*indentSize) {
				b.WriteString(strings.Repeat(" ", 2*indentSize) + l + "\n")
			}
			continue
		}
		for j, l := range wrap(values[i], width-valueAt) {
			lead := strings.Repeat(" ", valueAt)
			if j == 0 {
				lead = strings.Repeat(" ", indentSize) + label + strings.Repeat(" ", valueAt-indentSize-runeLen(label))
			}
			b.WriteString(strings.TrimRight(lead+l, " ") + "\n")
		}
	}
	return b.String()
}

// writeRow writes one row of wrapped cells, padding every column but the
// last and trimming trailing spaces.
func writeRow(b *strings.Builder, cells [][]string, widths []int) {
	height := 0
	for _, c := range cells {
		height = max(height, len(c))
	}
	for line := 0; line < height; line++ {
		var sb strings.Builder
		for c, w := range widths {
			text := ""
			if line < len(cells[c]) {
				text = cells[c][line]
			}
			if c > 0 {
				sb.WriteString(strings.Repeat(" ", colGap))
			}
			sb.WriteString(text)
			if c < len(widths)-1 {
				sb.WriteString(strings.Repeat(" ", w-runeLen(text)))
			}
		}
		b.WriteString(strings.TrimRight(sb.String(), " ") + "\n")
	}
}

// shrink narrows columns one character at a time until the widths sum to
// at most avail, and reports whether they do. Each step narrows the column
// whose loss costs the table least (see cost); ties go to the widest column.
// No column goes below narrowest (or its natural width, if that is smaller).
func (g grid) shrink(widths []int, avail int) bool {
	for sum(widths) > avail {
		best, bestCost := -1, 0
		for c := range widths {
			if widths[c] <= narrowest {
				continue
			}
			widths[c]--
			cost := g.cost(widths)
			widths[c]++
			if best < 0 || cost < bestCost || (cost == bestCost && widths[c] > widths[best]) {
				best, bestCost = c, cost
			}
		}
		if best < 0 {
			return false
		}
		widths[best]--
	}
	return true
}

// hardCuts counts the words that would be cut with no break character to
// cut after; a table that needs one is too narrow to read as a table.
func (g grid) hardCuts(widths []int) int {
	n := 0
	for _, row := range append([][]string{g.headers}, g.rows...) {
		for c, cell := range row {
			_, _, hard := wrapCounting(cell, widths[c])
			n += hard
		}
	}
	return n
}

// cost weighs a layout: rowLineCost per line of every row, cellLineCost per
// line a cell wraps onto, and softCutCost or hardCutCost per word cut.
func (g grid) cost(widths []int) int {
	total := 0
	for _, row := range append([][]string{g.headers}, g.rows...) {
		height := 0
		for c, cell := range row {
			lines, soft, hard := wrapCounting(cell, widths[c])
			height = max(height, len(lines))
			total += cellLineCost*(len(lines)-1) + softCutCost*soft + hardCutCost*hard
		}
		total += rowLineCost * height
	}
	return total
}

// clampWidth applies DefaultWidth and MinWidth.
func clampWidth(width int) int {
	if width <= 0 {
		return DefaultWidth
	}
	return max(width, MinWidth)
}

func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}
