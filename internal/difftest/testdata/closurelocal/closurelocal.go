// Package closurelocal uses function literals that make no remote call and
// capture only variables that do not live across a suspension point: they
// run natively inside a step.
package closurelocal

import "slices"

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

// C sorts.
//
//stateflow:entity
type C struct {
	ID  string
	S   *Src
	Out []int
}

func (c *C) Key() string { return c.ID }

// Sorted fetches n numbers and sorts them by a closure.
func (c *C) Sorted(n int) []int {
	var xs []int
	for range n {
		xs = append(xs, c.S.Next()*7%10)
	}
	slices.SortFunc(xs, func(a, b int) int { return b - a })
	double := func(x int) int { return 2 * x }
	c.Out = append(c.Out, double(xs[0]))
	return xs
}
