// Package localpointer keeps a pointer to a local struct, and a local map
// and slice, live across remote calls: they are carried in the frame.
package localpointer

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

// Rec is a local record.
type Rec struct {
	A, B int
	Tags map[string]int
}

// P uses pointers.
//
//stateflow:entity
type P struct {
	ID string
	S  *Src
}

func (p *P) Key() string { return p.ID }

// Build fills a record through a pointer across calls.
func (p *P) Build(n int) Rec {
	r := &Rec{Tags: map[string]int{}}
	xs := []int{}
	for i := range n {
		r.A += p.S.Next()
		r.Tags[string(rune('a'+i))] = p.S.Next()
		xs = append(xs, r.A)
	}
	r.B = len(xs) + p.S.Next()
	return *r
}
