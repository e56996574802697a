// Package switchtag switches on a remote call's result, with remote calls
// in the case lists: the tag is evaluated once, case expressions in order,
// and those after the first match are not evaluated.
package switchtag

// Dice rolls a fixed sequence.
//
//stateflow:entity
type Dice struct {
	ID  string
	Seq []int
	I   int
}

func (d *Dice) Key() string { return d.ID }

// Roll returns the next number.
func (d *Dice) Roll() int {
	v := d.Seq[d.I%len(d.Seq)]
	d.I++
	trace("roll %d", v)
	return v
}

// Peek returns the next number without rolling.
func (d *Dice) Peek() int { return d.Seq[d.I%len(d.Seq)] }

// Player plays with a die.
//
//stateflow:entity
type Player struct {
	ID    string
	D     *Dice
	Score int
}

func (p *Player) Key() string { return p.ID }

// Turn plays one turn.
func (p *Player) Turn() string {
	switch p.D.Roll() {
	case 1:
		p.Score--
		return "one"
	case p.D.Peek(), p.D.Roll():
		p.Score += 10
		return "match"
	case 6:
		p.Score += p.D.Roll()
	default:
		p.Score++
	}
	return "other"
}
