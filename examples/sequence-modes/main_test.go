package main

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestRun(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run(&out))
	for _, want := range []string{
		"x [2 3] → ŷ [2 3]",     // one-to-one
		"x [2 3] → ŷ [5 2 3]",   // one-to-many
		"x [6 2 3] → ŷ [2 3]",   // many-to-one
		"x [6 2 3] → ŷ [6 2 3]", // many-to-many
		"x [6 2 3] → ŷ [4 2 3]", // encoder-decoder
		"out [6 2 8]",           // bidirectional
	} {
		require.Contains(t, out.String(), want)
	}
}
