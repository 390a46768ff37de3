package main

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestRunQuick(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run(&out, 5, 20))
	require.Contains(t, out.String(), "lstm  4 weight blocks × H(I+H+2) = 4608 parameters")
	require.Contains(t, out.String(), "gru   3 weight blocks × H(I+H+2) = 3456 parameters")
	require.Error(t, run(&out, 1, 20))
}
