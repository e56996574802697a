// Package labeledbreak breaks out of nested loops with a label when a
// remote probe finds the value, and out of the inner loop alone otherwise.
package labeledbreak

// Board holds cells.
//
//stateflow:entity
type Board struct {
	ID     string
	Cells  [][]int
	Probes int
}

func (b *Board) Key() string { return b.ID }

// At returns a cell.
func (b *Board) At(i, j int) int {
	b.Probes++
	return b.Cells[i][j]
}

// Finder searches a board.
//
//stateflow:entity
type Finder struct {
	ID    string
	B     *Board
	Found []int
}

func (f *Finder) Key() string { return f.ID }

// Find searches for v.
func (f *Finder) Find(v int) bool {
	found := false
outer:
	for i := 0; i < 3; i++ {
		for j := range 3 {
			if f.B.At(i, j) == v {
				f.Found = append(f.Found, i, j)
				found = true
				break outer
			}
			if f.B.At(i, j) < 0 {
				break
			}
		}
		trace("row %d done", i)
	}
	return found
}
