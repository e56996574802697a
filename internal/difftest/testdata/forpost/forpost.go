// Package forpost has a for loop whose condition and post statement make
// remote calls; continue must still run the post statement.
package forpost

// Seq steps numbers.
//
//stateflow:entity
type Seq struct {
	ID    string
	Step  int
	Calls int
}

func (s *Seq) Key() string { return s.ID }

// Next returns i plus the step.
func (s *Seq) Next(i int) int {
	s.Calls++
	return i + s.Step
}

// Limit returns the bound.
func (s *Seq) Limit() int { return 10 + s.Calls%2 }

// Walker walks a sequence.
//
//stateflow:entity
type Walker struct {
	ID      string
	S       *Seq
	Visited []int
}

func (w *Walker) Key() string { return w.ID }

// Walk visits from, Next(from), ... while below the limit.
func (w *Walker) Walk(from int) int {
	n := 0
	for i := from; i < w.S.Limit(); i = w.S.Next(i) {
		w.Visited = append(w.Visited, i)
		n++
		if i%4 == 3 {
			continue
		}
		trace("at %d", i)
	}
	return n
}
