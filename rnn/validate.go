package rnn

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/chalk-ml/chalk/tensor"
)

// Every tensor a caller passes in goes through these checks before its
// elements are touched, so wrong shapes, nil tensors and NaNs come back as
// errors that name the argument, never as panics or silently wrong numbers.

// elements returns t's row-major elements, or a *ValueError for a nil
// tensor or the zero value tensor.Tensor{}.
func elements(op, name string, t *tensor.Tensor) ([]float64, error) {
	if t == nil {
		return nil, nilError(op, name)
	}
	if t.Validate() != nil {
		return nil, &ValueError{Op: op, Msg: name + " is an empty tensor.Tensor{} value; build tensors with tensor.FromSlice, tensor.Zeros or another constructor"}
	}
	return t.Data(), nil
}

// finiteData returns t's row-major elements, or a *ValueError naming the
// first NaN or infinite one.
func finiteData(op, name string, t *tensor.Tensor) ([]float64, error) {
	data, err := elements(op, name, t)
	if err != nil {
		return nil, err
	}
	if i := firstNonFinite(data); i >= 0 {
		return nil, &ValueError{Op: op, Msg: fmt.Sprintf("%s holds %v at flat index %d (of shape %v); every element must be a finite number",
			name, data[i], i, t.Shape())}
	}
	return data, nil
}

// firstNonFinite is the index of the first NaN or ±Inf in v, or -1.
func firstNonFinite(v []float64) int {
	for i, x := range v {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return i
		}
	}
	return -1
}

// nilError is the error for a required tensor that is nil.
func nilError(op, name string) error {
	return &ValueError{Op: op, Msg: name + " is nil; pass a tensor built with tensor.FromSlice, tensor.Zeros or another constructor"}
}

// sequence checks a layer input x, which must be [T B I] with T, B >= 1 and
// I = in, and returns T, B and its elements.
func sequence(op string, x *tensor.Tensor, in int) (T, B int, data []float64, err error) {
	if x == nil {
		return 0, 0, nil, nilError(op, "x")
	}
	s := x.Shape()
	want := fmt.Sprintf("[T B I] with I = InputSize = %d", in)
	switch {
	case len(s) == 2:
		return 0, 0, nil, &ShapeError{Op: op, Name: "x", Got: s, Want: want,
			Reason: "a layer reads a batch of sequences, sequence first (time, batch, features)",
			Fix:    "for a single sequence use x.Unsqueeze(1) to make it [T 1 I]; for one time step of a batch use a cell's Step"}
	case len(s) != 3:
		return 0, 0, nil, &ShapeError{Op: op, Name: "x", Got: s, Want: want,
			Reason: fmt.Sprintf("it has %d dims, a layer needs 3 (time, batch, features)", len(s))}
	case s[2] != in:
		return 0, 0, nil, &ShapeError{Op: op, Name: "x", Got: s, Want: want,
			Reason: fmt.Sprintf("each input vector has %d features but the layer was built with InputSize %d", s[2], in),
			Fix:    "build the layer with InputSize equal to x's last dim, or fix x"}
	case s[0] < 1 || s[1] < 1:
		return 0, 0, nil, &ShapeError{Op: op, Name: "x", Got: s, Want: want,
			Reason: "the sequence length T and batch size B must be at least 1"}
	}
	data, err = finiteData(op, "x", x)
	return s[0], s[1], data, err
}

// state checks an initial or final state (h0, c0, dHn, ...) against the
// shape want, described by symbols (e.g. "[L*D B H]"). A nil t is allowed
// and returns nil data, which the engine reads as zeros.
func state(op, name string, t *tensor.Tensor, want []int, symbols string) ([]float64, error) {
	if t == nil {
		return nil, nil
	}
	s := t.Shape()
	if !slices.Equal(s, want) {
		return nil, &ShapeError{Op: op, Name: name, Got: s, Want: fmt.Sprintf("%s = %v", symbols, want),
			Reason: stateReason(s, want, symbols)}
	}
	return finiteData(op, name, t)
}

// stateReason says which dim of a state tensor is off, in words, naming the
// dims after the symbols of the wanted shape (e.g. "[L*D B H]").
func stateReason(got, want []int, symbols string) string {
	if len(got) != len(want) {
		return fmt.Sprintf("it has %d dims, %s has %d", len(got), symbols, len(want))
	}
	syms := strings.Fields(strings.Trim(strings.SplitN(symbols, "]", 2)[0], "[] "))
	for i := range got {
		if got[i] != want[i] {
			what := fmt.Sprintf("dim %d", i)
			if len(syms) == len(want) {
				what = dimName(syms[i])
			}
			return fmt.Sprintf("%s is %d, the model needs %d", what, got[i], want[i])
		}
	}
	return ""
}

// dimName spells out a shape symbol.
func dimName(sym string) string {
	switch sym {
	case "L*D":
		return "the number of layers times directions (L*D)"
	case "B":
		return "the batch size (B)"
	case "H":
		return "the hidden size (H)"
	case "T":
		return "the sequence length (T)"
	case "D*H":
		return "the output width (D*H)"
	}
	return sym
}

// fromData copies row-major data into a tensor of the given shape.
// The shapes built here are always valid, so an error is a bug.
func fromData(data []float64, shape ...int) *tensor.Tensor {
	return tensor.Must(tensor.FromSlice(data, shape...))
}
