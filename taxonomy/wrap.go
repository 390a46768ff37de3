package taxonomy

import (
	"strings"
	"unicode/utf8"
)

// breakAfter are the characters a word too long for its column may be split
// after, so "supervised/self-supervised" wraps as "supervised/" and
// "self-supervised" rather than mid-word.
const breakAfter = "/-.,)"

// runeLen is the display width of s; all of the taxonomy's text is ASCII,
// so one rune is one column.
func runeLen(s string) int { return utf8.RuneCountInString(s) }

// wrap breaks s into lines of at most w columns. Explicit newlines start a
// new line; otherwise lines break at spaces, and a word longer than w breaks
// after one of breakAfter or, failing that, hard at w.
func wrap(s string, w int) []string {
	lines, _, _ := wrapCounting(s, w)
	return lines
}

// wrapCounting is wrap that also counts the cuts it made inside words:
// soft ones after a break character, and hard ones with none to cut after,
// which a reader finds hardest to follow.
func wrapCounting(s string, w int) (lines []string, softCuts, hardCuts int) {
	if w < 1 {
		w = 1
	}
	for _, para := range strings.Split(s, "\n") {
		line := ""
		for _, word := range strings.Fields(para) {
			switch {
			case line == "" && runeLen(word) <= w:
				line = word
			case line != "" && runeLen(line)+1+runeLen(word) <= w:
				line += " " + word
			case runeLen(word) <= w:
				lines = append(lines, line)
				line = word
			default:
				if line != "" {
					lines = append(lines, line)
				}
				pieces, hard := splitWord(word, w)
				hardCuts += hard
				softCuts += len(pieces) - 1 - hard
				lines = append(lines, pieces[:len(pieces)-1]...)
				line = pieces[len(pieces)-1]
			}
		}
		lines = append(lines, line)
	}
	return lines, softCuts, hardCuts
}

// splitWord cuts a word into pieces of at most w columns, each ending at the
// last break character that fits, or at w when there is none; hard counts
// the cuts at w.
func splitWord(word string, w int) (pieces []string, hard int) {
	r := []rune(word)
	for len(r) > w {
		cut := w
		hard++
		for i := w - 1; i > 0; i-- {
			if strings.ContainsRune(breakAfter, r[i]) {
				cut = i + 1
				hard--
				break
			}
		}
		pieces = append(pieces, string(r[:cut]))
		r = r[cut:]
	}
	return append(pieces, string(r)), hard
}

// longestLine is the width of the longest line of s.
func longestLine(s string) int {
	n := 0
	for _, l := range strings.Split(s, "\n") {
		n = max(n, runeLen(l))
	}
	return n
}
