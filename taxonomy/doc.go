// Package taxonomy is the map of machine-learning model families that chalk
// teaches from: which kind of model suits which data, how each one learns,
// and where in chalk you can read or run one.
//
// The data is one table of 21 model types in six categories (Traditional ML,
// RNNs & Sequence, CNNs, Transformers, Generative AI, Reinforcement), with the
// core purpose, ideal input, training paradigm and well-known examples of
// each. Categories, paradigms and input kinds are typed constants, not free
// strings, so a filter cannot be misspelt:
//
//	m, ok := taxonomy.Find("Long Short-Term Memory") // the LSTM row
//	seq := taxonomy.ByCategory(taxonomy.RNNs)         // Vanilla RNN, LSTM, GRU
//	ss := taxonomy.ByParadigm(taxonomy.SelfSupervised)
//	fit := taxonomy.Suggest(taxonomy.Text, true)      // models for labelled text
//
// A Paradigm and a DataKind are bit sets: the table's "supervised/
// self-supervised" is Supervised|SelfSupervised, and filtering by one
// paradigm finds every model whose set includes it. ParseCategory,
// ParseParadigm and ParseDataKind turn user input (a CLI flag, say) into
// these constants, or return a *ParseError that lists the valid names.
//
// Find looks a model up by its type, any example or a common alias ("lstm",
// "CNN", "k-means", "BiLSTM", "GPT", "k-nearest neighbours"), ignoring case,
// spaces, hyphens, dots and British spelling. Search returns every match for a
// looser query, such as a category name.
//
// Two more tables sit beside the models: CNNvsRNN, the textbook comparison
// of convolutional and recurrent networks, and Architectures, the RNN
// sequence modes (one-to-one to encoder-decoder) and variants (LSTM, GRU,
// bidirectional). Models and architectures carry Links to the chalk symbols
// and examples that implement them, such as rnn.LSTM and examples/lstm-gates.
//
// Every table renders as Markdown (Markdown, ComparisonMarkdown,
// ArchitectureMarkdown) and as an aligned terminal table that wraps long cells
// to a given width (Table, ComparisonTable, ArchitectureTable); Describe
// prints one model as a card. Exported structs have JSON tags.
//
// All functions return copies: changing a returned Model never changes the
// package's table.
package taxonomy
