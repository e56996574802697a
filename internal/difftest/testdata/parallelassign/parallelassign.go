// Package parallelassign assigns several remote results at once: a tuple
// of calls, a swap with a call, and state fields on the left.
package parallelassign

// Reg holds a number.
//
//stateflow:entity
type Reg struct {
	ID string
	V  int
}

func (r *Reg) Key() string { return r.ID }

// Get returns the number.
func (r *Reg) Get() int { return r.V }

// Inc adds d.
func (r *Reg) Inc(d int) int {
	r.V += d
	return r.V
}

// P assigns.
//
//stateflow:entity
type P struct {
	ID   string
	A, B *Reg
	X, Y int
}

func (p *P) Key() string { return p.ID }

// Par assigns tuples.
func (p *P) Par() []int {
	x, y := p.A.Get(), p.B.Get()
	x, y = y, p.A.Inc(x)
	p.X, p.Y = p.B.Inc(y), p.X
	a, b, c := p.A.Inc(1), p.A.Inc(2), p.A.Inc(3)
	return []int{x, y, p.X, p.Y, a, b, c}
}
