package tensor

import (
	"math"
	"strconv"
	"strings"
)

// Printing follows PyTorch 1.13's torch/_tensor_str.py with its default
// print options (4 digits of precision, 80 columns, summarising tensors of
// more than 1000 elements to their first and last 3 entries per dim), as if
// float64 were the default dtype, so chalk prints exactly what PyTorch
// prints for the same values.
const (
	printPrecision = 4
	printThreshold = 1000
	printEdgeItems = 3
	printLineWidth = 80
)

// String formats t as PyTorch does, e.g.
//
//	tensor([[1., 2.],
//	        [3., 4.]])
//
// All elements share one format: integers print with a trailing dot,
// fractions with 4 decimals, and scientific notation is used when the
// magnitudes span more than 1000× or reach 1e8 (or go below 1e-4).
func (t *Tensor) String() string {
	if t == nil {
		return "<nil>"
	}
	if t.isZero() {
		return "tensor(<zero value>)"
	}
	const prefix = "tensor("
	indent := len(prefix)
	var suffixes []string
	var body string
	if t.Numel() == 0 {
		body = "[]"
		if len(t.shape) != 1 {
			suffixes = append(suffixes, "size="+pyTuple(t.shape))
		}
	} else {
		summarize := t.Numel() > printThreshold
		sample := t.Data()
		if summarize {
			sample = summarized(t)
		}
		f := newFormatter(sample)
		body = f.tensor(t, t.offset, 0, indent, summarize)
	}
	return addSuffixes(prefix+body, suffixes, indent)
}

// formatter is _Formatter: one width and style for every element.
type formatter struct {
	intMode, sciMode bool
	width            int
}

func newFormatter(values []float64) formatter {
	f := formatter{intMode: true, width: 1}
	var nonzero []float64
	for _, v := range values {
		if isFinite(v) && v != 0 {
			nonzero = append(nonzero, v)
		}
	}
	if len(nonzero) == 0 {
		return f
	}
	lo, hi := math.Inf(1), 0.0
	for _, v := range nonzero {
		a := math.Abs(v)
		lo, hi = math.Min(lo, a), math.Max(hi, a)
		if v != math.Ceil(v) {
			f.intMode = false
		}
	}
	wide := hi/lo > 1000 || hi > 1e8
	if !f.intMode {
		wide = wide || lo < 1e-4
	}
	f.sciMode = wide
	for _, v := range nonzero {
		var s string
		switch {
		case f.sciMode:
			s = pyFloat(v, 'e', printPrecision)
		case f.intMode:
			s = pyFloat(v, 'f', 0) + "."
		default:
			s = pyFloat(v, 'f', printPrecision)
		}
		f.width = max(f.width, len(s))
	}
	return f
}

// format renders one element right-aligned to the common width.
func (f formatter) format(v float64) string {
	var s string
	switch {
	case f.sciMode:
		s = pyFloat(v, 'e', printPrecision)
	case f.intMode:
		s = pyFloat(v, 'f', 0)
		if isFinite(v) {
			s += "."
		}
	default:
		s = pyFloat(v, 'f', printPrecision)
	}
	if pad := f.width - len(s); pad > 0 {
		s = strings.Repeat(" ", pad) + s
	}
	return s
}

// tensor is _tensor_str_with_formatter for the sub-tensor of t starting at
// element offset off with dims t.shape[dim:].
func (f formatter) tensor(t *Tensor, off, dim, indent int, summarize bool) string {
	nd := len(t.shape) - dim
	switch nd {
	case 0:
		return f.format(t.data[off])
	case 1:
		return f.vector(t, off, dim, indent, summarize)
	}
	size, stride := t.shape[dim], t.strides[dim]
	var slices []string
	for _, i := range edgeIndices(size, summarize) {
		if i < 0 {
			slices = append(slices, "...")
			continue
		}
		slices = append(slices, f.tensor(t, off+i*stride, dim+1, indent+1, summarize))
	}
	sep := "," + strings.Repeat("\n", nd-1) + strings.Repeat(" ", indent+1)
	return "[" + strings.Join(slices, sep) + "]"
}

// vector is _vector_str: elements wrapped to the line width.
func (f formatter) vector(t *Tensor, off, dim, indent int, summarize bool) string {
	elementLen := f.width + 2
	perLine := max(1, (printLineWidth-indent)/elementLen)
	size, stride := t.shape[dim], t.strides[dim]
	var data []string
	for _, i := range edgeIndices(size, summarize) {
		if i < 0 {
			data = append(data, " ...")
			continue
		}
		data = append(data, f.format(t.data[off+i*stride]))
	}
	var lines []string
	for i := 0; i < len(data); i += perLine {
		lines = append(lines, strings.Join(data[i:min(i+perLine, len(data))], ", "))
	}
	return "[" + strings.Join(lines, ",\n"+strings.Repeat(" ", indent+1)) + "]"
}

// edgeIndices lists the indices printed along a dim of the given size: all
// of them, or when summarising a long dim the first and last few with -1
// standing for the "..." between.
func edgeIndices(size int, summarize bool) []int {
	var idx []int
	if summarize && size > 2*printEdgeItems {
		for i := 0; i < printEdgeItems; i++ {
			idx = append(idx, i)
		}
		idx = append(idx, -1)
		for i := size - printEdgeItems; i < size; i++ {
			idx = append(idx, i)
		}
		return idx
	}
	for i := 0; i < size; i++ {
		idx = append(idx, i)
	}
	return idx
}

// summarized returns the elements a summarised print shows, which are the
// ones PyTorch's formatter measures (get_summarized_data).
func summarized(t *Tensor) []float64 {
	var out []float64
	var rec func(off, dim int)
	rec = func(off, dim int) {
		if dim == len(t.shape) {
			out = append(out, t.data[off])
			return
		}
		for _, i := range edgeIndices(t.shape[dim], true) {
			if i >= 0 {
				rec(off+i*t.strides[dim], dim+1)
			}
		}
	}
	rec(t.offset, 0)
	return out
}

// pyFloat formats v as Python's format(v, '.{prec}{verb}') does.
func pyFloat(v float64, verb byte, prec int) string {
	switch {
	case math.IsNaN(v):
		return "nan"
	case math.IsInf(v, 1):
		return "inf"
	case math.IsInf(v, -1):
		return "-inf"
	}
	return strconv.FormatFloat(v, verb, prec, 64)
}

// pyTuple prints a shape as a Python tuple: (2, 0), (5,), ().
func pyTuple(shape []int) string {
	parts := make([]string, len(shape))
	for i, d := range shape {
		parts[i] = strconv.Itoa(d)
	}
	if len(parts) == 1 {
		return "(" + parts[0] + ",)"
	}
	return "(" + strings.Join(parts, ", ") + ")"
}

// addSuffixes is _add_suffixes: ", size=(…)" and the closing parenthesis,
// wrapping to a new line past the line width.
func addSuffixes(s string, suffixes []string, indent int) string {
	var sb strings.Builder
	sb.WriteString(s)
	lastLine := len(s) - strings.LastIndex(s, "\n") + 1
	for _, suf := range suffixes {
		if lastLine+len(suf)+2 > printLineWidth {
			sb.WriteString(",\n" + strings.Repeat(" ", indent) + suf)
			lastLine = indent + len(suf)
		} else {
			sb.WriteString(", " + suf)
			lastLine += len(suf) + 2
		}
	}
	sb.WriteString(")")
	return sb.String()
}
