package main

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCells(t *testing.T) {
	code, out, errOut := chalk("lstm")
	require.Equal(t, 0, code, errOut)
	for _, want := range []string{"i input gate", "f forget gate", "g candidate", "o output gate", "c cell state", "h hidden state", "step 6"} {
		assert.Contains(t, out, want)
	}
	assertFits(t, out)

	code, out, _ = chalk("gru", "-seq", "1,0;0,1", "-hidden", "16")
	require.Equal(t, 0, code)
	assert.Contains(t, out, "z update gate")
	assert.NotContains(t, out, "cell state")
	assertFits(t, out)

	code, out, _ = chalk("lstm", "--json", "-hidden", "2", "-seq", "0.5,1")
	require.Equal(t, 0, code)
	var traces []trace
	require.NoError(t, json.Unmarshal([]byte(out), &traces))
	require.Len(t, traces, 2)
	assert.Len(t, traces[1].Rows["c"], 2)

	png := filepath.Join(t.TempDir(), "g.png")
	code, _, errOut = chalk("gru", "-plot", png)
	require.Equal(t, 0, code, errOut)
	_, err := os.Stat(png)
	require.NoError(t, err)
}

// TestCellGatesAreConsistent recomputes the LSTM state update from the
// printed gates: c' = f*c + i*g and h' = o*tanh(c').
func TestCellGatesAreConsistent(t *testing.T) {
	seq, err := parseSeq("1,-1,0.5")
	require.NoError(t, err)
	traces, err := runSteps("lstm", 3, seq, 7)
	require.NoError(t, err)
	prevC := make([]float64, 3)
	for _, tr := range traces {
		for u := 0; u < 3; u++ {
			c := tr.Rows["f"][u]*prevC[u] + tr.Rows["i"][u]*tr.Rows["g"][u]
			assert.InDelta(t, c, tr.Rows["c"][u], 1e-12)
			assert.InDelta(t, tr.Rows["o"][u]*math.Tanh(c), tr.Rows["h"][u], 1e-12)
		}
		prevC = tr.Rows["c"]
	}
}

func TestCellBadInput(t *testing.T) {
	for _, args := range [][]string{
		{"lstm", "-hidden", "0"},
		{"lstm", "-hidden", "99"},
		{"gru", "-seq", "1,x"},
		{"gru", "-seq", "1,0;1"},
		{"gru", "-seq", "NaN"},
		{"lstm", "-seq", strings.Repeat("1,", 100) + "1"},
		{"lstm", "extra"},
		{"gru", "-seed", "-1"},
		{"lstm", "-seq", strings.Repeat("1,", 16) + "1;" + strings.Repeat("1,", 16) + "1"}, // 17 inputs
		{"lstm", "-plot", t.TempDir()},
		{"gru", "-plot", filepath.Join(t.TempDir(), "no-such-dir", "g.png")},
	} {
		code, out, errOut := chalk(args...)
		assert.Equal(t, 2, code, "%q", args)
		assert.Empty(t, out, "%q: nothing on stdout", args)
		assert.Equal(t, 1, strings.Count(errOut, "\n"), "%q: %q", args, errOut)
	}
}

// TestCellHugeInputsFit: an input too large for three decimals still fits
// its column.
func TestCellHugeInputsFit(t *testing.T) {
	code, out, _ := chalk("lstm", "-seq", "1e308,-123456789,0.5", "-hidden", "16")
	require.Equal(t, 0, code)
	assert.Contains(t, out, "1e+308")
	assertFits(t, out)
	assert.Equal(t, "  0.500", formatCell(0.5, 7))
	assert.Equal(t, " -1e+08", formatCell(-123456789, 7))
}
