package taxonomy

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestByCategory(t *testing.T) {
	tests := []struct {
		c    Category
		want []string
	}{
		{TraditionalML, []string{"Linear Models", "Tree-Based Models", "Distance-Based", "Probabilistic", "Clustering", "Dimensionality"}},
		{RNNs, []string{"Vanilla RNN", "LSTM", "GRU"}},
		{CNNs, []string{"Image Class.", "Object Detection", "Segmentation"}},
		{Transformers, []string{"Encoder-Only", "Decoder-Only", "Encoder-Decoder"}},
		{GenerativeAI, []string{"Multimodal", "Diffusion Models", "GANs", "VAEs"}},
		{Reinforcement, []string{"Value-Based RL", "Policy-Based RL"}},
		{0, nil},
		{Category(99), nil},
	}
	for _, tt := range tests {
		t.Run(tt.c.String(), func(t *testing.T) {
			assert.Equal(t, tt.want, types(ByCategory(tt.c)))
		})
	}
}

func TestByParadigm(t *testing.T) {
	tests := []struct {
		name string
		p    Paradigm
		want []string
	}{
		{"supervised", Supervised, []string{"Linear Models", "Tree-Based Models", "Distance-Based", "Probabilistic",
			"Vanilla RNN", "LSTM", "GRU", "Image Class.", "Object Detection", "Segmentation", "Diffusion Models"}},
		{"self-supervised", SelfSupervised, []string{"Vanilla RNN", "LSTM", "GRU", "Encoder-Only", "Decoder-Only",
			"Encoder-Decoder", "Multimodal"}},
		{"unsupervised", Unsupervised, []string{"Clustering", "Dimensionality", "GANs", "VAEs"}},
		{"adversarial", Adversarial, []string{"GANs"}},
		{"trial and error", TrialAndError, []string{"Value-Based RL", "Policy-Based RL"}},
		{"any of two", Adversarial | TrialAndError, []string{"GANs", "Value-Based RL", "Policy-Based RL"}},
		{"none", 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, types(ByParadigm(tt.p)))
		})
	}
}

func TestByInput(t *testing.T) {
	tests := []struct {
		name string
		k    DataKind
		want []string
	}{
		{"tabular", Tabular, []string{"Linear Models", "Tree-Based Models", "Distance-Based", "Probabilistic",
			"Clustering", "Dimensionality", "VAEs"}},
		{"text", Text, []string{"Probabilistic", "Vanilla RNN", "LSTM", "GRU", "Encoder-Only", "Decoder-Only",
			"Encoder-Decoder", "Multimodal", "Diffusion Models"}},
		{"sequential", Sequential, []string{"Probabilistic", "Vanilla RNN", "LSTM", "GRU", "Encoder-Only",
			"Decoder-Only", "Encoder-Decoder", "Multimodal", "Diffusion Models"}},
		{"time series", TimeSeries, []string{"Vanilla RNN", "LSTM", "GRU"}},
		{"audio", Audio, []string{"LSTM", "GRU", "Multimodal"}},
		{"code", Code, []string{"Encoder-Only", "Decoder-Only"}},
		{"image", Image, []string{"Image Class.", "Object Detection", "Segmentation", "Multimodal", "GANs", "VAEs",
			"Value-Based RL", "Policy-Based RL"}},
		{"spatial", Spatial, []string{"Image Class.", "Object Detection", "Segmentation", "Multimodal", "GANs",
			"VAEs", "Value-Based RL", "Policy-Based RL"}},
		{"video", Video, []string{"Image Class.", "Object Detection", "Segmentation", "Multimodal"}},
		{"noise", Noise, []string{"Diffusion Models", "GANs"}},
		{"environment", Environment, []string{"Value-Based RL", "Policy-Based RL"}},
		{"mixed", Mixed, []string{"Multimodal"}},
		{"none", 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, types(ByInput(tt.k)))
		})
	}
}

func TestSuggest(t *testing.T) {
	tests := []struct {
		name     string
		data     DataKind
		labelled bool
		want     []string
	}{
		{"labelled tabular", Tabular, true, []string{"Linear Models", "Tree-Based Models", "Distance-Based", "Probabilistic"}},
		{"unlabelled tabular", Tabular, false, []string{"Clustering", "Dimensionality", "VAEs"}},
		{"labelled text", Text, true, []string{"Probabilistic", "Vanilla RNN", "LSTM", "GRU", "Encoder-Only",
			"Decoder-Only", "Encoder-Decoder", "Multimodal", "Diffusion Models"}},
		{"unlabelled text", Text, false, []string{"Vanilla RNN", "LSTM", "GRU", "Encoder-Only", "Decoder-Only",
			"Encoder-Decoder", "Multimodal"}},
		{"labelled time series", TimeSeries, true, []string{"Vanilla RNN", "LSTM", "GRU"}},
		{"labelled images", Image, true, []string{"Image Class.", "Object Detection", "Segmentation", "Multimodal"}},
		{"unlabelled images", Image, false, []string{"Multimodal", "GANs", "VAEs"}},
		{"noise, no labels", Noise, false, []string{"GANs"}},
		{"environment", Environment, false, []string{"Value-Based RL", "Policy-Based RL"}},
		{"environment, labelled", Environment, true, []string{"Value-Based RL", "Policy-Based RL"}},
		{"environment with pixels", Environment | Image, true, []string{"Image Class.", "Object Detection",
			"Segmentation", "Multimodal", "Value-Based RL", "Policy-Based RL"}},
		{"nothing", 0, true, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, types(Suggest(tt.data, tt.labelled)))
		})
	}
}
