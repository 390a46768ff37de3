package taxonomy

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFindByAlias(t *testing.T) {
	tests := []struct {
		query string
		want  string
	}{
		{"lstm", "LSTM"},
		{"Long Short-Term Memory", "LSTM"},
		{"long short term memory", "LSTM"},
		{"BiLSTM", "LSTM"},
		{"Bi-LSTM", "LSTM"},
		{"CNN", "Image Class."},
		{"ConvNet", "Image Class."},
		{"convolutional neural network", "Image Class."},
		{"k-means", "Clustering"},
		{"K Means", "Clustering"},
		{"kmeans", "Clustering"},
		{"random forest", "Tree-Based Models"},
		{"Random Forests", "Tree-Based Models"},
		{"xgboost", "Tree-Based Models"},
		{"Elman", "Vanilla RNN"},
		{"elman rnn", "Vanilla RNN"},
		{"RNN", "Vanilla RNN"},
		{"GPT", "Decoder-Only"},
		{"gpt-4", "Decoder-Only"},
		{"GPT4", "Decoder-Only"},
		{"llama 3", "Decoder-Only"},
		{"LLM", "Decoder-Only"},
		{"transformer", "Encoder-Decoder"},
		{"seq2seq", "Encoder-Decoder"},
		{"svm", "Distance-Based"},
		{"support vector machine", "Distance-Based"},
		{"knn", "Distance-Based"},
		{"k-NN", "Distance-Based"},
		{"k-nearest neighbours", "Distance-Based"},
		{"K-Nearest Neighbors", "Distance-Based"},
		{"k nearest neighbour", "Distance-Based"},
		{"naive bayes", "Probabilistic"},
		{"Naive-Bayes", "Probabilistic"},
		{"HMM", "Probabilistic"},
		{"hidden markov model", "Probabilistic"},
		{"dqn", "Value-Based RL"},
		{"Deep Q-Network", "Value-Based RL"},
		{"deep q networks", "Value-Based RL"},
		{"q-learning", "Value-Based RL"},
		{"ppo", "Policy-Based RL"},
		{"Proximal Policy Optimisation", "Policy-Based RL"},
		{"reinforce", "Policy-Based RL"},
		{"a3c", "Policy-Based RL"},
		{"policy gradient", "Policy-Based RL"},
		{"gan", "GANs"},
		{"GANs", "GANs"},
		{"generative adversarial networks", "GANs"},
		{"vae", "VAEs"},
		{"beta vae", "VAEs"},
		{"variational autoencoder", "VAEs"},
		{"diffusion", "Diffusion Models"},
		{"stable diffusion", "Diffusion Models"},
		{"pca", "Dimensionality"},
		{"principal component analysis", "Dimensionality"},
		{"t-sne", "Dimensionality"},
		{"TSNE", "Dimensionality"},
		{"dimensionality reduction", "Dimensionality"},
		{"bert", "Encoder-Only"},
		{"roberta", "Encoder-Only"},
		{"u-net", "Segmentation"},
		{"UNet", "Segmentation"},
		{"mask r-cnn", "Segmentation"},
		{"yolo", "Object Detection"},
		{"Faster RCNN", "Object Detection"},
		{"gru", "GRU"},
		{"gated recurrent unit", "GRU"},
		{"gemini", "Multimodal"},
		{"gpt-4o", "Multimodal"},
		{"linear regression", "Linear Models"},
		{"logistic regression", "Linear Models"},
		{"ols", "Linear Models"},
		{"generalised linear model", "Linear Models"},
		{"resnet", "Image Class."},
		{"image classification", "Image Class."},
		{"  LSTM  ", "LSTM"},
		{"l.s.t.m.", "LSTM"},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			m, ok := Find(tt.query)
			require.True(t, ok, "Find(%q) found nothing", tt.query)
			assert.Equal(t, tt.want, m.Type)
		})
	}
}

func TestFindByEveryName(t *testing.T) {
	for _, m := range Models() {
		names := append(append([]string{m.Type}, m.Examples...), m.Aliases...)
		for _, name := range names {
			for _, q := range []string{name, strings.ToUpper(name), strings.ToLower(name),
				strings.ReplaceAll(name, "-", " ")} {
				got, ok := Find(q)
				if assert.True(t, ok, "Find(%q)", q) {
					assert.Equal(t, m.Type, got.Type, "Find(%q)", q)
				}
			}
		}
	}
}

