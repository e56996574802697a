// Package shadowing declares variables of the same name in nested scopes
// around remote calls: each keeps its own value.
package shadowing

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

// V shadows.
//
//stateflow:entity
type V struct {
	ID string
	S  *Src
}

func (v *V) Key() string { return v.ID }

// Shadow shadows x three times.
func (v *V) Shadow(x int) []int {
	out := []int{x}
	{
		x := v.S.Next()
		out = append(out, x)
		if x := x * 10; x > v.S.Next() {
			out = append(out, x)
		}
		out = append(out, x)
	}
	for x := range 2 {
		out = append(out, x+v.S.Next())
	}
	return append(out, x)
}
