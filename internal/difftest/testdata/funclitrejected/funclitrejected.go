// Package funclitrejected makes a remote call inside a function literal:
// the compiler rejects it.
package funclitrejected

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

// F calls from a closure.
//
//stateflow:entity
type F struct {
	ID string
	S  *Src
}

func (f *F) Key() string { return f.ID }

// Do calls the source from a function literal.
func (f *F) Do() int {
	next := func() int { return f.S.Next() }
	return next() + next()
}
