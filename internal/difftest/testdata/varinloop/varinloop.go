// Package varinloop declares variables (int, struct, slice) with var inside
// a loop body that suspends: they are zero again at every iteration.
package varinloop

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
	A int
	B []int
	M map[string]int
}

// Acc accumulates.
//
//stateflow:entity
type Acc struct {
	ID  string
	S   *Src
	Out []int
}

func (a *Acc) Key() string { return a.ID }

// Run fills fresh variables n times.
func (a *Acc) Run(n int) int {
	total := 0
	for i := range n {
		var x int
		var r Rec
		var xs []int
		x += a.S.Next()
		r.A += x
		r.B = append(r.B, i)
		if r.M == nil {
			r.M = map[string]int{}
		}
		r.M["k"] += a.S.Next()
		xs = append(xs, x, len(r.B), r.M["k"])
		a.Out = append(a.Out, xs...)
		total += r.A + len(r.B)
	}
	return total
}
