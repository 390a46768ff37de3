package rnn

import (
	"strings"

	"github.com/chalk-ml/chalk/tensor"
)

// Prefixed merges the state dicts of several modules into one, naming each
// entry "module.name" as PyTorch does for submodules (rnn.weight_ih_l0,
// head.weight), so one optimizer and one ClipGradNorm cover a whole model.
func Prefixed(modules map[string]map[string]*tensor.Tensor) map[string]*tensor.Tensor {
	out := map[string]*tensor.Tensor{}
	for prefix, sd := range modules {
		for name, t := range sd {
			out[prefix+"."+name] = t
		}
	}
	return out
}

// Unprefixed splits a Prefixed state dict back into one per module, at the
// first dot of each name (a name without a dot goes under "").
func Unprefixed(sd map[string]*tensor.Tensor) map[string]map[string]*tensor.Tensor {
	out := map[string]map[string]*tensor.Tensor{}
	for name, t := range sd {
		prefix, rest, ok := strings.Cut(name, ".")
		if !ok {
			prefix, rest = "", name
		}
		if out[prefix] == nil {
			out[prefix] = map[string]*tensor.Tensor{}
		}
		out[prefix][rest] = t
	}
	return out
}
