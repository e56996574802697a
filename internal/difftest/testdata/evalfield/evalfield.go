// Package evalfield reads a field of another entity in the same expression
// as a call that changes it: gc reads the field after the call, so the
// state request must follow the call.
package evalfield

// Cell holds a value.
//
//stateflow:entity
type Cell struct {
	ID string
	V  int
}

func (c *Cell) Key() string { return c.ID }

// Add adds d and returns 1.
func (c *Cell) Add(d int) int {
	c.V += d
	return 1
}

// Reader reads a cell.
//
//stateflow:entity
type Reader struct {
	ID string
	C  *Cell
}

func (r *Reader) Key() string { return r.ID }

// Read mixes reads and calls.
func (r *Reader) Read() []int {
	a := r.C.V + r.C.Add(10)
	b := []int{r.C.V, r.C.Add(100)}
	return append(b, a, r.C.V)
}
