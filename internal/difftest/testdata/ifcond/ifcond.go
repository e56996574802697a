// Package ifcond makes remote calls in if and else-if conditions, in an if
// statement's init statement, and in the negated condition of an if.
package ifcond

import "fmt"

// Gate is open or closed; asking counts.
//
//stateflow:entity
type Gate struct {
	ID    string
	Open  bool
	Count int
}

func (g *Gate) Key() string { return g.ID }

// IsOpen reports whether the gate is open.
func (g *Gate) IsOpen() bool {
	g.Count++
	return g.Open
}

// Toggle opens or closes the gate.
func (g *Gate) Toggle() bool {
	g.Open = !g.Open
	return g.Open
}

// Level returns how often the gate was asked.
func (g *Gate) Level() int { return g.Count }

// Guard decides by two gates.
//
//stateflow:entity
type Guard struct {
	ID     string
	G1, G2 *Gate
	Path   []string
}

func (d *Guard) Key() string { return d.ID }

// Decide walks an if / else-if chain whose conditions are remote.
func (d *Guard) Decide(n int) string {
	var out string
	if d.G1.IsOpen() {
		out = "first"
	} else if d.G2.IsOpen() && n > 0 {
		out = "second"
	} else if v := d.G1.Level() + d.G2.Level(); v > n {
		out = fmt.Sprintf("level %d", v)
	} else {
		out = "none"
		d.G1.Toggle()
	}
	d.Path = append(d.Path, out)
	if !d.G2.Toggle() {
		d.Path = append(d.Path, "closed")
	}
	return out
}
