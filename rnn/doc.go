// Package rnn implements recurrent neural networks — the vanilla (Elman)
// RNN, the LSTM and the GRU — exactly as PyTorch computes them, with every
// gate visible and exact gradients by backpropagation through time (BPTT).
//
// # Cells: one time step
//
// A cell maps an input x [B I] and a state [B H] to the next state; the
// gate blocks are stacked in WeightIH [G·H I] and WeightHH [G·H H] as in
// torch.nn, with two biases BiasIH and BiasHH:
//
//	RNNCell   h' = tanh(W_ih·x + b_ih + W_hh·h + b_hh)             (or relu), G = 1
//
//	LSTMCell  i  = σ(W_ii·x + b_ii + W_hi·h + b_hi)                 input gate     G = 4
//	          f  = σ(W_if·x + b_if + W_hf·h + b_hf)                 forget gate
//	          g  = tanh(W_ig·x + b_ig + W_hg·h + b_hg)              candidate
//	          o  = σ(W_io·x + b_io + W_ho·h + b_ho)                 output gate
//	          c' = f ⊙ c + i ⊙ g
//	          h' = o ⊙ tanh(c')
//
//	GRUCell   r  = σ(W_ir·x + b_ir + W_hr·h + b_hr)                 reset gate     G = 3
//	          z  = σ(W_iz·x + b_iz + W_hz·h + b_hz)                 update gate
//	          n  = tanh(W_in·x + b_in + r ⊙ (W_hn·h + b_hn))
//	          h' = (1 − z) ⊙ n + z ⊙ h
//
// Step returns every gate (LSTMStep{I, F, G, O, C, H}, GRUStep{R, Z, N, H}),
// and each cell's Backward returns the gradients of one step.
//
// # Why gates: long-term memory
//
// Backpropagated through a vanilla RNN, the gradient is multiplied at every
// step by W_hhᵀ·diag(1 − h²), so after T steps it has shrunk (or grown)
// geometrically: the network cannot learn dependencies longer than a few
// dozen steps. The LSTM's cell state is updated additively, ∂c'/∂c = f, so
// while the forget gate stays near 1 the gradient flows back unchanged; the
// GRU's z ⊙ h term does the same with one gate fewer. TrainAdding and the
// program examples/adding-problem measure this on the adding problem
// (Hochreiter & Schmidhuber 1997): see AddingProblem.
//
// # Layers: whole sequences
//
// RNN, LSTM and GRU are torch.nn.RNN/LSTM/GRU: NumLayers stacked layers,
// optionally bidirectional (D = 2), sequence first:
//
//	x [T B I], h0 (c0) [L·D B H]  →  out [T B D·H], hn (cn) [L·D B H]
//
// where out holds the last layer's hidden state at every step (forward and
// reverse halves concatenated) and hn row l·D+d is the final state of layer
// l, direction d. Backward runs BPTT for the last successful Forward and returns
// ∂L/∂x and ∂L/∂θ keyed like StateDict; BackwardAll adds ∂L/∂h0, ∂L/∂c0.
// Trace returns the gates of every step of the last successful Forward.
//
// As in PyTorch's CPU implementation, the input projection W_ih·x_t of all
// T steps is one GEMM of [T·B I] by [I G·H]; only the recurrent product
// W_hh·h_{t-1} runs inside the time loop. The backward pass likewise forms
// ∂L/∂W_ih, ∂L/∂W_hh and ∂L/∂x with one GEMM each after the loop. Every
// GEMM goes through gonum's blas64.
//
// # PyTorch compatibility
//
// Parameters have PyTorch's names and shapes (weight_ih_l0, weight_hh_l0,
// bias_ih_l0, bias_hh_l0, ..., weight_ih_l1_reverse), so a state_dict
// exported from Python loads with LoadStateDict, and the default
// initialisation draws every parameter from U(−1/√H, 1/√H) (reproducibly,
// from Config.Seed or the rng given to a cell constructor). The tests check
// outputs, gates and gradients against PyTorch 1.13 in float64
// (testdata/gen_fixtures.py), against central finite differences, and the
// LSTM against a gorgonia graph differentiated by gorgonia.Grad.
//
// # Training
//
// Linear is a read-out layer; MSE and CrossEntropy return a loss and its
// gradient (and a *NonFiniteError if the loss is NaN or Inf); SGD and Adam
// update parameter maps keyed like StateDict (Prefixed merges several
// modules' maps); ClipGradNorm clips by global norm; SplitTime cuts a
// sequence into windows for truncated BPTT with a carried State. The
// sequence modes OneToOne, OneToMany, ManyToOne, ManyToMany and
// EncoderDecoder wire a Layer and a read-out together.
//
// # The adding problem
//
// Measured with examples/adding-problem (defaults: H = 32, 3000 Adam steps
// of batch 32, lr 0.01, clip 1, LSTM forget bias +1, seed 1), test MSE;
// success is < 0.04, predicting the mean scores ≈ 0.167:
//
//	| model | T=10     | T=25     | T=50     | T=100    |
//	|-------|----------|----------|----------|----------|
//	| RNN   | 0.0012 ✓ | 0.0714   | 0.1598   | 0.1637   |
//	| GRU   | 0.0000 ✓ | 0.0000 ✓ | 0.0003 ✓ | 0.0001 ✓ |
//	| LSTM  | 0.0001 ✓ | 0.0002 ✓ | 0.0001 ✓ | 0.0003 ✓ |
//
// (about 2.5 min on two cores with chalk's SIMD kernel.) The vanilla RNN
// learns T = 10, gets only part of the way at T = 25, and from T = 50 on
// predicts little better than the mean. The forget bias
// only shortens the LSTM's initial plateau: with PyTorch's default
// initialisation it sits at 0.16 for about 2300 steps at T = 100 and then
// solves the task too (0.0005 after 3000 steps); see LSTM.AddForgetBias.
// TestAddingLesson checks the lesson at T = 10 and 25 in about 20 s
// (skipped with -short).
//
// Errors are typed (*ConfigError, *ShapeError, *ValueError,
// *StateDictError, *NonFiniteError), start with "rnn: ", and say what was
// wrong in the caller's terms and how to fix it; no input makes the package
// panic.
package rnn
