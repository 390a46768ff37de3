package taxonomy

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCategoryStringAndParse(t *testing.T) {
	names := []string{"Traditional ML", "RNNs & Sequence", "CNNs (Spatial)", "Transformers", "Generative AI", "Reinforcement"}
	require.Len(t, Categories(), len(names))
	for i, c := range Categories() {
		assert.Equal(t, names[i], c.String())
		got, err := ParseCategory(names[i])
		require.NoError(t, err)
		assert.Equal(t, c, got)
	}
	for in, want := range map[string]Category{
		"traditional ml": TraditionalML, "rnns": RNNs, "CNNs": CNNs, "cnns spatial": CNNs,
		"generative": GenerativeAI, "GenAI": GenerativeAI, "RL": Reinforcement, "reinforcement learning": Reinforcement,
	} {
		got, err := ParseCategory(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, got, in)
	}
	assert.Equal(t, "Category(0)", Category(0).String())
	assert.Equal(t, "Category(7)", Category(7).String())
}

func TestParseErrorWantIsACopy(t *testing.T) {
	for _, parse := range []func(string) error{
		func(s string) error { return second(ParseCategory(s)) },
		func(s string) error { return second(ParseParadigm(s)) },
		func(s string) error { return second(ParseDataKind(s)) },
	} {
		var pe *ParseError
		require.True(t, errors.As(parse("nope"), &pe))
		first := pe.Want[0]
		pe.Want[0] = "changed"
		require.True(t, errors.As(parse("nope"), &pe))
		assert.Equal(t, first, pe.Want[0])
	}
	assert.Equal(t, "Traditional ML", TraditionalML.String())
	assert.Equal(t, "supervised", Supervised.String())
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		err  error
		msg  string
	}{
		{"category", second(ParseCategory("deep")),
			`taxonomy: unknown category "deep"; want one of: Traditional ML, RNNs & Sequence, CNNs (Spatial), Transformers, Generative AI, Reinforcement`},
		{"paradigm", second(ParseParadigm("supervised/semi")),
			`taxonomy: unknown paradigm "semi"; want one of: supervised, self-supervised, unsupervised, adversarial, trial-and-error reward`},
		{"empty paradigm", second(ParseParadigm(" / ")),
			`taxonomy: unknown paradigm " / "; want one of: supervised, self-supervised, unsupervised, adversarial, trial-and-error reward`},
		{"data kind", second(ParseDataKind("graph")),
			`taxonomy: unknown data kind "graph"; want one of: tabular, text, code, time series, audio, image, video, noise, environment, mixed, sequential, spatial`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var pe *ParseError
			require.True(t, errors.As(tt.err, &pe))
			assert.EqualError(t, tt.err, tt.msg)
		})
	}
}

func second[T any](_ T, err error) error { return err }

func TestParadigm(t *testing.T) {
	assert.Equal(t, "supervised/self-supervised", (Supervised | SelfSupervised).String())
	assert.Equal(t, "unsupervised/adversarial", (Adversarial | Unsupervised).String())
	assert.Equal(t, "trial-and-error reward", TrialAndError.String())
	assert.Equal(t, "none", Paradigm(0).String())
	assert.Equal(t, "Paradigm(0x40)", Paradigm(0x40).String())
	assert.Equal(t, []Paradigm{Supervised, SelfSupervised}, (SelfSupervised | Supervised).Split())
	assert.Len(t, Paradigms(), 5)

	both := Supervised | SelfSupervised
	assert.True(t, both.Has(SelfSupervised))
	assert.True(t, both.Has(both))
	assert.False(t, both.Has(SelfSupervised|Unsupervised))
	assert.False(t, both.Has(0))

	for in, want := range map[string]Paradigm{
		"supervised": Supervised, "Self-Supervised": SelfSupervised, "supervised/self-supervised": both,
		"unsupervised, adversarial": Unsupervised | Adversarial, "trial-and-error reward": TrialAndError,
		"RL": TrialAndError, "reinforcement learning": TrialAndError,
	} {
		got, err := ParseParadigm(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, got, in)
	}
	for _, p := range Paradigms() {
		got, err := ParseParadigm(p.String())
		require.NoError(t, err)
		assert.Equal(t, p, got)
	}
}

