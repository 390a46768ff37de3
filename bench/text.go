package bench

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Text renders the report as aligned plain-text tables no wider than width
// columns (80 if width <= 0), for a terminal: square products as GFLOPS by
// size (split into several tables if the sizes do not fit), then batched and
// broadcast cases as time, GFLOPS and allocation per product.
func (rep Report) Text(width int) string {
	if width <= 0 {
		width = 80
	}
	var sb strings.Builder
	for _, line := range wrapWords("Measured on "+rep.Machine+".", width) {
		sb.WriteString(line + "\n")
	}
	const nameW, cellW = 26, 8
	if sq := rep.kind(Square); len(sq) > 0 {
		sizes := squareSizes(sq)
		per := max(1, (width-nameW)/cellW)
		for lo := 0; lo < len(sizes); lo += per {
			chunk := sizes[lo:min(lo+per, len(sizes))]
			fmt.Fprintf(&sb, "\n%-*s", nameW, "n×n product, GFLOPS")
			for _, n := range chunk {
				fmt.Fprintf(&sb, "%*s", cellW, fmt.Sprintf("n=%d", n))
			}
			sb.WriteString("\n")
			for _, name := range variantNames(sq) {
				fmt.Fprintf(&sb, "%-*s", nameW, clip(name, nameW-1))
				for _, n := range chunk {
					cell := "–"
					for _, r := range sq {
						if r.Variant == name && r.N == n {
							cell = fmt.Sprintf("%.2f", r.GFLOPS)
						}
					}
					fmt.Fprintf(&sb, "%*s", cellW, cell) // fmt pads by runes
				}
				sb.WriteString("\n")
			}
		}
	}
	for _, k := range []Kind{Batched, Broadcast} {
		rs := rep.kind(k)
		if len(rs) == 0 {
			continue
		}
		fmt.Fprintf(&sb, "\n%-*s %10s %8s %8s\n", width-29, string(k)+" products", "µs", "GFLOPS", "MB")
		last := ""
		for _, r := range rs {
			if r.Case != last {
				fmt.Fprintf(&sb, "%s\n", clip(r.Case, width))
				last = r.Case
			}
			alloc := "–"
			if r.BytesOp > 0 || r.AllocsOp > 0 {
				alloc = fmt.Sprintf("%.2f", float64(r.BytesOp)/1e6)
			}
			fmt.Fprintf(&sb, "  %-*s %10.1f %8.2f %*s\n", width-31, clip(r.Variant, width-31), r.NsPerOp/1e3, r.GFLOPS, 8, alloc)
		}
	}
	return sb.String()
}

// clip shortens s to at most n runes, marking the cut with "…".
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// wrapWords breaks text into lines of at most width runes.
func wrapWords(text string, width int) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(text) {
		if line != "" && utf8.RuneCountInString(line)+1+utf8.RuneCountInString(w) > width {
			lines = append(lines, line)
			line = w
			continue
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	return append(lines, line)
}
