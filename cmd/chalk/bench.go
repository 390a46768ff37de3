package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"

	"github.com/chalk-ml/chalk/bench"
)

func init() {
	commands = append(commands, command{
		name: "bench",
		args: "",
		summary: "Compare matrix-multiplication variants, printing an aligned table.\n" +
			"Times the textbook loops, gonum's Dgemm and mat.Dense.Mul, and chalk's\n" +
			"MM/BMM/MatMul on square, batched and broadcast shapes; progress goes\n" +
			"to stderr. -torch adds PyTorch and NumPy; for gorgonia too, use\n" +
			"'go run ./bench/report'.",
		flags: func(fs *flag.FlagSet) func([]string, io.Writer) error {
			options := bench.ReportFlags(fs)
			return func(args []string, out io.Writer) error {
				if len(args) > 0 {
					return usageErrorf("bench: takes no arguments, got %q", args[0])
				}
				opt, err := options()
				if err != nil {
					return usageErrorf("bench: %v", err)
				}
				if err := checkBenchOptions(opt); err != nil {
					return err
				}
				return bench.WriteReport(opt, out, os.Stderr)
			}
		},
	})
}

// checkBenchOptions catches, before any measuring, the mistakes that would
// otherwise surface only after it: conflicting formats, a plot path that
// cannot be written, a missing Python or script for -torch.
func checkBenchOptions(opt bench.ReportOptions) error {
	if opt.JSON && opt.Markdown {
		return usageErrorf("bench: choose one of -json and -markdown")
	}
	if len(opt.Sizes) == 0 && !opt.Batched && !opt.Broadcast {
		return usageErrorf("bench: nothing to measure; give -sizes, or leave -batched or -broadcast on")
	}
	if opt.PlotPath != "" {
		if err := checkWritable(opt.PlotPath); err != nil {
			return usageErrorf("bench: -plot: %v", err)
		}
	}
	if opt.Torch {
		if _, err := exec.LookPath(opt.Python); err != nil {
			return usageErrorf("bench: -torch: %v (install python3-torch and python3-numpy, or set -python)", err)
		}
		if _, err := os.Stat(opt.Script); err != nil {
			return usageErrorf("bench: -torch: %v (run from the repository root, or set -script)", err)
		}
	}
	return nil
}

// checkWritable reports whether a file can be written at path, leaving no
// file behind that was not there before.
func checkWritable(path string) error {
	if fi, err := os.Stat(path); err == nil {
		if fi.IsDir() {
			return fmt.Errorf("%s is a directory", path)
		}
		f, err := os.OpenFile(path, os.O_WRONLY, 0)
		if err != nil {
			return err
		}
		return f.Close()
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		if errors.Is(err, os.ErrExist) {
			return nil // created meanwhile; the real write will tell
		}
		return err
	}
	f.Close()
	return os.Remove(path)
}
