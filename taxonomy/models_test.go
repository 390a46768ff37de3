package taxonomy

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// issueTable is the table from chalk's issue 5, copied verbatim except for
// the Policy-Based RL examples, which the issue leaves blank and asks us to
// fill with REINFORCE, PPO and A3C.
const issueTable = `
| Traditional ML | Linear Models | assumes linear relationships between features | structured/tabular (numbers) | supervised | Linear Regression, Logistic Regression |
| Traditional ML | Tree-Based Models | splits data like flowchart branches | structured/tabular (mixed) | supervised | Decision Trees, Random Forest, XGBoost |
| Traditional ML | Distance-Based | classifies by geometric proximity | structured/tabular (normalized) | supervised | K-Nearest Neighbors, SVM |
| Traditional ML | Probabilistic | probability theory and Bayes' theorem | structured, text (word counts) | supervised | Naive Bayes, Hidden Markov Models |
| Traditional ML | Clustering | groups similar unlabeled points | structured/tabular | unsupervised | K-Means, DBSCAN |
| Traditional ML | Dimensionality | compresses by reducing redundant features | high-dimensional tabular | unsupervised | PCA, t-SNE |
| RNNs & Sequence | Vanilla RNN | processes sequences step by step with memory | sequential (text, time-series) | supervised/self-supervised | Standard Elman RNN |
| RNNs & Sequence | LSTM | retains long-term context using gating | sequential (text, audio, sensors) | supervised/self-supervised | Standard LSTM, BiLSTM |
| RNNs & Sequence | GRU | streamlined, faster LSTM with fewer gates | sequential (text, audio, sensors) | supervised/self-supervised | Standard GRU |
| CNNs (Spatial) | Image Class. | identifies the main subject of a frame | spatial grids (images, videos) | supervised | ResNet, VGG16, MobileNet |
| CNNs (Spatial) | Object Detection | locates and labels multiple items | spatial grids | supervised | YOLO, Faster R-CNN |
| CNNs (Spatial) | Segmentation | classifies every pixel | spatial grids (medical scans) | supervised | U-Net, Mask R-CNN |
| Transformers | Encoder-Only | extracts context and meaning | sequential (text, code) | self-supervised | BERT, RoBERTa |
| Transformers | Decoder-Only | predicts the next element autoregressively | sequential (text, code) | self-supervised | GPT-4, Llama 3, Claude 3.5 |
| Transformers | Encoder-Decoder | maps one sequence onto another | sequential (source text) | self-supervised | T5, BART |
| Generative AI | Multimodal | processes and outputs several media natively | mixed | self-supervised | Google Gemini, GPT-4o |
| Generative AI | Diffusion Models | generates media by removing noise iteratively | text prompts, random noise | supervised (latent) | Stable Diffusion, Midjourney, Sora |
| Generative AI | GANs | two networks compete to create realistic data | noise vectors, images | unsupervised/adversarial | StyleGAN, CycleGAN |
| Generative AI | VAEs | compresses and decodes new variants | images, structured vectors | unsupervised | Beta-VAE |
| Reinforcement | Value-Based RL | finds actions by calculating future rewards | environment states, pixels | trial-and-error reward | Deep Q-Networks (DQN) |
| Reinforcement | Policy-Based RL | directly learns behaviours | environment states, pixels | trial-and-error reward | REINFORCE, PPO, A3C |
`

// issueRows splits issueTable into cells.
func issueRows(t *testing.T) [][]string {
	t.Helper()
	var rows [][]string
	for _, line := range strings.Split(strings.TrimSpace(issueTable), "\n") {
		cells := strings.Split(strings.Trim(line, "| "), " | ")
		require.Len(t, cells, 6, line)
		rows = append(rows, cells)
	}
	return rows
}

func TestModelsMatchTheIssueTable(t *testing.T) {
	rows := issueRows(t)
	models := Models()
	require.Len(t, models, 21)
	require.Len(t, rows, len(models))
	for i, want := range rows {
		m := models[i]
		t.Run(want[1], func(t *testing.T) {
			assert.Equal(t, want[0], m.Category.String(), "category")
			assert.Equal(t, want[1], m.Type, "type")
			assert.Equal(t, want[2], m.Purpose, "purpose")
			assert.Equal(t, want[3], m.Input, "input")
			assert.Equal(t, want[4], m.ParadigmText(), "paradigm")
			assert.Equal(t, want[5], strings.Join(m.Examples, ", "), "examples")
		})
	}
}

func TestModelsPerCategory(t *testing.T) {
	want := map[Category]int{TraditionalML: 6, RNNs: 3, CNNs: 3, Transformers: 3, GenerativeAI: 4, Reinforcement: 2}
	got := map[Category]int{}
	for _, m := range Models() {
		got[m.Category]++
	}
	assert.Equal(t, want, got)
}

