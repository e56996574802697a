// Package breakremote breaks out of loops when a remote call says so: an
// infinite for loop and a range loop.
package breakremote

// Oracle answers.
//
//stateflow:entity
type Oracle struct {
	ID      string
	Answers []bool
	I       int
}

func (o *Oracle) Key() string { return o.ID }

// Done returns the next answer.
func (o *Oracle) Done() bool {
	v := o.Answers[o.I%len(o.Answers)]
	o.I++
	return v
}

// Stop says when to stop.
func (o *Oracle) Stop(i int) bool { return i*i > o.I*3 }

// Loop spins.
//
//stateflow:entity
type Loop struct {
	ID    string
	O     *Oracle
	Turns int
}

func (l *Loop) Key() string { return l.ID }

// Spin loops until the oracle says done, then ranges until it says stop.
func (l *Loop) Spin() int {
	n := 0
	for {
		if l.O.Done() {
			break
		}
		n++
		if n > 20 {
			return -1
		}
	}
	for i := range 10 {
		if l.O.Stop(i) {
			break
		}
		n += i
	}
	l.Turns += n
	return n
}
