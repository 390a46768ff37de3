package main

import (
	"github.com/chalk-ml/chalk/tensor"
)

// gray is a grayscale image, row-major, values in [0, 1].
type gray struct {
	w, h int
	pix  []float64
}

// at returns the pixel at (x, y), or 0 outside the image (zero padding, so
// the output has the input's size).
func (g gray) at(x, y int) float64 {
	if x < 0 || y < 0 || x >= g.w || y >= g.h {
		return 0
	}
	return g.pix[y*g.w+x]
}

// im2col returns the [h·w, 9] matrix whose row y·w+x holds the 3×3 patch
// centred on pixel (x, y), read left to right, top to bottom.
func im2col(g gray) (*tensor.Tensor, error) {
	data := make([]float64, 0, g.w*g.h*9)
	for y := 0; y < g.h; y++ {
		for x := 0; x < g.w; x++ {
			for dy := -1; dy <= 1; dy++ {
				for dx := -1; dx <= 1; dx++ {
					data = append(data, g.at(x+dx, y+dy))
				}
			}
		}
	}
	return tensor.FromSlice(data, g.w*g.h, 9)
}

// convolveAll applies every kernel to g with one matrix product: the patch
// matrix [h·w, 9] times the kernel matrix [9, len(ks)], whose column i is
// kernel i flattened.
func convolveAll(g gray, ks []kernel) ([]gray, error) {
	patches, err := im2col(g)
	if err != nil {
		return nil, err
	}
	kdata := make([]float64, 9*len(ks))
	for i, k := range ks {
		for r := 0; r < 3; r++ {
			for c := 0; c < 3; c++ {
				kdata[(r*3+c)*len(ks)+i] = k.weights[r][c]
			}
		}
	}
	kmat, err := tensor.FromSlice(kdata, 9, len(ks))
	if err != nil {
		return nil, err
	}
	out, err := tensor.MatMul(patches, kmat) // [h·w, len(ks)]
	if err != nil {
		return nil, err
	}
	cols := out.Data()
	res := make([]gray, len(ks))
	for i := range ks {
		pix := make([]float64, g.w*g.h)
		for p := range pix {
			pix[p] = cols[p*len(ks)+i]
		}
		res[i] = gray{w: g.w, h: g.h, pix: pix}
	}
	return res, nil
}
