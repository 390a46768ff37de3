package main

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
)

func TestRun(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run(&out, false))
	for _, want := range []string{
		"Result: 15x^2/(2sqrt(5x^3 + 2))",
		"Result: (ln(x) + 2)/(2sqrt(x))",
		"Result: -2x/(x^2 + 4)^2",
		"Result: e^x(x - 3)/x^4",
	} {
		require.Contains(t, out.String(), want)
	}
	fits(t, out.String())
	out.Reset()
	require.NoError(t, run(&out, true))
	require.Contains(t, out.String(), "15x²/(2√(5x³ + 2))")
	fits(t, out.String())
}

// fits checks that every line fits an 80-column terminal.
func fits(t *testing.T, out string) {
	t.Helper()
	for _, line := range strings.Split(out, "\n") {
		require.LessOrEqual(t, utf8.RuneCountInString(line), 80, "%q", line)
	}
}

func TestWrapIndentsUnderTheStepNumber(t *testing.T) {
	got := wrap("   2.1. one two three four", 16)
	require.Equal(t, "   2.1. one two\n        three\n        four\n", got)
	require.Equal(t, "short\n", wrap("short", 80))
}
