// Package gotorejected jumps with goto in a method that suspends: the
// compiler rejects it.
package gotorejected

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

// J jumps.
//
//stateflow:entity
type J struct {
	ID string
	S  *Src
}

func (j *J) Key() string { return j.ID }

// Do loops with goto.
func (j *J) Do(n int) int {
	i := 0
again:
	if j.S.Next() < n {
		i++
		goto again
	}
	return i
}
