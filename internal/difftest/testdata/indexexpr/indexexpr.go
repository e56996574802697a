// Package indexexpr uses remote results as indices and map keys, on the
// left of assignments too.
package indexexpr

// S hands out indices and names.
//
//stateflow:entity
type S struct {
	ID string
	I  int
}

func (s *S) Key() string { return s.ID }

// Idx returns the next index.
func (s *S) Idx() int {
	s.I = (s.I + 1) % 4
	return s.I
}

// Val returns a value.
func (s *S) Val() int { return s.I*10 + 1 }

// Name returns a name.
func (s *S) Name() string { return string(rune('a' + s.I)) }

// T indexes.
//
//stateflow:entity
type T struct {
	ID string
	S  *S
	M  map[string]int
}

func (t *T) Key() string { return t.ID }

// Idx indexes with remote results.
func (t *T) Idx() []int {
	xs := []int{0, 0, 0, 0}
	xs[t.S.Idx()] = t.S.Val()
	m := map[string]int{}
	m[t.S.Name()] += t.S.Val()
	m[t.S.Name()+"x"] = len(m)
	if t.M == nil {
		t.M = map[string]int{}
	}
	t.M[t.S.Name()] = t.S.Val() * 2
	xs[t.S.Idx()%4] += t.S.Val()
	return append(xs, len(m), m[t.S.Name()])
}
