package main

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestRun(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run(&out))
	require.Contains(t, out.String(), "size mismatch, got 30, 30x4,5")
	require.Contains(t, out.String(), "result: [8 7 6 5]")
}
