// Package switchbreak breaks out of a switch inside a loop (the loop goes
// on), breaks out of the loop with a label from inside the switch, and
// continues the loop from a case.
package switchbreak

// Classifier classifies numbers.
//
//stateflow:entity
type Classifier struct {
	ID    string
	Calls int
}

func (c *Classifier) Key() string { return c.ID }

// Classify returns x mod 3.
func (c *Classifier) Classify(x int) int {
	c.Calls++
	return ((x % 3) + 3) % 3
}

// W scans numbers.
//
//stateflow:entity
type W struct {
	ID string
	C  *Classifier
}

func (w *W) Key() string { return w.ID }

// Scan counts numbers by class.
func (w *W) Scan(xs []int) int {
	n := 0
loop:
	for i, x := range xs {
		switch w.C.Classify(x) {
		case 0:
			if x > 10 {
				break
			}
			n += 1000
		case 1:
			n += i
			if w.C.Classify(x+1) == 2 {
				break loop
			}
		case 2:
			continue
		}
		n++
	}
	return n
}
