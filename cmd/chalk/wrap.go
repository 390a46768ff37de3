package main

import (
	"encoding/json"
	"io"
	"strings"
	"unicode/utf8"
)

// termWidth is the width all output fits in.
const termWidth = 80

// wrap breaks text into lines of at most width runes at spaces; a word longer
// than the width (a 70-digit coefficient, say) is cut into pieces of width
// runes. A shape such as [b n m] is kept on one line when it fits.
func wrap(text string, width int) []string {
	width = max(width, 1)
	var lines []string
	for _, para := range strings.Split(text, "\n") {
		line := ""
		for _, w := range words(para, width) {
			for r := []rune(w); len(r) > width; r = r[width:] {
				if line != "" {
					lines = append(lines, line)
				}
				line = ""
				lines = append(lines, string(r[:width]))
				w = string(r[width:])
			}
			switch {
			case line == "":
				line = w
			case utf8.RuneCountInString(line)+1+utf8.RuneCountInString(w) <= width:
				line += " " + w
			default:
				lines = append(lines, line)
				line = w
			}
		}
		lines = append(lines, line)
	}
	return lines
}

// words splits a paragraph at spaces, except inside square brackets: "[b n
// m]" is one word, unless it is longer than width, when its parts are
// words of their own.
func words(para string, width int) []string {
	var out, group []string
	depth := 0
	for _, f := range strings.Fields(para) {
		group = append(group, f)
		depth += strings.Count(f, "[") - strings.Count(f, "]")
		if depth > 0 {
			continue
		}
		depth = 0
		if joined := strings.Join(group, " "); utf8.RuneCountInString(joined) <= width {
			out = append(out, joined)
		} else {
			out = append(out, group...)
		}
		group = group[:0]
	}
	return append(out, group...) // an unclosed "[" keeps its words apart
}

// indent writes text wrapped to termWidth with every line after the first
// indented by prefix width (the first line is prefixed by first).
func indent(w io.Writer, first, text string) error {
	pad := strings.Repeat(" ", utf8.RuneCountInString(first))
	for i, l := range wrap(text, termWidth-len(pad)) {
		p := pad
		if i == 0 {
			p = first
		}
		if _, err := io.WriteString(w, strings.TrimRight(p+l, " ")+"\n"); err != nil {
			return &writeError{err}
		}
	}
	return nil
}

// writeJSON writes v as indented JSON.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return &writeError{err}
	}
	return nil
}
