package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDiffSeedExamples(t *testing.T) {
	for src, want := range map[string][2]string{
		"sqrt(5x^3 + 2)": {"Result: 15x^2/(2sqrt(5x^3 + 2))", "chain rule"},
		"sqrt(x)*ln(x)":  {"Result: (ln(x) + 2)/(2sqrt(x))", "product rule"},
		"1/(x^2 + 4)":    {"Result: -2x/(x^2 + 4)^2", "chain rule"},
		"e^x/x^3":        {"Result: e^x(x - 3)/x^4", "product rule"},
	} {
		code, out, errOut := chalk("diff", src)
		require.Equal(t, 0, code, errOut)
		assert.Contains(t, out, want[0])
		assert.Contains(t, out, want[1], src)
		assertFits(t, out)
	}
}

func TestDiffOptions(t *testing.T) {
	code, out, _ := chalk("diff", "sqrt(5x^3 + 2)", "--pretty")
	require.Equal(t, 0, code)
	assert.Contains(t, out, "15x²/(2√(5x³ + 2))")

	code, out, _ = chalk("diff", "--latex", "sqrt(5x^3 + 2)")
	require.Equal(t, 0, code)
	assert.Contains(t, out, `\sqrt`)

	code, out, _ = chalk("diff", "x^3", "--order", "2", "--at", "2")
	require.Equal(t, 0, code)
	assert.Contains(t, out, "f'' = 6x")
	assert.Contains(t, out, "f'' = 12")

	code, out, _ = chalk("diff", "x^2 y", "-x", "y", "--at", "x=3,y=1")
	require.Equal(t, 0, code)
	assert.Contains(t, out, "Result: x^2")
	assert.Contains(t, out, "f' = 9")

	code, out, _ = chalk("diff", "x^2 y", "--grad")
	require.Equal(t, 0, code)
	assert.Contains(t, out, "∂f/∂x = 2x*y")

	code, out, _ = chalk("diff", "x^2 y", "--grad", "--latex")
	require.Equal(t, 0, code)
	assert.Contains(t, out, `\frac{\partial f}{\partial x} = 2x y`)

	code, out, _ = chalk("diff", "--json", "x^2", "--at", "3")
	require.Equal(t, 0, code)
	var doc struct {
		Result string
		At     struct{ DF string }
	}
	require.NoError(t, json.Unmarshal([]byte(out), &doc))
	assert.Equal(t, "2x", doc.Result)
	assert.Equal(t, "6", doc.At.DF)

	png := filepath.Join(t.TempDir(), "f.png")
	code, _, errOut := chalk("diff", "1/x", "--plot", png, "--at", "1")
	require.Equal(t, 0, code, errOut)
	info, err := os.Stat(png)
	require.NoError(t, err)
	assert.Positive(t, info.Size())
}

func TestDiffHugeExponent(t *testing.T) {
	code, out, _ := chalk("diff", "x^99999999999999999999")
	require.Equal(t, 0, code)
	assert.Contains(t, out, "Result: 99999999999999999999x^99999999999999999998")
}

func TestDiffBadInput(t *testing.T) {
	cases := [][]string{
		{"diff"},
		{"diff", "sqrt((x"},
		{"diff", "x +* 2"},
		{"diff", "x y"},                  // two variables, no -x
		{"diff", "x^2", "--order", "0"},  // bad order
		{"diff", "x^2", "--order", "99"}, // too high
		{"diff", "x^2", "--at", "abc"},   // bad point
		{"diff", "x^2 y", "--at", "x=1"}, // missing y
		{"diff", "x^2", "--at", "NaN"},   // not finite
		{"diff", "x^2", "--latex", "--pretty"},
		{"diff", "x^2", "--from", "3", "--to", "1"},
		{"diff", "x^2", "--from", "-1.7e308", "--to", "1.7e308"}, // to-from overflows
		{"diff", "1/0"},
		{"diff", "x^(1/0)"},
		{"diff", "ln(-1)*x"},
		{"diff", "x + 0^0"},
		{"diff", "ln(x)", "--plot", filepath.Join(t.TempDir(), "p.png"), "--from", "-3", "--to", "-1"},
		{"diff", strings.Repeat("(", 5000) + "x" + strings.Repeat(")", 5000)},
		{"diff", "x", "-x", "2"},               // not a variable
		{"diff", "x y", "-x", "xy"},            // x times y
		{"diff", "x", "--at", "1e999"},         // overflows
		{"diff", "x", "--at", "x=1,x=2"},       // twice
		{"diff", "x", "--at", "x=1,=2"},        // no name
		{"diff", "x y", "--grad", "--at", "1"}, // --grad takes no point
		{"diff", "x", "--plot", t.TempDir()},   // a directory
		{"diff", "x", "--plot", filepath.Join(t.TempDir(), "no-such-dir", "f.png")},
	}
	for _, args := range cases {
		code, out, errOut := chalk(args...)
		assert.Equal(t, 2, code, "%q", args)
		assert.Empty(t, out, "%q: nothing on stdout", args)
		assert.Equal(t, 1, strings.Count(errOut, "\n"), "%q: %q", args, errOut)
	}
}

// TestDiffValuesFit: long values at a point wrap, and a value float64
// cannot hold says so instead of printing +Inf bare.
func TestDiffValuesFit(t *testing.T) {
	code, out, _ := chalk("diff", "sqrt(x)", "--at", "-1")
	require.Equal(t, 0, code)
	assert.Contains(t, out, "undefined (sqrt(x) is undefined")
	assertFits(t, out)

	code, out, _ = chalk("diff", "e^x", "--at", "1000")
	require.Equal(t, 0, code)
	assert.Contains(t, out, "f = too large for a float64")

	code, out, _ = chalk("diff", "sin(x)*e^x/x", "--order", "4")
	require.Equal(t, 0, code)
	assertFits(t, out)
}

// TestDiffHighOrder: every derivative up to the order is shown, the last
// one is the same as --json's result, and when the ones in between outgrow
// the size limit the result is still shown (it used to print 38,000 lines
// and then fail, blaming "the derivative of order 1").
func TestDiffHighOrder(t *testing.T) {
	code, out, _ := chalk("diff", "x^3", "--order", "3")
	require.Equal(t, 0, code)
	assert.Equal(t, "f = x^3\nf' = 3x^2\nf'' = 6x\nf''' = 6\n", out)

	if testing.Short() {
		t.Skip("seconds of symbolic work")
	}
	code, out, errOut := chalk("diff", "sqrt(5x^3 + 2)", "--order", "32")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "too large to show")
	assert.Contains(t, out, "f^(32) = ")
	assertFits(t, out)
}
