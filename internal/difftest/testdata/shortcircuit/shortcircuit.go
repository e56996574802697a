// Package shortcircuit puts remote calls on the right of && and ||: they
// run only when the left operand does not decide, as the notes show.
package shortcircuit

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
	trace("flip %s", f.ID)
	return f.V
}

// Logic combines flags.
//
//stateflow:entity
type Logic struct {
	ID      string
	A, B, C *Flag
	Score   int
}

func (l *Logic) Key() string { return l.ID }

// Eval evaluates conditions with short-circuits.
func (l *Logic) Eval(local bool) int {
	n := 0
	if local || l.A.Get() {
		n += 1
	}
	if !local && l.B.Get() {
		n += 2
	}
	if l.A.Get() && (l.B.Get() || l.C.Flip()) {
		n += 4
	}
	if l.A.Flip() || l.B.Flip() && l.C.Get() {
		n += 8
	}
	l.Score += n
	return n
}
