package taxonomy

// Comparison is one aspect on which convolutional and recurrent networks
// differ, with what each one does.
type Comparison struct {
	// Aspect is what is compared, e.g. "Training speed".
	Aspect string `json:"aspect"`
	// CNN is how a convolutional network handles the aspect.
	CNN string `json:"cnn"`
	// RNN is how a recurrent network handles the aspect.
	RNN string `json:"rnn"`
}

// cnnVsRNN is the comparison; the equations use PyTorch's names, as the rnn
// package does.
var cnnVsRNN = []Comparison{
	{
		Aspect: "Primary data",
		CNN:    "Spatial grids: images, video frames, spectrograms, medical scans.",
		RNN:    "Sequences: text, speech and audio, time series, sensor streams.",
	},
	{
		Aspect: "Feature extraction",
		CNN: "Small learned kernels slide over local patches with shared weights; " +
			"stacked layers build a hierarchy from edges to textures, parts and objects.",
		RNN: "The same weights are applied at every time step; what matters in the " +
			"sequence so far is summarised in the hidden state.",
	},
	{
		Aspect: "Memory & context",
		CNN: "No memory between inputs; context is the receptive field, which grows " +
			"with depth, pooling, striding and dilation.",
		RNN: "The hidden state carries context from step to step; a vanilla RNN loses " +
			"long-range context to vanishing gradients, which LSTM and GRU gates counter.",
	},
	{
		Aspect: "How it works",
		CNN: "Convolution (a sliding dot product), a nonlinearity such as ReLU, and " +
			"pooling or striding, repeated; then a classifier head.",
		RNN: "Unrolled over time: h_t = tanh(W_ih x_t + b_ih + W_hh h_(t-1) + b_hh); " +
			"trained by backpropagation through time (BPTT).",
	},
	{
		Aspect: "Input/output size",
		CNN: "Usually fixed: e.g. a 224x224 image in, 1000 class scores out; a fully " +
			"convolutional network accepts any image size.",
		RNN: "Variable: one cell serves sequences of any length, and one-to-many, " +
			"many-to-one and many-to-many outputs.",
	},
	{
		Aspect: "Training speed",
		CNN:    "Fast: every position in a layer is computed at once, which suits GPUs.",
		RNN: "Slower: each step waits for the previous hidden state, so time steps " +
			"cannot run in parallel, and BPTT over long sequences is costly.",
	},
}

// CNNvsRNN returns the textbook comparison of convolutional and recurrent
// networks, one row per aspect: primary data, feature extraction, memory &
// context, how it works, input/output size and training speed. The result
// is a copy.
func CNNvsRNN() []Comparison { return cloneSlice(cnnVsRNN) }
