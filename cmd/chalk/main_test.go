package main

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// chalk runs the command in-process and returns its exit status and output.
func chalk(args ...string) (int, string, string) {
	var out, errOut bytes.Buffer
	code := run(args, &out, &errOut)
	return code, out.String(), errOut.String()
}

// assertFits checks that every line fits an 80-column terminal.
func assertFits(t *testing.T, out string) {
	t.Helper()
	for _, line := range strings.Split(out, "\n") {
		assert.LessOrEqual(t, utf8.RuneCountInString(line), termWidth, "line too wide: %q", line)
	}
}

func TestHelpAndUsage(t *testing.T) {
	code, out, _ := chalk()
	assert.Equal(t, 0, code)
	assert.Contains(t, out, "tour")
	code, out, _ = chalk("help", "help")
	assert.Equal(t, 0, code)
	assert.Contains(t, out, "commands:")
	code, out, _ = chalk("help")
	assert.Equal(t, 0, code)
	for _, c := range commands {
		assert.Contains(t, out, c.name)
		code, usage, errOut := chalk(c.name, "-h")
		assert.Equal(t, 0, code, c.name)
		assert.Empty(t, errOut)
		assert.Contains(t, usage, "usage: chalk "+c.name)
		assertFits(t, usage)
		for _, line := range strings.Split(usage, "\n") {
			assert.Equal(t, strings.TrimRight(line, " "), line, "%s -h: trailing space", c.name)
		}
	}
	_, usage, _ := chalk("lstm", "-h")
	assert.Contains(t, usage, "(default 4)", "numbers are not quoted")
	assert.Contains(t, usage, `(default "1,0,0,0,0,0")`, "strings are")
}

func TestTour(t *testing.T) {
	code, out, errOut := chalk("tour")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "mat1 and mat2 shapes cannot be multiplied (30x4 and 5x4)")
	assert.Contains(t, out, "[10 3 5]")
	assertFits(t, out)
	for _, p := range tourParts {
		code, out, _ := chalk("tour", "-part", p.name)
		assert.Equal(t, 0, code, p.name)
		assertFits(t, out)
	}
}

func TestShapes(t *testing.T) {
	code, out, _ := chalk("shapes", "10x3x4", "4x5")
	require.Equal(t, 0, code)
	assert.Contains(t, out, "matmul  ok → [10 3 5]")
	assert.Contains(t, out, "PyTorch: self must be a matrix")
	assertFits(t, out)

	code, out, _ = chalk("shapes", "--json", "10x3x4", "5x4")
	require.Equal(t, 0, code)
	var doc struct {
		Ops []shapeReport
	}
	require.NoError(t, json.Unmarshal([]byte(out), &doc))
	require.Len(t, doc.Ops, 4)
	assert.Equal(t, "mat1 and mat2 shapes cannot be multiplied (30x4 and 5x4)", doc.Ops[3].Torch)

	code, out, _ = chalk("shapes", "(10, 3, 4)", "[4 5]", "-v", "-ops", "matmul")
	require.Equal(t, 0, code)
	assert.Contains(t, out, "1. A is 3-D")

	code, out, _ = chalk("shapes", "(3,)", "3", "--json", "-ops", "dot")
	require.Equal(t, 0, code)
	assert.Contains(t, out, `"a": [`)
	assert.Contains(t, out, `"ops": [`)

	_, _, errOut := chalk("shapes", "-1x2", "2")
	assert.Contains(t, errOut, "size -1")

	// Many dims still fit, and a shape in a step is not split across lines.
	many := strings.Repeat("1x", 40) + "3x4"
	code, out, _ = chalk("shapes", many, many, "-v")
	require.Equal(t, 0, code)
	assertFits(t, out)
	_, out, _ = chalk("shapes", "8x1x6x4", "7x4x5", "-v", "-ops", "bmm")
	assert.Contains(t, out, "[b n m]·[b m p] → [b n p]")
}

