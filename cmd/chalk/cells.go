package main

import (
	"flag"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"strconv"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/palette/moreland"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"

	"github.com/chalk-ml/chalk/rnn"
	"github.com/chalk-ml/chalk/tensor"
)

// cellOptions are the flags of chalk lstm and chalk gru.
type cellOptions struct {
	hidden int
	seq    string
	seed   uint64
	plot   string
	json   bool
}

func cellFlags(fs *flag.FlagSet) *cellOptions {
	o := &cellOptions{}
	fs.IntVar(&o.hidden, "hidden", 4, "hidden size H (1 to 16)")
	fs.StringVar(&o.seq, "seq", "1,0,0,0,0,0", "the input sequence: one number per step, or vectors split by ';' like 1,0;0,1")
	fs.Uint64Var(&o.seed, "seed", 1, "seed for the random weights (PyTorch's init: U(-1/sqrt(H), 1/sqrt(H)))")
	fs.StringVar(&o.plot, "plot", "", "draw the gates and states over time as a heatmap PNG")
	fs.BoolVar(&o.json, "json", false, "print JSON instead of text")
	return o
}

func init() {
	for _, kind := range []string{"lstm", "gru"} {
		kind := kind
		summary := "Run an LSTM cell over a short sequence and show every gate.\n" +
			"Per step: input gate i, forget gate f, candidate g, output gate o, cell\n" +
			"state c and hidden state h, each with one value per hidden unit."
		if kind == "gru" {
			summary = "Run a GRU cell over a short sequence and show every gate.\n" +
				"Per step: reset gate r, update gate z, candidate n and hidden state h —\n" +
				"a streamlined LSTM with fewer gates and no separate cell state."
		}
		commands = append(commands, command{
			name: kind, args: "", summary: summary,
			flags: func(fs *flag.FlagSet) func([]string, io.Writer) error {
				o := cellFlags(fs)
				return func(args []string, out io.Writer) error {
					if len(args) > 0 {
						return usageErrorf("%s: takes no arguments, got %q (use -seq for the input)", kind, args[0])
					}
					return runCell(kind, *o, out)
				}
			},
		})
	}
	tourParts = append(tourParts, tourPart{"rnn", "An LSTM step with its gates visible", tourRNN})
}

// maxInputs bounds the inputs per step, as -hidden bounds the hidden size:
// every value is printed.
const maxInputs = 16

// parseSeq reads "1,0,0" (one input per step) or "1,0;0,1" (vectors).
func parseSeq(s string) ([][]float64, error) {
	var steps [][]float64
	sep := ","
	if strings.Contains(s, ";") {
		sep = ";"
	}
	for _, part := range strings.Split(s, sep) {
		fields := []string{part}
		if sep == ";" {
			fields = strings.Split(part, ",")
		}
		var v []float64
		for _, f := range fields {
			x, err := strconv.ParseFloat(strings.TrimSpace(f), 64)
			if err != nil || math.IsNaN(x) || math.IsInf(x, 0) {
				return nil, fmt.Errorf("-seq: %q is not a finite number", strings.TrimSpace(f))
			}
			v = append(v, x)
		}
		if len(v) > maxInputs {
			return nil, fmt.Errorf("-seq: step %d has %d inputs; at most %d fit on a screen", len(steps)+1, len(v), maxInputs)
		}
		if len(steps) > 0 && len(v) != len(steps[0]) {
			return nil, fmt.Errorf("-seq: step %d has %d inputs but step 1 has %d; every step needs the same number", len(steps)+1, len(v), len(steps[0]))
		}
		steps = append(steps, v)
	}
	if len(steps) > 64 {
		return nil, fmt.Errorf("-seq: %d steps; at most 64 fit on a screen", len(steps))
	}
	return steps, nil
}

// trace is one step's named rows, for printing, JSON and plots.
type trace struct {
	Step int                  `json:"step"`
	X    []float64            `json:"x"`
	Rows map[string][]float64 `json:"values"`
}

