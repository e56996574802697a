// Package rangearray ranges over arrays: a range with a value copies the
// array once, so changes the body makes are not seen by later iterations.
package rangearray

// Tally adds.
//
//stateflow:entity
type Tally struct {
	ID    string
	Total int
}

func (t *Tally) Key() string { return t.ID }

// Add adds v and returns the total.
func (t *Tally) Add(v int) int {
	t.Total += v
	return t.Total
}

// Grid holds a row of numbers.
//
//stateflow:entity
type Grid struct {
	ID  string
	Row [4]int
	T   *Tally
}

func (g *Grid) Key() string { return g.ID }

// Sweep ranges over the row, changing later cells as it goes.
func (g *Grid) Sweep() int {
	for i, v := range g.Row {
		got := g.T.Add(v)
		if i+1 < len(g.Row) {
			g.Row[i+1] += got
		}
	}
	var local [3]int
	for i := range local {
		local[i] = g.T.Add(i)
	}
	arr := [3]int{1, 2, 3}
	sum := 0
	for _, v := range arr {
		arr[2] = 100
		sum += v * g.T.Add(0)
	}
	return sum + local[2] + arr[2]
}
