// Package labeledheader labels loops whose header makes a remote call (in
// a range expression, in a condition) while their body does not, and
// breaks or continues them by label from the body.
package labeledheader

// Src answers.
//
//stateflow:entity
type Src struct {
	ID string
	N  int
}

func (s *Src) Key() string { return s.ID }

// Get returns N.
func (s *Src) Get() int { return s.N }

// More counts down and reports whether anything is left.
func (s *Src) More() bool {
	s.N--
	return s.N > 0
}

// W loops.
//
//stateflow:entity
type W struct {
	ID string
	S  *Src
}

func (w *W) Key() string { return w.ID }

// Range ranges over a remote count, skipping n and stopping after 3.
func (w *W) Range(n int) int {
	s := 0
outer:
	for i := range min(w.S.Get(), 6) {
		if i == n {
			continue outer
		}
		if i > 3 {
			break outer
		}
		s += i
	}
	return s
}

// While loops while the source has more, stopping at n.
func (w *W) While(n int) int {
	k := 0
loop:
	for w.S.More() {
		k++
		if k == n {
			break loop
		}
		if k%2 == 0 {
			continue loop
		}
		k += 10
	}
	return k
}