func TestModelsParadigmsAndInputKinds(t *testing.T) {
	tests := []struct {
		typ      string
		paradigm Paradigm
		kinds    DataKind
	}{
		{"Linear Models", Supervised, Tabular},
		{"Tree-Based Models", Supervised, Tabular},
		{"Distance-Based", Supervised, Tabular},
		{"Probabilistic", Supervised, Tabular | Text},
		{"Clustering", Unsupervised, Tabular},
		{"Dimensionality", Unsupervised, Tabular},
		{"Vanilla RNN", Supervised | SelfSupervised, Text | TimeSeries},
		{"LSTM", Supervised | SelfSupervised, Text | Audio | TimeSeries},
		{"GRU", Supervised | SelfSupervised, Text | Audio | TimeSeries},
		{"Image Class.", Supervised, Image | Video},
		{"Object Detection", Supervised, Spatial},
		{"Segmentation", Supervised, Spatial},
		{"Encoder-Only", SelfSupervised, Text | Code},
		{"Decoder-Only", SelfSupervised, Text | Code},
		{"Encoder-Decoder", SelfSupervised, Text},
		{"Multimodal", SelfSupervised, Mixed | Text | Image | Audio | Video},
		{"Diffusion Models", Supervised, Text | Noise},
		{"GANs", Unsupervised | Adversarial, Noise | Image},
		{"VAEs", Unsupervised, Image | Tabular},
		{"Value-Based RL", TrialAndError, Environment | Image},
		{"Policy-Based RL", TrialAndError, Environment | Image},
	}
	models := Models()
	require.Len(t, models, len(tests))
	for i, tt := range tests {
		assert.Equal(t, tt.typ, models[i].Type)
		assert.Equal(t, tt.paradigm, models[i].Paradigm, tt.typ)
		assert.Equal(t, tt.kinds, models[i].InputKinds, tt.typ)
	}
}

func TestModelsChalkLinks(t *testing.T) {
	want := map[string][]string{
		"Linear Models":    {"tensor.MatMul"},
		"Vanilla RNN":      {"rnn.RNN", "rnn.RNNCell", "examples/adding-problem"},
		"LSTM":             {"rnn.LSTM", "rnn.LSTMCell", "examples/lstm-gates"},
		"GRU":              {"rnn.GRU", "rnn.GRUCell", "examples/gru-vs-lstm"},
		"Image Class.":     {"examples/image-kernels"},
		"Object Detection": {"examples/image-kernels"},
		"Segmentation":     {"examples/image-kernels"},
	}
	for _, m := range Models() {
		var refs []string
		for _, l := range m.Chalk {
			refs = append(refs, l.Ref)
			wantKind := SymbolLink
			if strings.HasPrefix(l.Ref, "examples/") {
				wantKind = ExampleLink
			}
			assert.Equal(t, wantKind, l.Kind, l.Ref)
		}
		assert.Equal(t, want[m.Type], refs, m.Type)
	}
}

// The terminal layout counts one rune as one column, which holds for ASCII.
func TestModelTextIsASCII(t *testing.T) {
	ascii := func(s string) bool {
		for _, r := range s {
			if r > 127 {
				return false
			}
		}
		return true
	}
	for _, m := range Models() {
		all := append([]string{m.Type, m.Purpose, m.Input, m.ParadigmText()}, m.Examples...)
		all = append(all, m.Aliases...)
		for _, s := range all {
			assert.True(t, ascii(s), "%s: %q", m.Type, s)
		}
	}
	for _, c := range CNNvsRNN() {
		for _, s := range []string{c.Aspect, c.CNN, c.RNN} {
			assert.True(t, ascii(s), s)
		}
	}
	for _, a := range Architectures() {
		for _, s := range append([]string{a.Name, a.Shape, a.Description}, a.UseCases...) {
			assert.True(t, ascii(s), s)
		}
	}
}

func TestModelsReturnsCopies(t *testing.T) {
	before := Models()

	got := Models()
	got[0].Type = "changed"
	got[0].Examples[0] = "changed"
	got[0].Aliases[0] = "changed"
	got[0].Chalk[0].Ref = "changed"
	got[1] = Model{}
	_ = append(got[2].Examples[:1], "appended")

	m, ok := Find("lstm")
	require.True(t, ok)
	m.Examples[0] = "changed"
	m.Chalk[0].Ref = "changed"

	for _, list := range [][]Model{ByCategory(RNNs), ByParadigm(Supervised), ByInput(Text),
		Suggest(Text, true), Search("gpt")} {
		list[0].Examples[0] = "changed"
		list[0].Aliases[0] = "changed"
	}

	assert.Equal(t, before, Models())
	again, _ := Find("lstm")
	assert.Equal(t, "Standard LSTM", again.Examples[0])
	assert.Equal(t, "rnn.LSTM", again.Chalk[0].Ref)
}

func TestModelsSlicesAreNeverNil(t *testing.T) {
	for _, m := range Models() {
		assert.NotNil(t, m.Examples, m.Type)
		assert.NotNil(t, m.Aliases, m.Type)
		assert.NotNil(t, m.Chalk, m.Type)
		assert.NotEmpty(t, m.Examples, m.Type)
		assert.NotEmpty(t, m.Aliases, m.Type)
	}
}
