package tensor

// Method forms of the binary operations, as PyTorch has both torch.matmul(a,
// b) and a.matmul(b). Each is exactly its function: a.MatMul(b) is
// MatMul(a, b), with the same rules and errors.

// MatMul is MatMul(t, b).
func (t *Tensor) MatMul(b *Tensor) (*Tensor, error) { return MatMul(t, b) }

// MM is MM(t, b).
func (t *Tensor) MM(b *Tensor) (*Tensor, error) { return MM(t, b) }

// BMM is BMM(t, b).
func (t *Tensor) BMM(b *Tensor) (*Tensor, error) { return BMM(t, b) }

// Dot is Dot(t, b).
func (t *Tensor) Dot(b *Tensor) (*Tensor, error) { return Dot(t, b) }

// MV is MV(t, b).
func (t *Tensor) MV(b *Tensor) (*Tensor, error) { return MV(t, b) }

// Outer is Outer(t, b).
func (t *Tensor) Outer(b *Tensor) (*Tensor, error) { return Outer(t, b) }

// Add is Add(t, b).
func (t *Tensor) Add(b *Tensor) (*Tensor, error) { return Add(t, b) }

// Sub is Sub(t, b).
func (t *Tensor) Sub(b *Tensor) (*Tensor, error) { return Sub(t, b) }

// Mul is Mul(t, b).
func (t *Tensor) Mul(b *Tensor) (*Tensor, error) { return Mul(t, b) }

// Div is Div(t, b).
func (t *Tensor) Div(b *Tensor) (*Tensor, error) { return Div(t, b) }
