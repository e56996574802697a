// Package mixedhelpers calls plain local helpers (that note what they do)
// between remote calls in a split method: each must run exactly once.
package mixedhelpers

// P holds a number.
//
//stateflow:entity
type P struct {
	ID string
	V  int
}

func (p *P) Key() string { return p.ID }

// Get returns the number, bumped.
func (p *P) Get() int {
	p.V++
	return p.V
}

// S mixes helpers and calls.
//
//stateflow:entity
type S struct {
	ID    string
	P     *P
	Calls int
}

func (s *S) Key() string { return s.ID }

// Run alternates local helpers and remote calls.
func (s *S) Run(n int) int {
	total := 0
	for i := range n {
		total += s.local(i)
		total += s.P.Get()
		total += s.local(total)
	}
	return total + double(s.P.Get())
}

func (s *S) local(x int) int {
	trace("local %d", x)
	s.Calls++
	return x % 7
}

func double(x int) int {
	trace("double %d", x)
	return 2 * x
}
