// Package goroutinerejected starts a goroutine in a method that suspends:
// the compiler rejects it.
package goroutinerejected

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

// G starts goroutines.
//
//stateflow:entity
type G struct {
	ID string
	S  *Src
}

func (g *G) Key() string { return g.ID }

// Do starts a goroutine and calls the source.
func (g *G) Do() int {
	go work()
	return g.S.Next()
}

func work() {}
