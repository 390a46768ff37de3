package tensor

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The golden fixtures come from real PyTorch 1.13 via
// testdata/gen_fixtures.py; see that script for how they are made.

// num is a float64 in the fixtures, where non-finite values are the strings
// "nan", "inf" and "-inf" (JSON has no such numbers).
type num float64

func (n *num) UnmarshalJSON(b []byte) error {
	var s string
	if json.Unmarshal(b, &s) == nil {
		switch s {
		case "nan":
			*n = num(math.NaN())
		case "inf":
			*n = num(math.Inf(1))
		case "-inf":
			*n = num(math.Inf(-1))
		default:
			return fmt.Errorf("bad number %q", s)
		}
		return nil
	}
	var f float64
	err := json.Unmarshal(b, &f)
	*n = num(f)
	return err
}

func floats(ns []num) []float64 {
	out := make([]float64, len(ns))
	for i, n := range ns {
		out[i] = float64(n)
	}
	return out
}

type fixtureArg struct {
	Base   []int `json:"base"`
	Perm   []int `json:"perm"`
	Expand []int `json:"expand"`
	Data   []num `json:"data"`
}

type fixtureCase struct {
	Op      string       `json:"op"`
	Args    []fixtureArg `json:"args"`
	OK      bool         `json:"ok"`
	Shape   []int        `json:"shape"`
	Strides []int        `json:"strides"`
	Out     []num        `json:"out"`
	Error   string       `json:"error"`
	Message string       `json:"message"`
	Repr    string       `json:"repr"`
	Dims    []int        `json:"dims"`
	Keepdim bool         `json:"keepdim"`
	Sizes   []int        `json:"sizes"`
}

func argStrides(args []*Tensor) [][]int {
	var s [][]int
	for _, a := range args {
		s = append(s, a.Strides())
	}
	return s
}

type fixtureFile struct {
	TorchVersion string        `json:"torch_version"`
	Cases        []fixtureCase `json:"cases"`
}

func loadFixtures(t testing.TB) fixtureFile {
	t.Helper()
	raw, err := os.ReadFile("testdata/torch_fixtures.json")
	require.NoError(t, err)
	var f fixtureFile
	require.NoError(t, json.Unmarshal(raw, &f))
	require.NotEmpty(t, f.Cases)
	return f
}

// build recreates a fixture operand: the base tensor, then the permuted or
// expanded view PyTorch used.
func (a fixtureArg) build(t testing.TB) *Tensor {
	t.Helper()
	x, err := FromSlice(floats(a.Data), a.Base...)
	require.NoError(t, err)
	if a.Perm != nil {
		x, err = x.Permute(a.Perm...)
		require.NoError(t, err)
	}
	if a.Expand != nil {
		x, err = x.Expand(a.Expand...)
		require.NoError(t, err)
	}
	return x
}

// apply runs the fixture's operation in chalk.
func (c fixtureCase) apply(args []*Tensor) (*Tensor, error) {
	bin := map[string]func(a, b *Tensor) (*Tensor, error){
		"dot": Dot, "mm": MM, "bmm": BMM, "mv": MV, "outer": Outer, "matmul": MatMul,
		"mul": Mul, "add": Add, "sub": Sub, "div": Div,
	}
	if f, ok := bin[c.Op]; ok {
		return f(args[0], args[1])
	}
	switch c.Op {
	case "cat":
		return Cat(c.Dims[0], args...)
	case "stack":
		return Stack(c.Dims[0], args...)
	}
	x := args[0]
	switch c.Op {
	case "neg":
		return x.Neg(), nil
	case "exp":
		return x.Exp(), nil
	case "tanh":
		return x.Tanh(), nil
	case "scale":
		return x.Scale(2.5), nil
	case "select-contiguous", "select-clone":
		v, err := x.Select(c.Dims[0], c.Dims[1])
		if err != nil || c.Op == "select-clone" {
			return v.Clone(), err
		}
		return v.Contiguous(), nil
	case "clone":
		return x.Clone(), nil
	case "contiguous":
		return x.Contiguous(), nil
	case "scale-matmul":
		return MatMul(x.Scale(2.5), args[1])
	case "select":
		return x.Select(c.Dims[0], c.Dims[1])
	case "narrow":
		return x.Narrow(c.Dims[0], c.Dims[1], c.Dims[2])
	case "sum":
		if c.Keepdim && len(c.Dims) > 0 {
			return x.SumKeepDim(c.Dims...)
		}
		return x.Sum(c.Dims...)
	case "reshape":
		return x.Reshape(c.Sizes...)
	case "permute":
		return x.Permute(c.Dims...)
	case "transpose":
		return x.Transpose(c.Dims[0], c.Dims[1])
	case "unsqueeze":
		return x.Unsqueeze(c.Dims[0])
	case "squeeze":
		return x.Squeeze(c.Dims...)
	case "expand":
		return x.Expand(c.Sizes...)
	}
	return nil, fmt.Errorf("unknown fixture op %q", c.Op)
}

func TestTorchFixtures(t *testing.T) { runTorchFixtures(t) }

// TestTorchFixturesThroughBLAS64 runs the fixtures with blas64 routed to a
// BLAS of the program's choosing (gonum's, behind another type), the path
// -tags openblas takes.
func TestTorchFixturesThroughBLAS64(t *testing.T) {
	gemmCalls, _ := withCountingBLAS(func() { runTorchFixtures(t) })
	assert.Positive(t, gemmCalls)
}

func runTorchFixtures(t *testing.T) {
	f := loadFixtures(t)
	seen := map[string]int{}
	for i, c := range f.Cases {
		name := fmt.Sprintf("%s/%d", c.Op, i)
		seen[c.Op]++
		t.Run(name, func(t *testing.T) {
			args := make([]*Tensor, len(c.Args))
			shapes := make([][]int, len(c.Args))
			for j, a := range c.Args {
				args[j] = a.build(t)
				shapes[j] = args[j].Shape()
			}
			if c.Op == "repr" {
				assert.Equal(t, c.Repr, args[0].String())
				return
			}
			got, err := c.apply(args)
			if !c.OK {
				require.Error(t, err, "PyTorch raised %s: %s", c.Error, c.Message)
				var se *ShapeError
				var ie *IndexError
				switch {
				case errors.As(err, &se):
					assert.Equal(t, c.Message, se.TorchMessage(), "shapes %v", shapes)
				case errors.As(err, &ie):
					assert.Equal(t, c.Message, ie.TorchMessage(), "shapes %v", shapes)
				default:
					t.Fatalf("want *ShapeError or *IndexError, got %T: %v", err, err)
				}
				return
			}
			require.NoError(t, err, "shapes %v", shapes)
			assert.Equal(t, c.Shape, got.Shape(), "shapes %v", shapes)
			if c.Strides != nil {
				assert.Equal(t, c.Strides, got.Strides(), "strides of the result, shapes %v (operand strides %v)", shapes, argStrides(args))
			}
			want := floats(c.Out)
			have := got.Data()
			require.Len(t, have, len(want))
			for j := range want {
				if !closeTo(have[j], want[j], 1e-12, 1e-12) {
					t.Fatalf("shapes %v: element %d: got %v, PyTorch %v\ngot  %v\nwant %v", shapes, j, have[j], want[j], have, want)
				}
			}
		})
	}
	for _, op := range []string{"dot", "mm", "bmm", "mv", "outer", "matmul", "mul", "add", "sub", "div", "sum", "reshape", "repr", "select", "narrow", "cat", "stack"} {
		assert.Greater(t, seen[op], 50, "too few %s fixtures", op)
	}
}
