package taxonomy_test

import (
	"fmt"

	"github.com/chalk-ml/chalk/taxonomy"
)

// Find accepts a model type, any example or a common alias, in any case and
// spelling.
func ExampleFind() {
	for _, q := range []string{"Long Short-Term Memory", "k-nearest neighbours", "u-net", "DQN", "banana"} {
		m, ok := taxonomy.Find(q)
		if !ok {
			fmt.Printf("%-22s -> not found\n", q)
			continue
		}
		fmt.Printf("%-22s -> %s (%s)\n", q, m.Type, m.Category)
	}
	// Output:
	// Long Short-Term Memory -> LSTM (RNNs & Sequence)
	// k-nearest neighbours   -> Distance-Based (Traditional ML)
	// u-net                  -> Segmentation (CNNs (Spatial))
	// DQN                    -> Value-Based RL (Reinforcement)
	// banana                 -> not found
}

// Each row links to the chalk code that implements it.
func ExampleFind_chalkLinks() {
	m, _ := taxonomy.Find("lstm")
	for _, l := range m.Chalk {
		fmt.Printf("%-8s %s\n", l.Kind, l.Command())
	}
	// Output:
	// symbol   go doc github.com/chalk-ml/chalk/rnn.LSTM
	// symbol   go doc github.com/chalk-ml/chalk/rnn.LSTMCell
	// example  go run ./examples/lstm-gates
}

func ExampleModels() {
	models := taxonomy.Models()
	fmt.Println(len(models), "model types")
	for _, m := range models[:3] {
		fmt.Printf("%s: %s\n", m.Type, m.Purpose)
	}
	// Output:
	// 21 model types
	// Linear Models: assumes linear relationships between features
	// Tree-Based Models: splits data like flowchart branches
	// Distance-Based: classifies by geometric proximity
}

// A Paradigm is a set: the RNN rows are supervised and self-supervised, so
// filtering by SelfSupervised finds them too.
func ExampleByParadigm() {
	for _, m := range taxonomy.ByParadigm(taxonomy.SelfSupervised) {
		fmt.Printf("%-16s %s\n", m.Type, m.Paradigm)
	}
	// Output:
	// Vanilla RNN      supervised/self-supervised
	// LSTM             supervised/self-supervised
	// GRU              supervised/self-supervised
	// Encoder-Only     self-supervised
	// Decoder-Only     self-supervised
	// Encoder-Decoder  self-supervised
	// Multimodal       self-supervised
}

func ExampleByCategory() {
	for _, m := range taxonomy.ByCategory(taxonomy.GenerativeAI) {
		fmt.Println(m.Type, "-", m.Input)
	}
	// Output:
	// Multimodal - mixed
	// Diffusion Models - text prompts, random noise
	// GANs - noise vectors, images
	// VAEs - images, structured vectors
}

func ExampleByInput() {
	for _, m := range taxonomy.ByInput(taxonomy.Noise) {
		fmt.Println(m.Type)
	}
	// Output:
	// Diffusion Models
	// GANs
}

// Which model types fit a pile of unlabelled images?
func ExampleSuggest() {
	for _, m := range taxonomy.Suggest(taxonomy.Image, false) {
		fmt.Printf("%-10s %s\n", m.Type, m.ParadigmText())
	}
	// Output:
	// Multimodal self-supervised
	// GANs       unsupervised/adversarial
	// VAEs       unsupervised
}

func ExampleSearch() {
	for _, m := range taxonomy.Search("gpt") {
		fmt.Println(m.Type, m.Examples)
	}
	// Output:
	// Decoder-Only [GPT-4 Llama 3 Claude 3.5]
	// Multimodal [Google Gemini GPT-4o]
}

func ExampleParseParadigm() {
	p, err := taxonomy.ParseParadigm("supervised/self-supervised")
	fmt.Println(p, err)
	fmt.Println(p.Has(taxonomy.SelfSupervised), p.Has(taxonomy.Unsupervised))
	_, err = taxonomy.ParseParadigm("semi-supervised")
	fmt.Println(err)
	// Output:
	// supervised/self-supervised <nil>
	// true false
	// taxonomy: unknown paradigm "semi-supervised"; want one of: supervised, self-supervised, unsupervised, adversarial, trial-and-error reward
}

