// Package aliasrejected keeps a local slice that shares memory with the
// entity's state across a remote call: after the call it would be a copy,
// so the compiler rejects it.
package aliasrejected

// Src hands out numbers.
//
//stateflow:entity
type Src struct {
	ID string
	N  int
}

func (s *Src) Key() string { return s.ID }

// Next returns the next number.
func (s *Src) Next() int {
	s.N++
	return s.N
}

// A aliases its state.
//
//stateflow:entity
type A struct {
	ID    string
	S     *Src
	Items []int
}

func (a *A) Key() string { return a.ID }

// Do writes through an alias after a call.
func (a *A) Do() int {
	items := a.Items
	n := a.S.Next()
	items[0] = n
	return len(items)
}
