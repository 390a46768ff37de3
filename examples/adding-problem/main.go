// Command adding-problem runs the long-memory experiment of the rnn package:
// vanilla RNN, GRU and LSTM trained with the same hidden size and budget on
// the adding problem (Hochreiter & Schmidhuber 1997) for several sequence
// lengths T. It prints a progress line while training, a Markdown table of
// the final test MSE, and writes a PNG plot of the learning curves.
//
//	go run ./examples/adding-problem -T 10,25,50,100 -plot adding.png
//
// Success is an MSE below 0.04; always predicting the mean scores ≈ 0.167.
// The expected lesson: the LSTM and GRU solve T = 100, the vanilla RNN
// stalls near 0.167 once T is long. With the defaults (H = 32, 3000 Adam
// steps of 32 sequences, lr 0.01, gradient clipping at norm 1, the LSTM's
// forget-gate bias raised by 1) the full table takes about two and a half
// minutes on two cores; -T 10,50 -steps 300 takes ten seconds. Flags: -T, -models, -steps, -hidden, -batch, -lr, -clip,
// -forget-bias, -seed, -eval, -plot.
package main

import (
	"errors"
	"flag"
	"fmt"
	"image/color"
	"io"
	"math"
	"os"
	"strconv"
	"strings"
	"time"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"

	"github.com/chalk-ml/chalk/rnn"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return // -h: the flags are already printed
		}
		fmt.Fprintln(os.Stderr, "adding-problem:", err)
		os.Exit(1)
	}
}

// options are the command-line flags.
type options struct {
	lengths []int
	models  []string
	cfg     rnn.AddingConfig
	plot    string
}

func parse(args []string, stderr io.Writer) (options, error) {
	def := rnn.DefaultAddingConfig("lstm", 100)
	fs := flag.NewFlagSet("adding-problem", flag.ContinueOnError)
	fs.SetOutput(stderr)
	ts := fs.String("T", "10,25,50,100", "comma-separated sequence lengths")
	models := fs.String("models", "rnn,gru,lstm", "comma-separated models: rnn, gru, lstm")
	steps := fs.Int("steps", def.Steps, "training steps (minibatches) per run")
	hidden := fs.Int("hidden", def.Hidden, "hidden size H, the same for every model")
	batch := fs.Int("batch", def.Batch, "sequences per minibatch")
	lr := fs.Float64("lr", def.LR, "Adam learning rate")
	clip := fs.Float64("clip", def.Clip, "max global gradient norm (0: no clipping)")
	seed := fs.Int64("seed", def.Seed, "seed for weights and data")
	eval := fs.Int("eval", def.EvalSize, "held-out test sequences")
	forget := fs.Float64("forget-bias", def.ForgetBias, "added to the LSTM's forget-gate bias at initialisation")
	plotPath := fs.String("plot", "", "write a PNG of the learning curves to this file")
	if err := fs.Parse(args); err != nil {
		return options{}, err
	}
	if fs.NArg() > 0 {
		return options{}, fmt.Errorf("unexpected argument %q; all options are flags (-h lists them)", fs.Arg(0))
	}
	o := options{plot: *plotPath, cfg: rnn.AddingConfig{Hidden: *hidden, Steps: *steps, Batch: *batch,
		LR: *lr, Clip: *clip, Seed: *seed, EvalSize: *eval, ForgetBias: *forget}}
	for _, s := range strings.Split(*ts, ",") {
		t, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || t < 2 {
			return options{}, fmt.Errorf("-T: %q is not a sequence length of at least 2; use e.g. -T 10,25,50,100", s)
		}
		o.lengths = append(o.lengths, t)
	}
	for _, m := range strings.Split(*models, ",") {
		m = strings.ToLower(strings.TrimSpace(m))
		if m != "rnn" && m != "gru" && m != "lstm" {
			return options{}, fmt.Errorf("-models: unknown model %q; use rnn, gru or lstm", m)
		}
		o.models = append(o.models, m)
	}
	return o, nil
}

