package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
)

// command is one chalk subcommand.
type command struct {
	name    string
	args    string // the positional arguments, for the usage line
	summary string
	// flags declares the command's flags on fs and returns the function that
	// runs it with the parsed flags and positional arguments.
	flags func(fs *flag.FlagSet) func(args []string, out io.Writer) error
}

// commands lists the subcommands; each file adds its own in init.
var commands []command

// helpOrder is the order commands are listed in by 'chalk help'.
var helpOrder = []string{"tour", "shapes", "diff", "lstm", "gru", "taxonomy", "bench"}

func orderedCommands() []command {
	var out []command
	for _, name := range helpOrder {
		if c, ok := lookup(name); ok {
			out = append(out, c)
		}
	}
	for _, c := range commands {
		if !slices.Contains(helpOrder, c.name) {
			out = append(out, c)
		}
	}
	return out
}

func lookup(name string) (command, bool) {
	for _, c := range commands {
		if c.name == name {
			return c, true
		}
	}
	return command{}, false
}

// usageError is bad input from the user: exit status 2, one line.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usageErrorf(format string, args ...any) error {
	return &usageError{msg: fmt.Sprintf(format, args...)}
}

// newFlagSet returns a FlagSet that reports errors instead of exiting.
func (c command) newFlagSet() *flag.FlagSet {
	fs := flag.NewFlagSet("chalk "+c.name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return fs
}

// run parses args, allowing flags before, between and after positional
// arguments ("--" ends the flags, for an expression that starts with "-"),
// and runs the command.
func (c command) run(args []string, out io.Writer) error {
	fs := c.newFlagSet()
	body := c.flags(fs)
	flags, positional := splitArgs(fs, args)
	if err := fs.Parse(flags); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			c.usage(out)
			return nil
		}
		return usageErrorf("%s: %v (run 'chalk %s -h' for usage; put -- before an argument that starts with '-')", c.name, err, c.name)
	}
	return body(append(positional, fs.Args()...), out)
}

// splitArgs separates flags (with their values) from positional arguments.
// A lone "-" or a negative number is positional unless it is a flag's value.
func splitArgs(fs *flag.FlagSet, args []string) (flags, positional []string) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			return flags, append(positional, args[i+1:]...)
		}
		if len(a) < 2 || a[0] != '-' || isNumber(a) || startsLikeNumber(a) {
			positional = append(positional, a)
			continue
		}
		flags = append(flags, a)
		name := strings.TrimLeft(a, "-")
		if strings.Contains(name, "=") {
			continue
		}
		if f := fs.Lookup(name); f != nil && !isBoolFlag(f) && i+1 < len(args) {
			flags = append(flags, args[i+1])
			i++
		}
	}
	return flags, positional
}

func isNumber(s string) bool {
	_, err := strconv.ParseFloat(s, 64)
	return err == nil
}

// startsLikeNumber reports whether s is "-" followed by a digit or a dot,
// as in a negative shape such as -1x2: no flag is named like that, so it is
// an argument for the command to judge (and explain), not an unknown flag.
func startsLikeNumber(s string) bool {
	return len(s) >= 2 && s[0] == '-' && (s[1] == '.' || ('0' <= s[1] && s[1] <= '9'))
}

func isBoolFlag(f *flag.Flag) bool {
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

// usage prints the command's usage line, summary and flags.
func (c command) usage(w io.Writer) {
	line := "usage: chalk " + c.name + " [flags]"
	if c.args != "" {
		line += " " + c.args
	}
	fmt.Fprintf(w, "%s\n\n%s\n", line, c.summary)
	fs := c.newFlagSet()
	c.flags(fs)
	first := true
	fs.VisitAll(func(f *flag.Flag) {
		if first {
			fmt.Fprintf(w, "\nflags:\n")
			first = false
		}
		name, usage := flag.UnquoteUsage(f)
		fmt.Fprintln(w, strings.TrimRight("  -"+f.Name+" "+name, " "))
		if !isZeroDefault(f) {
			// Quote only strings, as the flag package does: (default 4),
			// (default "1,0,0").
			if name == "string" {
				usage += fmt.Sprintf(" (default %q)", f.DefValue)
			} else {
				usage += fmt.Sprintf(" (default %s)", f.DefValue)
			}
		}
		indent(w, "        ", usage)
	})
}

// isZeroDefault reports whether a flag's default is its type's zero value,
// which usage does not repeat.
func isZeroDefault(f *flag.Flag) bool {
	switch f.DefValue {
	case "", "0", "false", "0s":
		return true
	}
	return false
}

func printHelp(w io.Writer) {
	fmt.Fprintln(w, "chalk teaches the maths under machine learning by computing it exactly.")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "usage: chalk <command> [flags] [arguments]")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "commands:")
	for _, c := range orderedCommands() {
		fmt.Fprintf(w, "  %-9s %s\n", c.name, firstLine(c.summary))
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Run 'chalk <command> -h' for a command's flags. Start with 'chalk tour'.")
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// fail prints err as one line on stderr and returns the exit status.
func fail(stderr io.Writer, err error) int {
	msg := strings.ReplaceAll(err.Error(), "\n", " ")
	if !strings.HasPrefix(msg, "chalk") {
		msg = "chalk: " + msg
	}
	fmt.Fprintln(stderr, msg)
	var we *writeError
	if errors.As(err, &we) {
		return 1
	}
	return 2
}

// writeError is a failure to write output (a closed pipe, say).
type writeError struct{ err error }

func (e *writeError) Error() string { return "writing output: " + e.err.Error() }
