// Command image-kernels is the CNN row of the taxonomy in miniature: it runs
// four classic 3×3 kernels (blur, sharpen, outline, emboss) over a small
// built-in image as a 2-D convolution, and writes each result as a PNG.
//
// A convolution layer slides a small kernel over the image and takes a dot
// product at every position. Here that is done the way deep-learning
// libraries do it: "im2col" copies every 3×3 patch into a row of a matrix
// P [H·W, 9], so that all four kernels K [9, 4] apply at once as one matrix
// product, P·K = [H·W, 4] — a convolution is a MatMul.
//
//	go run ./examples/image-kernels -out /tmp/kernels
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

func main() {
	out := flag.String("out", "image-kernels-out", "directory to write the PNGs to")
	size := flag.Int("size", 96, "side of the built-in test image, in pixels (16 to 1024)")
	flag.Parse()
	if err := run(os.Stdout, *out, *size); err != nil {
		fmt.Fprintln(os.Stderr, "image-kernels:", err)
		os.Exit(2)
	}
}

func run(w io.Writer, dir string, size int) error {
	if size < 16 || size > 1024 {
		return fmt.Errorf("-size %d: use a size between 16 and 1024", size)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	img := testImage(size)
	filtered, err := convolveAll(img, kernels)
	if err != nil {
		return err
	}
	if err := writePNG(filepath.Join(dir, "original.png"), img); err != nil {
		return err
	}
	fmt.Fprintf(w, "input: a %d×%d test image → %s\n", size, size, filepath.Join(dir, "original.png"))
	fmt.Fprintf(w, "im2col: %d patches of 3×3 = a [%d 9] matrix; 4 kernels = a [9 4] matrix\n", size*size, size*size)
	fmt.Fprintf(w, "one MatMul [%d 9]·[9 4] → [%d 4]: every kernel at every pixel\n\n", size*size, size*size)
	for i, k := range kernels {
		path := filepath.Join(dir, k.name+".png")
		if err := writePNG(path, filtered[i]); err != nil {
			return err
		}
		fmt.Fprintf(w, "%-8s %s\n", k.name, k.why)
		for _, row := range k.weights {
			// %g keeps 1/16 as 0.0625: rounded weights would not sum to 1.
			fmt.Fprintf(w, "         %7.4g %7.4g %7.4g\n", row[0], row[1], row[2])
		}
		fmt.Fprintf(w, "         → %s\n", path)
	}
	return nil
}