func run(args []string, stdout, stderr io.Writer) error {
	o, err := parse(args, stderr)
	if err != nil {
		return err
	}
	// Open the plot file before training, so a mistyped path fails now
	// rather than after minutes of training; it is removed if the run fails.
	var plotFile *os.File
	if o.plot != "" {
		if plotFile, err = os.Create(o.plot); err != nil {
			return fmt.Errorf("-plot: %w", err)
		}
		defer func() {
			if plotFile != nil {
				plotFile.Close()
				os.Remove(o.plot)
			}
		}()
	}
	start := time.Now()
	results := map[string]map[int]rnn.AddingResult{}
	for _, T := range o.lengths {
		for _, m := range o.models {
			cfg := o.cfg
			cfg.Model, cfg.T = m, T
			res, err := rnn.TrainAdding(cfg, func(p rnn.AddingProgress) {
				fmt.Fprintf(stderr, "%-4s T=%-4d step %5d/%d  train MSE %.4f  test MSE %.4f  %s\n",
					p.Model, p.T, p.Step, p.Steps, p.TrainMSE, p.EvalMSE, p.Elapsed.Round(time.Second))
			})
			if err != nil {
				return fmt.Errorf("%s at T=%d: %w", m, T, err)
			}
			if results[m] == nil {
				results[m] = map[int]rnn.AddingResult{}
			}
			results[m][T] = res
		}
	}
	fmt.Fprint(stdout, table(o, results))
	fmt.Fprintf(stdout, "\nH=%d, %d steps of batch %d, Adam lr %g, clip %g, seed %d; total time %s.\n",
		o.cfg.Hidden, o.cfg.Steps, o.cfg.Batch, o.cfg.LR, o.cfg.Clip, o.cfg.Seed, time.Since(start).Round(time.Second))
	if plotFile != nil {
		f := plotFile
		plotFile = nil // from here on this block closes it
		err := writePlot(f, o, results)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			os.Remove(o.plot)
			return fmt.Errorf("-plot: %w", err)
		}
		fmt.Fprintf(stdout, "plot written to %s\n", o.plot)
	}
	return nil
}

// table formats the final test MSEs as Markdown, a ✓ marking MSE < 0.04.
func table(o options, results map[string]map[int]rnn.AddingResult) string {
	var sb strings.Builder
	sb.WriteString("| model |")
	for _, T := range o.lengths {
		fmt.Fprintf(&sb, " T=%d |", T)
	}
	sb.WriteString("\n|---|")
	for range o.lengths {
		sb.WriteString("---|")
	}
	sb.WriteString("\n")
	for _, m := range o.models {
		fmt.Fprintf(&sb, "| %s |", strings.ToUpper(m))
		for _, T := range o.lengths {
			r := results[m][T]
			mark := ""
			if r.Solved() {
				mark = " ✓"
			}
			fmt.Fprintf(&sb, " %.4f%s |", r.FinalMSE, mark)
		}
		sb.WriteString("\n")
	}
	return sb.String()
}

// writePlot writes to w a PNG of test MSE (log scale) against training
// step: one panel per sequence length T, one line per model, with the
// success threshold 0.04 and the predict-the-mean level 0.167 as grey lines.
func writePlot(w io.Writer, o options, results map[string]map[int]rnn.AddingResult) error {
	colors := map[string]color.RGBA{"rnn": {R: 210, G: 40, B: 40, A: 255}, "gru": {G: 150, A: 255}, "lstm": {B: 220, A: 255}}
	row := make([]*plot.Plot, len(o.lengths))
	for i, T := range o.lengths {
		p := plot.New()
		p.Title.Text = fmt.Sprintf("T = %d", T)
		p.X.Label.Text = "training step"
		if i == 0 {
			p.Y.Label.Text = "test MSE"
		}
		p.Y.Scale = plot.LogScale{}
		p.Y.Tick.Marker = plot.LogTicks{Prec: -1}
		p.Y.Min, p.Y.Max = 1e-5, 1
		p.X.Min, p.X.Max = 0, float64(o.cfg.Steps)
		p.Add(plotter.NewGrid())
		for _, y := range []float64{0.167, 0.04} {
			ref, err := plotter.NewLine(plotter.XYs{{X: 0, Y: y}, {X: float64(o.cfg.Steps), Y: y}})
			if err != nil {
				return err
			}
			ref.Color = color.Gray{Y: 110}
			ref.Dashes = []vg.Length{vg.Points(3), vg.Points(3)}
			p.Add(ref)
		}
		for _, m := range o.models {
			r := results[m][T]
			pts := make(plotter.XYs, len(r.History))
			for j, h := range r.History {
				// Clamp to the axis floor: a log scale cannot show 0.
				pts[j].X, pts[j].Y = float64(h.Step), math.Max(h.EvalMSE, 1e-5)
			}
			line, err := plotter.NewLine(pts)
			if err != nil {
				return err
			}
			line.Color = colors[m]
			line.Width = vg.Points(1.5)
			p.Add(line)
			if i == 0 {
				p.Legend.Add(strings.ToUpper(m), line)
			}
		}
		p.Legend.Top = false
		p.Legend.Left = true
		row[i] = p
	}
	const panel = 3.2 * vg.Inch
	img := vgimg.New(panel*vg.Length(len(row)), 3.4*vg.Inch)
	dc := draw.New(img)
	tiles := draw.Tiles{Rows: 1, Cols: len(row), PadX: vg.Points(6), PadTop: vg.Points(4), PadBottom: vg.Points(4)}
	canvases := plot.Align([][]*plot.Plot{row}, tiles, dc)
	for i, p := range row {
		p.Draw(canvases[0][i])
	}
	_, err := (vgimg.PngCanvas{Canvas: img}).WriteTo(w)
	return err
}