func ExampleTable() {
	fmt.Print(taxonomy.Table(taxonomy.ByCategory(taxonomy.RNNs), 80))
	// Output:
	// TYPE      PURPOSE            INPUT          PARADIGM                    EXAMPLES
	// --------  -----------------  -------------  --------------------------  --------
	//
	// == RNNs & Sequence ==
	// Vanilla   processes          sequential     supervised/self-supervised  Standard
	// RNN       sequences step by  (text,                                     Elman
	//           step with memory   time-series)                               RNN
	//
	// LSTM      retains long-term  sequential     supervised/self-supervised  Standard
	//           context using      (text, audio,                              LSTM,
	//           gating             sensors)                                   BiLSTM
	//
	// GRU       streamlined,       sequential     supervised/self-supervised  Standard
	//           faster LSTM with   (text, audio,                              GRU
	//           fewer gates        sensors)
}

func ExampleMarkdown() {
	m, _ := taxonomy.Find("gru")
	fmt.Print(taxonomy.Markdown([]taxonomy.Model{m}))
	// Output:
	// | Category | Model type | Purpose | Input | Paradigm | Examples | In chalk |
	// |---|---|---|---|---|---|---|
	// | RNNs & Sequence | GRU | streamlined, faster LSTM with fewer gates | sequential (text, audio, sensors) | supervised/self-supervised | Standard GRU | `rnn.GRU`, `rnn.GRUCell`, `examples/gru-vs-lstm` |
}

func ExampleDescribe() {
	m, _ := taxonomy.Find("resnet")
	fmt.Print(taxonomy.Describe(m, 60))
	// Output:
	// Image Class. (CNNs (Spatial))
	//   purpose   identifies the main subject of a frame
	//   input     spatial grids (images, videos)
	//   paradigm  supervised
	//   examples  ResNet, VGG16, MobileNet
	//   aliases   CNN, ConvNet, convolutional neural network,
	//             convolutional network, image classification,
	//             image classifier, VGG, AlexNet, LeNet,
	//             EfficientNet
	//   chalk     examples/image-kernels
	//   run       go run ./examples/image-kernels
}

func ExampleCNNvsRNN() {
	for _, c := range taxonomy.CNNvsRNN() {
		fmt.Println(c.Aspect)
	}
	fmt.Println()
	fmt.Print(taxonomy.ComparisonTable(taxonomy.CNNvsRNN()[5:], 80))
	// Output:
	// Primary data
	// Feature extraction
	// Memory & context
	// How it works
	// Input/output size
	// Training speed
	//
	// ASPECT    CNN                      RNN
	// --------  -----------------------  ---------------------------------------------
	// Training  Fast: every position in  Slower: each step waits for the previous
	// speed     a layer is computed at   hidden state, so time steps cannot run in
	//           once, which suits GPUs.  parallel, and BPTT over long sequences is
	//                                    costly.
}

func ExampleArchitectures() {
	for _, a := range taxonomy.Architectures() {
		fmt.Printf("%-26s %-21s %s\n", a.Name, a.Shape, a.Chalk[0])
	}
	// Output:
	// One-to-one                 1 -> 1                rnn.OneToOne
	// One-to-many                1 -> T                rnn.OneToMany
	// Many-to-one                T -> 1                rnn.ManyToOne
	// Many-to-many (synchronous) T -> T                rnn.ManyToMany
	// Encoder-decoder            T -> T'               rnn.EncoderDecoder
	// LSTM                       (x_t, h, c) -> (h, c) rnn.LSTM
	// GRU                        (x_t, h) -> h         rnn.GRU
	// Bidirectional              T -> T, 2H features   rnn.Config.Bidirectional
}

func ExampleArchitectureTable() {
	fmt.Print(taxonomy.ArchitectureTable(taxonomy.Architectures()[2:3], 80))
	// Output:
	// ARCHITECTURE  HOW IT WORKS                               IN CHALK
	// ------------  -----------------------------------------  -----------------------
	// Many-to-one   Reads the whole sequence and makes one     rnn.ManyToOne
	// T -> 1        prediction from the final hidden state     examples/sequence-modes
	//               h_T, which summarises it.                  examples/adding-problem
}
