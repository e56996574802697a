// Package whileloop has while-style loops whose condition makes a remote
// call that must run on every iteration, also behind a local && operand.
package whileloop

// Tank holds water.
//
//stateflow:entity
type Tank struct {
	ID    string
	Level int
	Cap   int
}

func (t *Tank) Key() string { return t.ID }

// Full reports a full tank.
func (t *Tank) Full() bool { return t.Level >= t.Cap }

// Pour adds n (maybe negative) and returns the level.
func (t *Tank) Pour(n int) int {
	t.Level += n
	trace("pour %d -> %d", n, t.Level)
	return t.Level
}

// Pump fills a tank.
//
//stateflow:entity
type Pump struct {
	ID      string
	T       *Tank
	Strokes int
}

func (p *Pump) Key() string { return p.ID }

// Fill pumps n at a time until the tank is full, then drains it a little.
func (p *Pump) Fill(n int) int {
	for !p.T.Full() {
		p.T.Pour(n)
		p.Strokes++
	}
	k := 0
	for k < 3 && p.T.Pour(-1) > 0 {
		k++
	}
	return p.Strokes*10 + k
}