func TestFindPastedForms(t *testing.T) {
	for q, want := range map[string]string{
		"Long Short-Term Memory (LSTM)": "LSTM",
		"Gated Recurrent Unit (GRU)":    "GRU",
		"ＬＳＴＭ":                          "LSTM", // full-width
		"Ｋ－Ｍｅａｎｓ":                       "Clustering",
	} {
		m, ok := Find(q)
		if assert.True(t, ok, q) {
			assert.Equal(t, want, m.Type, q)
		}
	}
}

func TestFindReturnsTheWholeRow(t *testing.T) {
	m, ok := Find("elman")
	require.True(t, ok)
	want := Models()[6]
	assert.Equal(t, want, m)
}

func TestFindNothing(t *testing.T) {
	for _, q := range []string{"", "   ", "---", "()", "banana", "lst", "lstmx", "quantum svm",
		"Traditional ML", "recurrent", "neural network", "transformerz", "gpt-5o"} {
		t.Run(q, func(t *testing.T) {
			m, ok := Find(q)
			assert.False(t, ok, "Find(%q) = %s", q, m.Type)
			assert.Equal(t, Model{}, m)
		})
	}
}

// No name may lead to two model types: that would make Find depend on row
// order.
func TestFindNamesAreUnambiguous(t *testing.T) {
	owner := map[string]string{}
	for _, m := range Models() {
		for _, k := range keysOf(m) {
			if prev, ok := owner[k]; ok && prev != m.Type {
				t.Errorf("%q names both %s and %s", k, prev, m.Type)
			}
			owner[k] = m.Type
		}
	}
	singulars := map[string]string{}
	for _, m := range Models() {
		for _, k := range keysOf(m) {
			s := singular(k)
			if prev, ok := owner[s]; ok && prev != m.Type {
				t.Errorf("singular %q of a %s name is a name of %s", s, m.Type, prev)
			}
			if prev, ok := singulars[s]; ok && prev != m.Type {
				t.Errorf("singular %q names both %s and %s", s, prev, m.Type)
			}
			singulars[s] = m.Type
		}
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"K-Nearest Neighbours", "knearestneighbors"},
		{"Image Class.", "imageclass"},
		{"Deep Q-Networks (DQN)", "deepqnetworksdqn"},
		{"RNNs & Sequence", "rnnssequence"},
		{"  t-SNE ", "tsne"},
		{"Llama 3", "llama3"},
		{"modelling", "modeling"},
		{"", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, normalize(tt.in), tt.in)
	}
}

func TestSpellingsOf(t *testing.T) {
	assert.Equal(t, []string{"Deep Q-Networks (DQN)", "DQN", "Deep Q-Networks "}, spellingsOf("Deep Q-Networks (DQN)"))
	assert.Equal(t, []string{"LSTM"}, spellingsOf("LSTM"))
	assert.Equal(t, []string{"a (b"}, spellingsOf("a (b"))
}

func TestSearch(t *testing.T) {
	tests := []struct {
		query string
		want  []string
	}{
		{"transformers", []string{"Encoder-Only", "Decoder-Only", "Encoder-Decoder"}},
		{"transformer", []string{"Encoder-Only", "Decoder-Only", "Encoder-Decoder"}},
		{"RNNs & Sequence", []string{"Vanilla RNN", "LSTM", "GRU"}},
		{"gpt", []string{"Decoder-Only", "Multimodal"}},
		{"r-cnn", []string{"Object Detection", "Segmentation"}},
		{"cnn", []string{"Image Class.", "Object Detection", "Segmentation"}},
		{"rl", []string{"Value-Based RL", "Policy-Based RL"}},
		{"lstm", []string{"LSTM"}},
		{"dqn", []string{"Value-Based RL"}},
		{"segmentation", []string{"Segmentation"}},
		{"Long Short-Term Memory (LSTM)", []string{"LSTM"}},
		{"ＧＲＵ", []string{"GRU"}},
		{"", nil},
		{"zzz", nil},
		{"xy", nil},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			assert.Equal(t, tt.want, types(Search(tt.query)))
		})
	}
}

// types lists the Type of each model, or nil for none.
func types(ms []Model) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Type)
	}
	return out
}
