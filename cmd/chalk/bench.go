package main

import (
	"flag"
	"io"
	"os"

	"github.com/chalk-ml/chalk/bench"
)

func init() {
	commands = append(commands, command{
		name: "bench",
		args: "",
		summary: "Compare matrix-multiplication variants, printing a Markdown table.\n" +
			"Times the textbook loops, gonum's Dgemm and mat.Dense.Mul, and chalk's\n" +
			"MM/BMM/MatMul on square, batched and broadcast shapes. For gorgonia\n" +
			"too, use 'go run ./bench/report'; -torch adds PyTorch and NumPy.",
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
				return bench.WriteReport(opt, out, os.Stderr)
			}
		},
	})
}
