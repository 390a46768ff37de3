package bench

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"
)

// ReportOptions are the settings of a report run, shared by
// go run ./bench/report and chalk bench.
type ReportOptions struct {
	Options
	BenchTime time.Duration // per measurement
	Torch     bool          // also time PyTorch and NumPy via TorchScript
	Python    string        // the Python interpreter
	Script    string        // the PyTorch/NumPy timing script
	PlotPath  string        // write a PNG here if not empty
	JSON      bool          // print JSON instead of a table
	Markdown  bool          // print Markdown tables instead of aligned text
}

// ReportFlags declares the report flags on fs and returns a function that,
// after fs has been parsed, validates them into ReportOptions.
func ReportFlags(fs *flag.FlagSet) func() (ReportOptions, error) {
	o := &ReportOptions{}
	sizes := fs.String("sizes", "8,32,128,512", "square sizes to run, comma-separated (the full set is 8,16,32,64,128,256,512,1024)")
	fs.BoolVar(&o.Batched, "batched", true, "include the batched (bmm) cases")
	fs.BoolVar(&o.Broadcast, "broadcast", true, "include the broadcast cases")
	fs.DurationVar(&o.BenchTime, "benchtime", 300*time.Millisecond, "time per measurement")
	fs.BoolVar(&o.Torch, "torch", false, "also time PyTorch and NumPy (needs python3-torch)")
	fs.StringVar(&o.Python, "python", "/usr/bin/python3", "Python interpreter for -torch")
	fs.StringVar(&o.Script, "script", "bench/testdata/torch_bench.py", "PyTorch/NumPy timing script for -torch")
	fs.StringVar(&o.PlotPath, "plot", "", "write a PNG plot of GFLOPS against n to this file")
	fs.BoolVar(&o.JSON, "json", false, "print JSON instead of a table")
	fs.BoolVar(&o.Markdown, "markdown", false, "print Markdown tables (for a README) instead of aligned text")
	return func() (ReportOptions, error) { return o.validate(*sizes) }
}

func (o *ReportOptions) validate(sizes string) (ReportOptions, error) {
	for _, f := range strings.Split(sizes, ",") {
		if f = strings.TrimSpace(f); f == "" {
			continue
		}
		n, err := strconv.Atoi(f)
		if err != nil || n < 1 || n > 4096 {
			return *o, fmt.Errorf("-sizes: %q is not a size between 1 and 4096", f)
		}
		o.Sizes = append(o.Sizes, n)
	}
	if o.Sizes == nil {
		o.Sizes = []int{}
	}
	if o.BenchTime <= 0 || o.BenchTime > time.Minute {
		return *o, fmt.Errorf("-benchtime: %v must be more than 0 and at most 1m", o.BenchTime)
	}
	return *o, nil
}

// WriteReport runs the benchmarks (and PyTorch/NumPy if asked) and writes
// the report to out, progress to progress.
func WriteReport(o ReportOptions, out, progress io.Writer) error {
	testing.Init()
	if err := flag.Set("test.benchtime", o.BenchTime.String()); err != nil {
		return err
	}
	o.Progress = progress
	rep, err := Run(o.Options)
	if err != nil {
		return err
	}
	if o.Torch {
		ext, err := RunTorch(o.Python, o.Script, rep.Cases(o.Options), progress)
		if err != nil {
			return err
		}
		rep.Results = append(rep.Results, ext...)
	}
	if o.PlotPath != "" {
		if err := rep.Plot(o.PlotPath); err != nil {
			return err
		}
		fmt.Fprintf(progress, "wrote %s\n", o.PlotPath)
	}
	if o.JSON {
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	if o.Markdown {
		_, err = io.WriteString(out, rep.Markdown())
		return err
	}
	_, err = io.WriteString(out, rep.Text(80))
	return err
}

// Cases lists the cases opt selects.
func (Report) Cases(opt Options) []Case {
	var cases []Case
	for _, n := range opt.Sizes {
		cases = append(cases, SquareCase(n))
	}
	if opt.Batched {
		cases = append(cases, BatchedCases()...)
	}
	if opt.Broadcast {
		cases = append(cases, BroadcastCases()...)
	}
	return cases
}

// RunTorch times PyTorch and NumPy on cases with the committed script.
func RunTorch(python, script string, cases []Case, progress io.Writer) ([]Result, error) {
	if _, err := os.Stat(script); err != nil {
		return nil, fmt.Errorf("-torch: %v (run from the repository root, or set -script)", err)
	}
	in, err := json.Marshal(cases)
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(python, script)
	cmd.Stdin = bytes.NewReader(in)
	cmd.Stderr = progress
	raw, err := cmd.Output()
	if err != nil {
		var ee *exec.Error
		if errors.As(err, &ee) {
			return nil, fmt.Errorf("-torch: %v (install python3-torch and python3-numpy, or set -python)", err)
		}
		return nil, fmt.Errorf("-torch: %s failed: %v", script, err)
	}
	var rs []Result
	if err := json.Unmarshal(raw, &rs); err != nil {
		return nil, fmt.Errorf("-torch: reading the script's output: %v", err)
	}
	return rs, nil
}
