// Package labeledcontinue continues an outer loop from an inner one when a
// remote probe says so, and the inner loop otherwise.
package labeledcontinue

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

// Summer sums a board.
//
//stateflow:entity
type Summer struct {
	ID   string
	B    *Board
	Rows []int
}

func (s *Summer) Key() string { return s.ID }

// Sum adds the cells up to the first negative one of each row, skipping
// zeros.
func (s *Summer) Sum() int {
	total := 0
rows:
	for i := range 3 {
		for j := 0; j < 3; j++ {
			v := s.B.At(i, j)
			if v < 0 {
				continue rows
			}
			if v == 0 {
				continue
			}
			total += v
		}
		s.Rows = append(s.Rows, i)
		trace("row %d sum %d", i, total)
	}
	return total
}
