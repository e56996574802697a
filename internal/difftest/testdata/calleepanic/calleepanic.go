// Package calleepanic has callees that panic: the caller's operation fails
// with the panic's message, also when the result is ignored and across two
// callers; the caller's changes before the call stay.
package calleepanic

import "fmt"

// Bomb explodes.
//
//stateflow:entity
type Bomb struct {
	ID      string
	Armed   bool
	Defused int
}

func (b *Bomb) Key() string { return b.ID }

// Touch panics when armed and n > 2.
func (b *Bomb) Touch(n int) int {
	if b.Armed && n > 2 {
		panic(fmt.Sprintf("bomb %s exploded at %d", b.ID, n))
	}
	b.Defused++
	return b.Defused
}

// Index panics with a runtime error for i out of range.
func (b *Bomb) Index(i int) int { return []int{1, 2}[i] }

// Robot works on bombs.
//
//stateflow:entity
type Robot struct {
	ID    string
	Moves int
}

func (r *Robot) Key() string { return r.ID }

// Work touches the bomb.
func (r *Robot) Work(b *Bomb, n int) int {
	r.Moves++
	return b.Touch(n)
}

// Delegate lets another robot work.
func (r *Robot) Delegate(other *Robot, b *Bomb, n int) int {
	r.Moves += 10
	return other.Work(b, n)
}

// Ignore touches and ignores the result.
func (r *Robot) Ignore(b *Bomb, n int) int {
	b.Touch(n)
	return 0
}

// Probe indexes.
func (r *Robot) Probe(b *Bomb, i int) int {
	r.Moves += 100
	return b.Index(i) + 1
}
