package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRunTiny(t *testing.T) {
	png := filepath.Join(t.TempDir(), "curves.png")
	var out, progress bytes.Buffer
	err := run([]string{"-T", "4,6", "-steps", "4", "-hidden", "3", "-batch", "2", "-eval", "5", "-plot", png}, &out, &progress)
	require.NoError(t, err)
	assert.Contains(t, out.String(), "| model | T=4 | T=6 |")
	assert.Contains(t, out.String(), "| LSTM |")
	assert.Contains(t, progress.String(), "step     4/4")
	info, err := os.Stat(png)
	require.NoError(t, err)
	assert.Greater(t, info.Size(), int64(1000))
}

func TestHelpIsNotAFailure(t *testing.T) {
	var out, errOut bytes.Buffer
	err := run([]string{"-h"}, &out, &errOut)
	assert.ErrorIs(t, err, flag.ErrHelp)
	assert.Contains(t, errOut.String(), "-steps")
}

func TestBadFlags(t *testing.T) {
	for _, args := range [][]string{{"-T", "1"}, {"-T", "ten"}, {"-models", "rnn,tcn"}, {"extra"}, {"-steps", "0"},
		{"-T", "4", "-steps", "1", "-forget-bias", "NaN"}} {
		var out, errOut bytes.Buffer
		assert.Error(t, run(args, &out, &errOut), "%v", args)
	}
}

// TestBadPlotPathFailsBeforeTraining: a -plot path that cannot be written
// is reported before any model trains, not after the whole table.
func TestBadPlotPathFailsBeforeTraining(t *testing.T) {
	var out, progress bytes.Buffer
	bad := filepath.Join(t.TempDir(), "no-such-dir", "curves.png")
	err := run([]string{"-T", "4", "-steps", "4", "-hidden", "2", "-plot", bad}, &out, &progress)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "-plot")
	assert.Empty(t, progress.String(), "no training before the error")
}

// TestFailedRunLeavesNoPlot: when training fails, the plot file opened at
// the start is removed rather than left empty.
func TestFailedRunLeavesNoPlot(t *testing.T) {
	png := filepath.Join(t.TempDir(), "curves.png")
	var out, progress bytes.Buffer
	require.Error(t, run([]string{"-T", "4", "-steps", "1", "-lr", "-1", "-plot", png}, &out, &progress))
	_, err := os.Stat(png)
	assert.True(t, os.IsNotExist(err), "stat: %v", err)
}
