package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestConvolutionMatchesDirectLoop checks the im2col·MatMul route against
// the definition Σ w[dy][dx]·img[y+dy-1][x+dx-1] computed directly.
func TestConvolutionMatchesDirectLoop(t *testing.T) {
	g := testImage(20)
	got, err := convolveAll(g, kernels)
	require.NoError(t, err)
	for i, k := range kernels {
		for y := 0; y < g.h; y++ {
			for x := 0; x < g.w; x++ {
				var want float64
				for dy := 0; dy < 3; dy++ {
					for dx := 0; dx < 3; dx++ {
						want += k.weights[dy][dx] * g.at(x+dx-1, y+dy-1)
					}
				}
				assert.InDelta(t, want, got[i].pix[y*g.w+x], 1e-12, "%s at (%d,%d)", k.name, x, y)
			}
		}
	}
}

func TestRunWritesPNGs(t *testing.T) {
	dir := t.TempDir()
	var out bytes.Buffer
	require.NoError(t, run(&out, dir, 32))
	for _, name := range []string{"original", "blur", "sharpen", "outline", "emboss"} {
		info, err := os.Stat(filepath.Join(dir, name+".png"))
		require.NoError(t, err, name)
		assert.Positive(t, info.Size())
	}
	assert.Contains(t, out.String(), "[1024 9]·[9 4]")
	assert.Contains(t, out.String(), " 0.0625   0.125  0.0625", "blur weights exactly")
	assert.Error(t, run(&out, dir, 3))
}
