// Package selfcall calls an operation of the receiver through a reference
// to itself held in its state: a remote call to the entity that is
// waiting, within its own call chain.
package selfcall

// Loop refers to itself.
//
//stateflow:entity
type Loop struct {
	ID string
	Me *Loop
	N  int
}

func (l *Loop) Key() string { return l.ID }

// SetMe sets the self reference.
func (l *Loop) SetMe(m *Loop) { l.Me = m }

// Inc adds d.
func (l *Loop) Inc(d int) int {
	l.N += d
	return l.N
}

// Twice doubles N, adds d through the reference and returns the sum.
func (l *Loop) Twice(d int) int {
	l.N *= 2
	a := l.Me.Inc(d)
	return a + l.N
}