var rowNames = map[string][]string{
	"lstm": {"i", "f", "g", "o", "c", "h"},
	"gru":  {"r", "z", "n", "h"},
}

var rowLabels = map[string]string{
	"i": "input gate", "f": "forget gate", "g": "candidate", "o": "output gate",
	"c": "cell state", "h": "hidden state", "r": "reset gate", "z": "update gate", "n": "candidate",
}

// runSteps runs the cell over the sequence from zero state.
func runSteps(kind string, hidden int, seq [][]float64, seed uint64) ([]trace, error) {
	rng := rand.New(rand.NewPCG(seed, 0))
	in := len(seq[0])
	var traces []trace
	var h, c *tensor.Tensor
	switch kind {
	case "lstm":
		cell, err := rnn.NewLSTMCell(in, hidden, rng)
		if err != nil {
			return nil, err
		}
		for t, xv := range seq {
			x, err := tensor.FromSlice(xv, 1, in)
			if err != nil {
				return nil, err
			}
			st, err := cell.Step(x, h, c)
			if err != nil {
				return nil, err
			}
			h, c = st.H, st.C
			traces = append(traces, trace{Step: t + 1, X: xv, Rows: map[string][]float64{
				"i": st.I.Data(), "f": st.F.Data(), "g": st.G.Data(), "o": st.O.Data(), "c": st.C.Data(), "h": st.H.Data()}})
		}
	case "gru":
		cell, err := rnn.NewGRUCell(in, hidden, rng)
		if err != nil {
			return nil, err
		}
		for t, xv := range seq {
			x, err := tensor.FromSlice(xv, 1, in)
			if err != nil {
				return nil, err
			}
			st, err := cell.Step(x, h)
			if err != nil {
				return nil, err
			}
			h = st.H
			traces = append(traces, trace{Step: t + 1, X: xv, Rows: map[string][]float64{
				"r": st.R.Data(), "z": st.Z.Data(), "n": st.N.Data(), "h": st.H.Data()}})
		}
	}
	return traces, nil
}

func runCell(kind string, o cellOptions, out io.Writer) error {
	if o.hidden < 1 || o.hidden > 16 {
		return usageErrorf("%s: -hidden %d: choose a hidden size from 1 to 16", kind, o.hidden)
	}
	seq, err := parseSeq(o.seq)
	if err != nil {
		return usageErrorf("%s: %v", kind, err)
	}
	traces, err := runSteps(kind, o.hidden, seq, o.seed)
	if err != nil {
		return usageErrorf("%s: %v", kind, err)
	}
	// Plot first, so a path that cannot be written is one line on stderr
	// and nothing on stdout.
	if o.plot != "" {
		if err := plotTraces(o.plot, kind, traces); err != nil {
			return usageErrorf("%s: -plot: %v", kind, err)
		}
	}
	if o.json {
		return writeJSON(out, traces)
	}
	p := &printer{w: out}
	printTraces(p, kind, traces)
	if o.plot != "" {
		p.f("\nwrote %s\n", o.plot)
	}
	return p.err
}

func printTraces(p *printer, kind string, traces []trace) {
	for _, tr := range traces {
		printRow(p, fmt.Sprintf("step %d  x =", tr.Step), tr.X)
		for _, name := range rowNames[kind] {
			printRow(p, fmt.Sprintf("  %s %-13s", name, rowLabels[name]), tr.Rows[name])
		}
	}
}

// printRow prints a label and a vector in aligned 7-character columns,
// continuing on indented lines so nothing passes 80 columns.
func printRow(p *printer, label string, v []float64) {
	const cell = 7
	label = fmt.Sprintf("%-17s", label)
	perLine := max(1, (termWidth-len(label))/cell)
	for i := 0; i < len(v); i += perLine {
		prefix := label
		if i > 0 {
			prefix = strings.Repeat(" ", len(label))
		}
		var sb strings.Builder
		for _, x := range v[i:min(i+perLine, len(v))] {
			sb.WriteString(formatCell(x, cell))
		}
		p.f("%s%s\n", prefix, sb.String())
	}
}

