package main

// kernel is a named 3×3 filter.
type kernel struct {
	name    string
	why     string
	weights [3][3]float64
}

// kernels are the four classic image filters. Each output pixel is
// Σ_{dy,dx} weights[dy][dx] · image[y+dy-1][x+dx-1].
var kernels = []kernel{
	{"blur", "averages each pixel with its neighbours (a Gaussian, weights sum to 1)",
		[3][3]float64{{1. / 16, 2. / 16, 1. / 16}, {2. / 16, 4. / 16, 2. / 16}, {1. / 16, 2. / 16, 1. / 16}}},
	{"sharpen", "adds the difference from the neighbours back (weights sum to 1)",
		[3][3]float64{{0, -1, 0}, {-1, 5, -1}, {0, -1, 0}}},
	{"outline", "responds only where brightness changes (weights sum to 0)",
		[3][3]float64{{-1, -1, -1}, {-1, 8, -1}, {-1, -1, -1}}},
	{"emboss", "a diagonal derivative plus the pixel: edges look raised",
		[3][3]float64{{-2, -1, 0}, {-1, 1, 1}, {0, 1, 2}}},
}
