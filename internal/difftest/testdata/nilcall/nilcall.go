// Package nilcall calls an operation and reads a field through a nil
// reference: plain Go panics with a nil pointer dereference, and so must
// the compiled program.
package nilcall

// B holds a value.
//
//stateflow:entity
type B struct {
	ID string
	V  int
}

func (b *B) Key() string { return b.ID }

// Get returns the value.
func (b *B) Get() int { return b.V }

// A may hold a nil B.
//
//stateflow:entity
type A struct {
	ID string
	B  *B
	N  int
}

func (a *A) Key() string { return a.ID }

// Call calls B.
func (a *A) Call() int {
	v := a.B.Get()
	a.N++
	return v
}

// Read reads B's value.
func (a *A) Read() int {
	v := a.B.V
	a.N++
	return v
}