func TestDataKind(t *testing.T) {
	assert.Equal(t, "image/noise", (Image | Noise).String())
	assert.Equal(t, "text/code/time series/audio", Sequential.String())
	assert.Equal(t, "image/video", Spatial.String())
	assert.Equal(t, "none", DataKind(0).String())
	assert.Len(t, DataKinds(), 10)
	assert.True(t, Sequential.Has(Audio))
	assert.False(t, Spatial.Has(Image|Text))

	for in, want := range map[string]DataKind{
		"tabular": Tabular, "structured": Tabular, "Time-Series": TimeSeries, "sensors": TimeSeries,
		"images": Image, "pixels": Image, "text/image": Text | Image, "sequential": Sequential,
		"Spatial": Spatial, "environment, noise": Environment | Noise, "speech": Audio,
	} {
		got, err := ParseDataKind(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, got, in)
	}
	for _, k := range DataKinds() {
		got, err := ParseDataKind(k.String())
		require.NoError(t, err)
		assert.Equal(t, k, got)
	}
}

func TestModelJSON(t *testing.T) {
	m, ok := Find("lstm")
	require.True(t, ok)
	data, err := json.Marshal(m)
	require.NoError(t, err)
	assert.JSONEq(t, `{
		"category": "RNNs & Sequence",
		"type": "LSTM",
		"purpose": "retains long-term context using gating",
		"input": "sequential (text, audio, sensors)",
		"input_kinds": ["text", "time series", "audio"],
		"paradigm": ["supervised", "self-supervised"],
		"examples": ["Standard LSTM", "BiLSTM"],
		"aliases": ["long short-term memory", "bidirectional LSTM", "Bi-LSTM", "LSTM network"],
		"chalk": [
			{"kind": "symbol", "ref": "rnn.LSTM"},
			{"kind": "symbol", "ref": "rnn.LSTMCell"},
			{"kind": "example", "ref": "examples/lstm-gates"}
		]
	}`, string(data))

	// Every row survives a round trip, including "chalk": [] and the note.
	all := Models()
	data, err = json.Marshal(all)
	require.NoError(t, err)
	var back []Model
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, all, back)

	d, _ := Find("diffusion")
	data, err = json.Marshal(d)
	require.NoError(t, err)
	assert.Contains(t, string(data), `"paradigm":["supervised"],"paradigm_note":"latent"`)
	assert.Contains(t, string(data), `"chalk":[]`)
}

func TestJSONErrors(t *testing.T) {
	var m Model
	assert.Error(t, json.Unmarshal([]byte(`{"category":"Deep"}`), &m))
	assert.Error(t, json.Unmarshal([]byte(`{"paradigm":"supervised"}`), &m))
	assert.Error(t, json.Unmarshal([]byte(`{"paradigm":["semi"]}`), &m))
	assert.Error(t, json.Unmarshal([]byte(`{"input_kinds":["graph"]}`), &m))
	assert.Error(t, json.Unmarshal([]byte(`{"chalk":[{"kind":"package"}]}`), &m))
	_, err := json.Marshal(Model{Category: 42})
	assert.Error(t, err, "42 is not a category")

	// The zero Model round-trips, so a program can always print one.
	data, err := json.Marshal(Model{})
	require.NoError(t, err)
	var zero Model
	require.NoError(t, json.Unmarshal(data, &zero))
	assert.Equal(t, Model{}, zero)
	assert.Equal(t, `{"category":"","type":"","purpose":"","input":"","input_kinds":[],"paradigm":[],"examples":null,"aliases":null,"chalk":null}`, string(data))

	var a Architecture
	assert.Error(t, json.Unmarshal([]byte(`{"family":"tree"}`), &a))
	require.NoError(t, json.Unmarshal([]byte(`{"paradigm":[]}`), &m))
	assert.Equal(t, Paradigm(0), m.Paradigm)
}

func TestLink(t *testing.T) {
	assert.Equal(t, "go run ./examples/lstm-gates", example("lstm-gates").Command())
	assert.Equal(t, "go doc github.com/chalk-ml/chalk/rnn.LSTM", symbol("rnn.LSTM").Command())
	assert.Equal(t, "go doc github.com/chalk-ml/chalk/rnn.Config.Bidirectional",
		symbol("rnn.Config.Bidirectional").Command())
	assert.Equal(t, "rnn.LSTM", symbol("rnn.LSTM").String())
	assert.Equal(t, "symbol", SymbolLink.String())
	assert.Equal(t, "example", ExampleLink.String())
	assert.Equal(t, "LinkKind(0)", LinkKind(0).String())
	text, err := LinkKind(0).MarshalText()
	require.NoError(t, err)
	assert.Empty(t, text)
	_, err = LinkKind(5).MarshalText()
	assert.Error(t, err)
}
