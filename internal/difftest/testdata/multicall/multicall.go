// Package multicall makes several remote calls in one statement: they run
// in Go's order (left to right), and plain reads happen after them.
package multicall

// Counter counts.
//
//stateflow:entity
type Counter struct {
	ID string
	N  int
}

func (c *Counter) Key() string { return c.ID }

// Inc adds d and returns the count.
func (c *Counter) Inc(d int) int {
	c.N += d
	trace("inc %s %d", c.ID, d)
	return c.N
}

// Get returns the count.
func (c *Counter) Get() int { return c.N }

// Box mixes two counters.
//
//stateflow:entity
type Box struct {
	ID   string
	A, B *Counter
	Sum  int
}

func (b *Box) Key() string { return b.ID }

// Mix makes several calls per statement.
func (b *Box) Mix(k int) int {
	x := b.A.Get() + b.B.Get()*b.A.Inc(1) - b.B.Inc(k)
	b.Sum += x + b.A.Inc(x%5)
	y, z := b.A.Inc(2), b.B.Inc(b.A.Get())
	if b.A.Get() > b.B.Get() == (b.A.Inc(0) > 3) {
		y++
	}
	b.Sum -= b.A.Inc(1) * b.B.Inc(-1)
	return x*100 + y*10 + z + b.Sum
}
