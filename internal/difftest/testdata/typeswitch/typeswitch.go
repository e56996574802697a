// Package typeswitch switches on the dynamic type of a local interface
// value and makes remote calls in the clauses, with the clause variable.
package typeswitch

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

// T switches.
//
//stateflow:entity
type T struct {
	ID  string
	S   *Src
	Log []string
}

func (t *T) Key() string { return t.ID }

// Kind classifies k's value and calls the source in each clause.
func (t *T) Kind(k int) int {
	var v any = k
	if k > 5 {
		v = "big"
	} else if k < 0 {
		v = float64(k) / 2
	}
	r := 0
	switch x := v.(type) {
	case int:
		r = x + t.S.Next()
	case string:
		r = len(x) * t.S.Next()
		t.Log = append(t.Log, x)
	default:
		r = -t.S.Next()
	}
	return r + t.S.Next()
}