// formatCell right-aligns x in width columns with three decimals, or in
// %g form when that would not fit (an input of 1e6, say), so columns stay
// aligned for any finite value.
func formatCell(x float64, width int) string {
	s := fmt.Sprintf("%*.3f", width, x)
	for prec := 3; len(s) > width && prec >= 0; prec-- {
		s = fmt.Sprintf("%*.*g", width, prec, x)
	}
	return s
}

// plotTraces draws a heatmap: one row per (gate, unit), one column per step.
func plotTraces(path, kind string, traces []trace) error {
	names := rowNames[kind]
	hidden := len(traces[0].Rows[names[0]])
	g := &traceGrid{traces: traces, names: names, hidden: hidden}
	pal := moreland.SmoothBlueRed()
	pal.SetMin(-1)
	pal.SetMax(1)
	hm := plotter.NewHeatMap(g, pal.Palette(255))
	p := plot.New()
	p.Title.Text = strings.ToUpper(kind) + " gates and states over time (blue -1, white 0, red +1)"
	p.X.Label.Text = "step"
	p.Add(hm)
	var ticks []plot.Tick
	for i, n := range names {
		centre := (g.Y(i*hidden) + g.Y(i*hidden+hidden-1)) / 2
		ticks = append(ticks, plot.Tick{Value: centre, Label: n + " " + rowLabels[n]})
	}
	p.Y.Tick.Marker = plot.ConstantTicks(ticks)
	// One tick per step, at the centre of its column.
	var steps []plot.Tick
	for _, tr := range traces {
		steps = append(steps, plot.Tick{Value: float64(tr.Step), Label: strconv.Itoa(tr.Step)})
	}
	p.X.Tick.Marker = plot.ConstantTicks(steps)
	return p.Save(vg.Length(3+0.4*float64(len(traces)))*vg.Inch, vg.Length(1.5+0.18*float64(len(names)*hidden))*vg.Inch, path)
}

// traceGrid adapts traces to plotter.GridXYZ.
type traceGrid struct {
	traces []trace
	names  []string
	hidden int
}

// Row r counts from the top, so the gates read top to bottom in the order
// the text output prints them (i, f, g, o, c, h); y grows upwards.
func (g *traceGrid) Dims() (c, r int) { return len(g.traces), len(g.names) * g.hidden }
func (g *traceGrid) X(c int) float64  { return float64(c + 1) }
func (g *traceGrid) Y(r int) float64  { return float64(len(g.names)*g.hidden - 1 - r) }
func (g *traceGrid) Z(c, r int) float64 {
	name := g.names[r/g.hidden]
	return g.traces[c].Rows[name][r%g.hidden]
}

func tourRNN(w io.Writer) error {
	p := &printer{w: w}
	p.wrapped("An LSTM carries a cell state c that the forget gate f scales and the input gate i writes to: c' = f⊙c + i⊙g, then h' = o⊙tanh(c'). Below, one pulse goes into a cell with PyTorch's random initial weights (PyTorch's layout; weights load from PyTorch by name). Untrained, the forget gates sit near 0.5, so each step keeps only about half of c: the pulse's imprint fades within a few steps, while the biases alone pull c towards a resting value (examples/lstm-gates separates the two). Training teaches f to stay near 1 where memory matters — see examples/adding-problem.")
	p.f("\n")
	seq, _ := parseSeq("1,0,0")
	traces, err := runSteps("lstm", 3, seq, 1)
	if err != nil {
		return err
	}
	printTraces(p, "lstm", traces)
	p.f("\nTry: chalk lstm -seq 1,0,0,0,0,0 -plot gates.png   (and chalk gru)\n")
	return p.err
}