func TestWrapKeepsBracketsTogether(t *testing.T) {
	assert.Equal(t, []string{"aaaa", "[b n m]"}, wrap("aaaa [b n m]", 8))
	assert.Equal(t, []string{"[1 2 3", "4 5]"}, wrap("[1 2 3 4 5]", 6), "too long: split at spaces")
	assert.Equal(t, []string{"[a b", "c"}, wrap("[a b c", 4), "unclosed")
	assert.Equal(t, []string{"x", "aaaa", "aaaa", "aa b"}, wrap("x aaaaaaaaaa b", 4), "a long word is cut")
}

// TestBadArguments: every mistake is one line on stderr and exit status 2.
func TestBadArguments(t *testing.T) {
	cases := [][]string{
		{"nope"},
		{"help", "nope"},
		{"shapes"},
		{"shapes", "10x3x4"},
		{"shapes", "10xax4", "4x5"},
		{"shapes", "-1x3", "4x5"},
		{"shapes", "99999999999x3", "4x5"},
		{"shapes", "3x4", "4x5", "-ops", "frobnicate"},
		{"shapes", "--bogus", "3", "4"},
		{"shapes", "3x", "4"},
		{"shapes", "3xx4", "4"},
		{"shapes", ",", "4"},
		{"shapes", "-1x2", "2"}, // a negative size, not an unknown flag
		{"tour", "extra"},
		{"tour", "-part", "nope"},
		{"taxonomy", "zzzz-no-such-model"},
		{"taxonomy", "-cnn-vs-rnn", "-architectures"},
		{"taxonomy", "-cnn-vs-rnn", "lstm"},
		{"taxonomy", "--json", "--markdown"},
		{"bench", "-json", "-markdown"},
		{"bench", "-sizes", "", "-batched=false", "-broadcast=false"},
		{"bench", "-plot", t.TempDir()},
		{"bench", "-plot", filepath.Join(t.TempDir(), "no-such-dir", "b.png")},
		{"bench", "-torch", "-python", filepath.Join(t.TempDir(), "no-python")},
	}
	for _, args := range cases {
		code, out, errOut := chalk(args...)
		assert.Equal(t, 2, code, "%q", args)
		assert.Empty(t, out, "%q", args)
		assert.Equal(t, 1, strings.Count(errOut, "\n"), "%q: %q", args, errOut)
		assert.True(t, strings.HasPrefix(errOut, "chalk: "), "%q: %q", args, errOut)
	}
}

func TestTaxonomy(t *testing.T) {
	code, out, _ := chalk("taxonomy")
	require.Equal(t, 0, code)
	assert.Contains(t, out, "LSTM")
	assertFits(t, out)
	code, out, _ = chalk("taxonomy", "k-means")
	require.Equal(t, 0, code)
	assert.Contains(t, out, "Clustering")
	code, out, _ = chalk("taxonomy", "--json", "lstm")
	require.Equal(t, 0, code)
	assert.True(t, json.Valid([]byte(out)))
	for _, flag := range []string{"-cnn-vs-rnn", "-architectures", "-markdown"} {
		code, out, _ := chalk("taxonomy", flag)
		assert.Equal(t, 0, code, flag)
		if flag != "-markdown" {
			assertFits(t, out)
		}
	}
}

func TestSplitArgs(t *testing.T) {
	c, _ := lookup("shapes")
	fs := c.newFlagSet()
	c.flags(fs)
	flags, pos := splitArgs(fs, []string{"3x4", "-ops", "mm", "4x5", "--", "-v"})
	assert.Equal(t, []string{"-ops", "mm"}, flags)
	assert.Equal(t, []string{"3x4", "4x5", "-v"}, pos)
}

func TestBench(t *testing.T) {
	code, out, errOut := chalk("bench", "-sizes", "8,16", "-batched=false", "-broadcast=false", "-benchtime", "1ms")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "chalk MM")
	assertFits(t, out)
	code, _, _ = chalk("bench", "-sizes", "0")
	assert.Equal(t, 2, code)
	code, _, _ = chalk("bench", "-benchtime", "-1s")
	assert.Equal(t, 2, code)
}
