// Package chain3 calls along a chain of three entity types: A calls B,
// which calls C; results flow back through both.
package chain3

// A starts.
//
//stateflow:entity
type A struct {
	ID   string
	Next *B
	Sum  int
}

func (a *A) Key() string { return a.ID }

// Start pushes v down the chain.
func (a *A) Start(v int) int {
	got := a.Next.Pass(v + 1)
	a.Sum += got
	return a.Sum
}

// B passes on.
//
//stateflow:entity
type B struct {
	ID   string
	Next *C
	Seen []int
}

func (b *B) Key() string { return b.ID }

// Pass passes v*2 on.
func (b *B) Pass(v int) int {
	b.Seen = append(b.Seen, v)
	return b.Next.End(v*2) + 1
}

// C ends.
//
//stateflow:entity
type C struct {
	ID    string
	Total int
}

func (c *C) Key() string { return c.ID }

// End adds v.
func (c *C) End(v int) int {
	c.Total += v
	trace("end %d", c.Total)
	return c.Total
}
