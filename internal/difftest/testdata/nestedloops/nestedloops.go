// Package nestedloops nests three loops of different forms, each with
// remote calls, continue and break.
package nestedloops

// Clock ticks.
//
//stateflow:entity
type Clock struct {
	ID string
	T  int
}

func (c *Clock) Key() string { return c.ID }

// Tick advances the clock by d+1.
func (c *Clock) Tick(d int) int {
	c.T += d + 1
	return c.T
}

// G runs loops.
//
//stateflow:entity
type G struct {
	ID string
	C  *Clock
}

func (g *G) Key() string { return g.ID }

// Run runs three nested loops.
func (g *G) Run(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		for j := range i {
			for k := range "xy" {
				if g.C.Tick(i+j+k)%4 == 0 {
					continue
				}
				s += k
			}
			if g.C.Tick(j) > 50 {
				break
			}
		}
		trace("i %d s %d", i, s)
	}
	return s
}
