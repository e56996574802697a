// Package closurerejected captures, in a function literal, a variable that
// is live across a remote call: the compiler rejects it.
package closurerejected

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

// C counts with a closure.
//
//stateflow:entity
type C struct {
	ID string
	S  *Src
}

func (c *C) Key() string { return c.ID }

// Count adds the numbers of n calls through a closure.
func (c *C) Count(n int) int {
	total := 0
	add := func(d int) { total += d }
	for range n {
		add(c.S.Next())
	}
	return total
}
