package main

import (
	"fmt"
	"math"
	"sort"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/plotutil"
	"gonum.org/v1/plot/vg"

	"github.com/chalk-ml/chalk/calculus"
)

// plotFunction draws f and its derivative df over [from, to] to a PNG. Where
// a function is undefined (ln of a negative, 1/0) its line breaks; the y
// range is chosen from the bulk of the values so a pole does not flatten
// everything else.
func plotFunction(path string, f, df calculus.Expr, x string, point map[string]float64, from, to float64, order int) error {
	const samples = 600
	p := plot.New()
	p.Title.Text = "f(" + x + ") = " + f.Pretty()
	p.X.Label.Text = x
	p.Add(plotter.NewGrid())
	var all []float64
	for i, fn := range []calculus.Expr{f, df} {
		name := "f = " + f.Pretty()
		if i == 1 {
			name = primes(order) + " = " + df.Pretty()
		}
		segments := sampleSegments(fn, x, point, from, to, samples)
		if i == 0 && len(segments) == 0 {
			return usageErrorf("diff: --plot: f is undefined everywhere on [%g, %g]; choose another range with --from and --to", from, to)
		}
		for _, seg := range segments {
			for _, xy := range seg {
				all = append(all, xy.Y)
			}
		}
		for j, seg := range segments {
			if len(seg) < 2 {
				continue
			}
			line, err := plotter.NewLine(seg)
			if err != nil {
				return fmt.Errorf("diff: --plot: %v", err)
			}
			line.Color = plotutil.Color(i)
			line.Width = vg.Points(1.5)
			if i == 1 {
				line.Dashes = []vg.Length{vg.Points(6), vg.Points(3)}
			}
			p.Add(line)
			if j == 0 {
				p.Legend.Add(name, line)
			}
		}
	}
	if a, ok := point[x]; ok && order == 1 {
		if err := addTangent(p, f, df, x, point, a, from, to); err != nil {
			return err
		}
	}
	lo, hi := robustRange(all)
	// Headroom for the legend in the top right corner, so it does not sit
	// on a curve that rises to the right (x², eˣ).
	p.Y.Min, p.Y.Max = lo, hi+(hi-lo)*0.3
	p.Legend.Top = true
	if err := p.Save(7*vg.Inch, 4.5*vg.Inch, path); err != nil {
		return usageErrorf("diff: --plot: %v", err)
	}
	return nil
}

// sampleSegments evaluates fn at evenly spaced x, splitting the curve where
// it is undefined.
func sampleSegments(fn calculus.Expr, x string, point map[string]float64, from, to float64, n int) []plotter.XYs {
	vars := map[string]float64{}
	for k, v := range point {
		vars[k] = v
	}
	var segs []plotter.XYs
	var cur plotter.XYs
	for i := 0; i <= n; i++ {
		xv := from + (to-from)*float64(i)/float64(n)
		vars[x] = xv
		y, err := calculus.Eval(fn, vars)
		if err != nil || math.IsNaN(y) || math.IsInf(y, 0) {
			if len(cur) > 0 {
				segs = append(segs, cur)
				cur = nil
			}
			continue
		}
		cur = append(cur, plotter.XY{X: xv, Y: y})
	}
	if len(cur) > 0 {
		segs = append(segs, cur)
	}
	return segs
}

// robustRange returns a y range covering the 2nd to 98th percentile of
// values, padded by 10%.
func robustRange(vs []float64) (float64, float64) {
	s := append([]float64(nil), vs...)
	sort.Float64s(s)
	lo, hi := s[len(s)*2/100], s[len(s)-1-len(s)*2/100]
	if hi-lo < 1e-9 {
		lo, hi = lo-1, hi+1
	}
	pad := (hi - lo) / 10
	return lo - pad, hi + pad
}

// addTangent draws the tangent line y = f(a) + f'(a)(x - a) at the point and
// marks (a, f(a)): the derivative is the slope of that line.
func addTangent(p *plot.Plot, f, df calculus.Expr, x string, point map[string]float64, a, from, to float64) error {
	fa, err1 := calculus.Eval(f, point)
	slope, err2 := calculus.Eval(df, point)
	if err1 != nil || err2 != nil || math.IsNaN(fa+slope) || math.IsInf(fa+slope, 0) {
		return nil // no tangent where f or f' is undefined
	}
	tangent := plotter.XYs{{X: from, Y: fa + slope*(from-a)}, {X: to, Y: fa + slope*(to-a)}}
	line, err := plotter.NewLine(tangent)
	if err != nil {
		return err
	}
	line.Color = plotutil.Color(2)
	line.Dashes = []vg.Length{vg.Points(2), vg.Points(2)}
	dot, err := plotter.NewScatter(plotter.XYs{{X: a, Y: fa}})
	if err != nil {
		return err
	}
	dot.Color = plotutil.Color(2)
	dot.Radius = vg.Points(3)
	p.Add(line, dot)
	p.Legend.Add(fmt.Sprintf("tangent at %s = %g, slope %.4g", x, a, slope), line)
	return nil
}
