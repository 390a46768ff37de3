package main

import (
	"bytes"
	"testing"

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
	out.Reset()
	require.NoError(t, run(&out, true))
	require.Contains(t, out.String(), "15x²/(2√(5x³ + 2))")
}
