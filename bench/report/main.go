// Command report runs a quick subset of chalk's matrix-product benchmarks
// and prints a table (-markdown for Markdown), optionally with PyTorch and NumPy timed on the
// same shapes in the same run, and writes a PNG plot of GFLOPS against n.
//
//	go run ./bench/report                      # quick subset, gonum BLAS
//	go run ./bench/report -torch -plot out.png # add PyTorch and NumPy
//	CGO_LDFLAGS=-lopenblas go run -tags openblas ./bench/report -torch
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/chalk-ml/chalk/bench"
	"github.com/chalk-ml/chalk/bench/peers"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "report:", err)
		os.Exit(2)
	}
}

func run() error {
	options := bench.ReportFlags(flag.CommandLine)
	flag.Parse()
	if flag.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q", flag.Arg(0))
	}
	opt, err := options()
	if err != nil {
		return err
	}
	opt.Variants = append(bench.Variants(), peers.Variants()...)
	return bench.WriteReport(opt, os.Stdout, os.Stderr)
}
