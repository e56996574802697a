// Package helpernested has split helpers that call split helpers, one of
// them recursively: the continuation stack grows and shrinks.
package helpernested

// Leaf holds a value.
//
//stateflow:entity
type Leaf struct {
	ID string
	V  int
}

func (l *Leaf) Key() string { return l.ID }

// Add adds d.
func (l *Leaf) Add(d int) int {
	l.V += d
	return l.V
}

// Tree grows on a leaf.
//
//stateflow:entity
type Tree struct {
	ID    string
	L     *Leaf
	Depth []int
}

func (t *Tree) Key() string { return t.ID }

// Grow grows n levels and one more.
func (t *Tree) Grow(n int) int { return t.level(n) + t.level(1) }

func (t *Tree) level(n int) int {
	t.Depth = append(t.Depth, n)
	if n <= 0 {
		return t.L.Add(1)
	}
	return t.level(n-1) + t.leaf(n)
}

func (t *Tree) leaf(n int) int {
	v := t.L.Add(n)
	trace("leaf %d -> %d", n, v)
	return v * 2
}
