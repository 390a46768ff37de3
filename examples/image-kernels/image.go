package main

import (
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
)

// testImage draws a small scene with the features the kernels react to:
// a smooth gradient, a disc with a soft edge, a hard-edged square outline,
// fine stripes and a few single bright dots.
func testImage(n int) gray {
	g := gray{w: n, h: n, pix: make([]float64, n*n)}
	s := float64(n)
	for y := 0; y < n; y++ {
		for x := 0; x < n; x++ {
			fx, fy := float64(x)/s, float64(y)/s
			v := 0.15 + 0.25*fx // background gradient
			if d := math.Hypot(fx-0.32, fy-0.35); d < 0.2 {
				v = 0.85 - 0.3*d/0.2 // shaded disc
			}
			inSquare := fx > 0.55 && fx < 0.9 && fy > 0.55 && fy < 0.9
			inInner := fx > 0.6 && fx < 0.85 && fy > 0.6 && fy < 0.85
			if inSquare && !inInner {
				v = 1
			}
			if fy > 0.7 && fx < 0.45 && (x/2)%2 == 0 {
				v = 0.9 // stripes two pixels wide
			}
			g.pix[y*n+x] = v
		}
	}
	for _, p := range [][2]float64{{0.7, 0.2}, {0.8, 0.3}, {0.9, 0.15}} {
		g.pix[int(p[1]*s)*n+int(p[0]*s)] = 1
	}
	return g
}

// writePNG saves g as an 8-bit grayscale PNG, clamping values to [0, 1].
func writePNG(path string, g gray) error {
	img := image.NewGray(image.Rect(0, 0, g.w, g.h))
	for y := 0; y < g.h; y++ {
		for x := 0; x < g.w; x++ {
			v := math.Max(0, math.Min(1, g.pix[y*g.w+x]))
			img.SetGray(x, y, color.Gray{Y: uint8(math.Round(v * 255))})
		}
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := png.Encode(f, img); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
