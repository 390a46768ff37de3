package bench

import (
	"fmt"
	"image/color"
	"io"
	"math"
	"slices"
	"sort"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/plotutil"
	"gonum.org/v1/plot/vg"
)

// Report is a set of measurements taken in one run, with the machine they
// ran on.
type Report struct {
	Machine string   `json:"machine"`
	Results []Result `json:"results"`
}

// Options choose what Run measures.
type Options struct {
	Sizes     []int     // Square sizes; nil means SquareSizes
	Batched   bool      // include BatchedCases
	Broadcast bool      // include BroadcastCases
	Only      []string  // variant names to run; nil means all
	Variants  []Variant // the variants to choose from; nil means Variants()
	Progress  io.Writer // one line per measurement, if not nil
}

// Run measures every variant on every selected case.
func Run(opt Options) (Report, error) {
	sizes := opt.Sizes
	if sizes == nil {
		sizes = SquareSizes
	}
	var cases []Case
	for _, n := range sizes {
		cases = append(cases, SquareCase(n))
	}
	if opt.Batched {
		cases = append(cases, BatchedCases()...)
	}
	if opt.Broadcast {
		cases = append(cases, BroadcastCases()...)
	}
	rep := Report{Machine: Machine()}
	for _, c := range cases {
		vs := opt.Variants
		if vs == nil {
			vs = Variants()
		}
		for _, v := range vs {
			if !v.Handles(c) || (opt.Only != nil && !slices.Contains(opt.Only, v.Name)) {
				continue
			}
			r, err := Measure(c, v)
			if err != nil {
				return rep, err
			}
			if opt.Progress != nil {
				fmt.Fprintf(opt.Progress, "%-24s %-26s %10.1f µs %7.2f GFLOPS\n", clip(c.Name, 24), clip(v.Name, 26), r.NsPerOp/1e3, r.GFLOPS)
			}
			rep.Results = append(rep.Results, r)
		}
	}
	return rep, nil
}

// variants returns the variant names in rs, in first-seen order.
func variantNames(rs []Result) []string {
	var names []string
	for _, r := range rs {
		if !slices.Contains(names, r.Variant) {
			names = append(names, r.Variant)
		}
	}
	return names
}

// squareSizes returns the sizes n of square results, ascending.
func squareSizes(sq []Result) []int {
	var sizes []int
	for _, r := range sq {
		if !slices.Contains(sizes, r.N) {
			sizes = append(sizes, r.N)
		}
	}
	sort.Ints(sizes)
	return sizes
}

func (rep Report) kind(k Kind) []Result {
	var out []Result
	for _, r := range rep.Results {
		if r.Kind == k {
			out = append(out, r)
		}
	}
	return out
}

// Markdown renders the report: square products as GFLOPS by size, then
// batched and broadcast cases as time per product, GFLOPS and allocation.
func (rep Report) Markdown() string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "Measured on %s.\n\n", rep.Machine)
	if sq := rep.kind(Square); len(sq) > 0 {
		sizes := squareSizes(sq)
		sb.WriteString("Square n×n·n×n, GFLOPS (higher is better):\n\n| variant |")
		for _, n := range sizes {
			fmt.Fprintf(&sb, " %d |", n)
		}
		sb.WriteString("\n|---|")
		for range sizes {
			sb.WriteString("---:|")
		}
		sb.WriteString("\n")
		for _, name := range variantNames(sq) {
			fmt.Fprintf(&sb, "| %s |", name)
			for _, n := range sizes {
				cell := "–"
				for _, r := range sq {
					if r.Variant == name && r.N == n {
						cell = fmt.Sprintf("%.2f", r.GFLOPS)
					}
				}
				fmt.Fprintf(&sb, " %s |", cell)
			}
			sb.WriteString("\n")
		}
		sb.WriteString("\n")
	}
	for _, k := range []Kind{Batched, Broadcast} {
		rs := rep.kind(k)
		if len(rs) == 0 {
			continue
		}
		fmt.Fprintf(&sb, "%s products, time per product (lower is better):\n\n", strings.ToUpper(string(k[:1]))+string(k[1:]))
		sb.WriteString("| case | variant | µs | GFLOPS | MB allocated |\n|---|---|---:|---:|---:|\n")
		for _, r := range rs {
			alloc := "–"
			if r.BytesOp > 0 || r.AllocsOp > 0 {
				alloc = fmt.Sprintf("%.2f", float64(r.BytesOp)/1e6)
			}
			fmt.Fprintf(&sb, "| %s | %s | %.1f | %.2f | %s |\n", r.Case, r.Variant, r.NsPerOp/1e3, r.GFLOPS, alloc)
		}
		sb.WriteString("\n")
	}
	return sb.String()
}

// lineColors are distinct enough for the dozen or so variants of a report.
var lineColors = []color.Color{
	color.RGBA{0xd6, 0x27, 0x28, 255}, color.RGBA{0x1f, 0x77, 0xb4, 255}, color.RGBA{0x2c, 0xa0, 0x2c, 255},
	color.RGBA{0xff, 0x7f, 0x0e, 255}, color.RGBA{0x94, 0x67, 0xbd, 255}, color.RGBA{0x8c, 0x56, 0x4b, 255},
	color.RGBA{0xe3, 0x77, 0xc2, 255}, color.RGBA{0x7f, 0x7f, 0x7f, 255}, color.RGBA{0xbc, 0xbd, 0x22, 255},
	color.RGBA{0x17, 0xbe, 0xcf, 255}, color.RGBA{0x00, 0x00, 0x00, 255}, color.RGBA{0xaa, 0x66, 0x00, 255},
	color.RGBA{0x00, 0x55, 0x88, 255}, color.RGBA{0x66, 0x99, 0x00, 255},
}

// Plot writes a PNG of GFLOPS against n for the square cases, one line per
// variant, to path.
func (rep Report) Plot(path string) error {
	sq := rep.kind(Square)
	if len(sq) == 0 {
		return fmt.Errorf("bench: no square results to plot")
	}
	p := plot.New()
	p.Title.Text = "n×n matrix product, float64"
	p.X.Label.Text = "n"
	p.Y.Label.Text = "GFLOPS"
	p.X.Scale = plot.LogScale{}
	p.X.Tick.Marker = plot.LogTicks{Prec: -1}
	p.Legend.Top = true
	p.Legend.Left = true
	p.Add(plotter.NewGrid())
	for i, name := range variantNames(sq) {
		var pts plotter.XYs
		for _, r := range sq {
			if r.Variant == name {
				pts = append(pts, plotter.XY{X: float64(r.N), Y: math.Max(r.GFLOPS, 0)})
			}
		}
		sort.Slice(pts, func(a, b int) bool { return pts[a].X < pts[b].X })
		line, points, err := plotter.NewLinePoints(pts)
		if err != nil {
			return err
		}
		c := lineColors[i%len(lineColors)]
		line.Color, points.Color = c, c
		points.Shape = plotutil.Shape(i)
		if strings.HasPrefix(name, "chalk") {
			line.Width = vg.Points(2.5)
		} else {
			line.Dashes = plotutil.Dashes(i % 4)
		}
		p.Add(line, points)
		p.Legend.Add(name, line, points)
	}
	return p.Save(8*vg.Inch, 5*vg.Inch, path)
}
