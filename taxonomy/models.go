package taxonomy

// table is the taxonomy, row for row and word for word as chalk's issue 5
// gives it. The only addition to the source's columns is the Policy-Based RL
// examples, which the source left blank. Callers get copies (see Models).
var table = []Model{
	// Traditional ML
	{
		Category: TraditionalML, Type: "Linear Models",
		Purpose: "assumes linear relationships between features",
		Input:   "structured/tabular (numbers)", InputKinds: Tabular,
		Paradigm: Supervised,
		Examples: []string{"Linear Regression", "Logistic Regression"},
		Aliases: []string{"linear", "linear model", "linreg", "logreg", "ordinary least squares", "OLS",
			"least squares", "GLM", "generalised linear model", "ridge regression", "lasso"},
		// y = Xw + b is one matrix product.
		Chalk: []Link{symbol("tensor.MatMul")},
	},
	{
		Category: TraditionalML, Type: "Tree-Based Models",
		Purpose: "splits data like flowchart branches",
		Input:   "structured/tabular (mixed)", InputKinds: Tabular,
		Paradigm: Supervised,
		Examples: []string{"Decision Trees", "Random Forest", "XGBoost"},
		Aliases: []string{"tree", "tree-based", "decision tree", "CART", "gradient boosting",
			"gradient boosted trees", "GBM", "LightGBM", "CatBoost", "XGB"},
	},
	{
		Category: TraditionalML, Type: "Distance-Based",
		Purpose: "classifies by geometric proximity",
		Input:   "structured/tabular (normalized)", InputKinds: Tabular,
		Paradigm: Supervised,
		Examples: []string{"K-Nearest Neighbors", "SVM"},
		Aliases: []string{"distance", "kNN", "k-NN", "nearest neighbor", "nearest neighbors",
			"support vector machine", "support vector classifier", "SVC"},
	},
	{
		Category: TraditionalML, Type: "Probabilistic",
		Purpose: "probability theory and Bayes' theorem",
		Input:   "structured, text (word counts)", InputKinds: Tabular | Text,
		Paradigm: Supervised,
		Examples: []string{"Naive Bayes", "Hidden Markov Models"},
		Aliases: []string{"probabilistic model", "Bayes", "Bayesian classifier", "naive Bayes classifier",
			"HMM"},
	},
	{
		Category: TraditionalML, Type: "Clustering",
		Purpose: "groups similar unlabeled points",
		Input:   "structured/tabular", InputKinds: Tabular,
		Paradigm: Unsupervised,
		Examples: []string{"K-Means", "DBSCAN"},
		Aliases: []string{"cluster analysis", "hierarchical clustering", "agglomerative clustering",
			"k-medoids"},
	},
	{
		Category: TraditionalML, Type: "Dimensionality",
		Purpose: "compresses by reducing redundant features",
		Input:   "high-dimensional tabular", InputKinds: Tabular,
		Paradigm: Unsupervised,
		Examples: []string{"PCA", "t-SNE"},
		Aliases: []string{"dimensionality reduction", "dimension reduction", "principal component analysis",
			"UMAP", "embedding projection"},
	},

	// RNNs & Sequence
	{
		Category: RNNs, Type: "Vanilla RNN",
		Purpose: "processes sequences step by step with memory",
		Input:   "sequential (text, time-series)", InputKinds: Text | TimeSeries,
		Paradigm: Supervised | SelfSupervised,
		Examples: []string{"Standard Elman RNN"},
		Aliases: []string{"RNN", "recurrent neural network", "simple RNN", "SimpleRNN", "Elman",
			"Elman RNN", "Elman network", "vanilla"},
		Chalk: []Link{symbol("rnn.RNN"), symbol("rnn.RNNCell"), example("adding-problem")},
	},
	{
		Category: RNNs, Type: "LSTM",
		Purpose: "retains long-term context using gating",
		Input:   "sequential (text, audio, sensors)", InputKinds: Text | Audio | TimeSeries,
		Paradigm: Supervised | SelfSupervised,
		Examples: []string{"Standard LSTM", "BiLSTM"},
		Aliases:  []string{"long short-term memory", "bidirectional LSTM", "Bi-LSTM", "LSTM network"},
		Chalk:    []Link{symbol("rnn.LSTM"), symbol("rnn.LSTMCell"), example("lstm-gates")},
	},
	{
		Category: RNNs, Type: "GRU",
		Purpose: "streamlined, faster LSTM with fewer gates",
		Input:   "sequential (text, audio, sensors)", InputKinds: Text | Audio | TimeSeries,
		Paradigm: Supervised | SelfSupervised,
		Examples: []string{"Standard GRU"},
		Aliases:  []string{"gated recurrent unit", "BiGRU", "bidirectional GRU"},
		Chalk:    []Link{symbol("rnn.GRU"), symbol("rnn.GRUCell"), example("gru-vs-lstm")},
	},

	// CNNs (Spatial)
	{
		Category: CNNs, Type: "Image Class.",
		Purpose: "identifies the main subject of a frame",
		Input:   "spatial grids (images, videos)", InputKinds: Spatial,
		Paradigm: Supervised,
		Examples: []string{"ResNet", "VGG16", "MobileNet"},
		Aliases: []string{"CNN", "ConvNet", "convolutional neural network", "convolutional network",
			"image classification", "image classifier", "VGG", "AlexNet", "LeNet", "EfficientNet"},
		// A convolution layer slides learned kernels like these fixed ones.
		Chalk: []Link{example("image-kernels")},
	},
	{
		Category: CNNs, Type: "Object Detection",
		Purpose: "locates and labels multiple items",
		Input:   "spatial grids", InputKinds: Spatial,
		Paradigm: Supervised,
		Examples: []string{"YOLO", "Faster R-CNN"},
		Aliases: []string{"detection", "object detector", "R-CNN", "Fast R-CNN", "SSD",
			"single shot detector", "RetinaNet"},
		Chalk: []Link{example("image-kernels")},
	},
	{
		Category: CNNs, Type: "Segmentation",
		Purpose: "classifies every pixel",
		Input:   "spatial grids (medical scans)", InputKinds: Spatial,
		Paradigm: Supervised,
		Examples: []string{"U-Net", "Mask R-CNN"},
		Aliases: []string{"image segmentation", "semantic segmentation", "instance segmentation",
			"FCN", "fully convolutional network", "DeepLab"},
		Chalk: []Link{example("image-kernels")},
	},

	// Transformers
	{
		Category: Transformers, Type: "Encoder-Only",
		Purpose: "extracts context and meaning",
		Input:   "sequential (text, code)", InputKinds: Text | Code,
		Paradigm: SelfSupervised,
		Examples: []string{"BERT", "RoBERTa"},
		Aliases: []string{"encoder", "encoder-only transformer", "DistilBERT", "ALBERT", "ELECTRA",
			"masked language model", "MLM"},
	},
	{
		Category: Transformers, Type: "Decoder-Only",
		Purpose: "predicts the next element autoregressively",
		Input:   "sequential (text, code)", InputKinds: Text | Code,
		Paradigm: SelfSupervised,
		Examples: []string{"GPT-4", "Llama 3", "Claude 3.5"},
		Aliases: []string{"decoder", "decoder-only transformer", "GPT", "GPT-2", "GPT-3", "Llama",
			"Claude", "LLM", "large language model", "causal language model",
			"autoregressive transformer"},
	},
	{
		Category: Transformers, Type: "Encoder-Decoder",
		Purpose: "maps one sequence onto another",
		Input:   "sequential (source text)", InputKinds: Text,
		Paradigm: SelfSupervised,
		Examples: []string{"T5", "BART"},
		// "transformer" alone means the original architecture of Vaswani et
		// al. (2017), "Attention Is All You Need", which is encoder-decoder.
		Aliases: []string{"transformer", "encoder-decoder transformer", "seq2seq",
			"sequence-to-sequence", "sequence to sequence model", "machine translation model"},
	},

	// Generative AI
	{
		Category: GenerativeAI, Type: "Multimodal",
		Purpose: "processes and outputs several media natively",
		Input:   "mixed", InputKinds: Mixed | Text | Image | Audio | Video,
		Paradigm: SelfSupervised,
		Examples: []string{"Google Gemini", "GPT-4o"},
		Aliases: []string{"multimodal model", "Gemini", "vision-language model", "VLM",
			"large multimodal model", "LMM"},
	},
	{
		Category: GenerativeAI, Type: "Diffusion Models",
		Purpose: "generates media by removing noise iteratively",
		Input:   "text prompts, random noise", InputKinds: Text | Noise,
		// The network is supervised with the noise that was added, in a
		// compressed (latent) space; the table calls that "supervised
		// (latent)".
		Paradigm: Supervised, ParadigmNote: "latent",
		Examples: []string{"Stable Diffusion", "Midjourney", "Sora"},
		Aliases: []string{"diffusion", "diffusion model", "DDPM", "denoising diffusion",
			"latent diffusion", "score-based model", "Imagen"},
	},
	{
		Category: GenerativeAI, Type: "GANs",
		Purpose: "two networks compete to create realistic data",
		Input:   "noise vectors, images", InputKinds: Noise | Image,
		Paradigm: Unsupervised | Adversarial,
		Examples: []string{"StyleGAN", "CycleGAN"},
		Aliases:  []string{"GAN", "generative adversarial network", "DCGAN", "pix2pix", "BigGAN"},
	},
	{
		Category: GenerativeAI, Type: "VAEs",
		Purpose: "compresses and decodes new variants",
		Input:   "images, structured vectors", InputKinds: Image | Tabular,
		Paradigm: Unsupervised,
		Examples: []string{"Beta-VAE"},
		Aliases:  []string{"VAE", "variational autoencoder", "variational auto-encoder", "VQ-VAE"},
	},

	// Reinforcement
	{
		Category: Reinforcement, Type: "Value-Based RL",
		Purpose: "finds actions by calculating future rewards",
		Input:   "environment states, pixels", InputKinds: Environment | Image,
		Paradigm: TrialAndError,
		Examples: []string{"Deep Q-Networks (DQN)"},
		Aliases: []string{"value-based", "Q-learning", "deep Q-learning", "Double DQN", "Dueling DQN",
			"SARSA", "value-based reinforcement learning"},
	},
	{
		Category: Reinforcement, Type: "Policy-Based RL",
		Purpose: "directly learns behaviours",
		Input:   "environment states, pixels", InputKinds: Environment | Image,
		Paradigm: TrialAndError,
		// The source table leaves these blank; these are the textbook three.
		Examples: []string{"REINFORCE", "PPO", "A3C"},
		Aliases: []string{"policy-based", "policy gradient", "policy gradients",
			"proximal policy optimization", "asynchronous advantage actor-critic", "A2C",
			"actor-critic", "TRPO", "policy-based reinforcement learning"},
	},
}

// Models returns every row of the taxonomy in table order: six categories,
// 21 model types. The result is a fresh deep copy on every call, so callers
// may change it freely.
func Models() []Model { return cloneModels(table) }
