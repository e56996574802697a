// Package boolvalue uses && and || with remote operands as values: assigned,
// compared, passed as an argument and put in a slice.
package boolvalue

// Flag is a remote bool.
//
//stateflow:entity
type Flag struct {
	ID string
	V  bool
}

func (f *Flag) Key() string { return f.ID }

// Get returns the flag.
func (f *Flag) Get() bool {
	trace("get %s", f.ID)
	return f.V
}

// Flip flips the flag.
func (f *Flag) Flip() bool {
	f.V = !f.V
	return f.V
}

// Set sets the flag.
func (f *Flag) Set(v bool) { f.V = v }

// Logic combines flags.
//
//stateflow:entity
type Logic struct {
	ID      string
	A, B, C *Flag
}

func (l *Logic) Key() string { return l.ID }

// Values computes boolean values with remote operands.
func (l *Logic) Values(x int) []bool {
	a := l.A.Get() && x > 0
	b := x > 5 || l.B.Get()
	c := l.A.Get() == l.B.Flip()
	l.C.Set(l.A.Get() || l.B.Get())
	return []bool{a, b, c, !l.C.Get() && a}
}
