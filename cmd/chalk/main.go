// Command chalk is the front door to chalk: a guided tour, and subcommands
// that explain matrix-product shapes, differentiate expressions step by
// step, show LSTM and GRU gates, query the model taxonomy and compare
// matmul variants.
//
// Usage:
//
//	go run ./cmd/chalk help
//	go run ./cmd/chalk tour
//	go run ./cmd/chalk shapes 10x3x4 4x5
//
// Bad arguments print one line on stderr and exit with status 2.
package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run executes one chalk invocation and returns its exit status: 0 on
// success, 2 for bad arguments or input, 1 if writing the output failed or
// chalk itself failed.
func run(args []string, stdout, stderr io.Writer) (code int) {
	defer func() {
		// A bug must not greet a learner with a goroutine dump: say it in
		// one line, with what to report.
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "chalk: internal error: %v (please report it with the command you ran)\n", r)
			code = 1
		}
	}()
	if len(args) == 0 {
		printHelp(stdout)
		return 0
	}
	name := args[0]
	switch name {
	case "help", "-h", "-help", "--help":
		if len(args) > 1 && args[1] != "help" {
			if c, ok := lookup(args[1]); ok {
				c.usage(stdout)
				return 0
			}
			return fail(stderr, usageErrorf("unknown command %q; run 'chalk help' for the list", args[1]))
		}
		printHelp(stdout)
		return 0
	}
	c, ok := lookup(name)
	if !ok {
		return fail(stderr, usageErrorf("unknown command %q; run 'chalk help' for the list", name))
	}
	if err := c.run(args[1:], stdout); err != nil {
		return fail(stderr, err)
	}
	return 0
}
