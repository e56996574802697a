// Package readonlysplit has read-only operations that make remote calls
// and state requests.
package readonlysplit

// B holds a value.
//
//stateflow:entity
type B struct {
	ID string
	V  int
}

func (b *B) Key() string { return b.ID }

// Get returns the value.
//
//stateflow:readonly
func (b *B) Get() int { return b.V }

// Set sets the value.
func (b *B) Set(v int) { b.V = v }

// A compares with Bs.
//
//stateflow:entity
type A struct {
	ID string
	V  int
}

func (a *A) Key() string { return a.ID }

// Compare reports whether a is above both.
//
//stateflow:readonly
func (a *A) Compare(x, y *B) bool {
	return a.V > x.Get() && a.V > y.V
}

// Sum adds the values.
//
//stateflow:readonly
func (a *A) Sum(bs []*B) int {
	t := a.V
	for _, b := range bs {
		t += b.Get()
	}
	return t
}
