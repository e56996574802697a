// Package benchprog holds split methods of 10, 100 and 1000 blocks with
// the same three live variables at every resume point, for the benchmarks
// of package split. bench.go is written by TestBenchprog (go test -update).
package benchprog

// Src answers.
//
//stateflow:entity
type Src struct {
	ID string
	N  int
}

func (s *Src) Key() string { return s.ID }

// Get returns N.
func (s *Src) Get() int { return s.N }

// Bench calls Src in long methods.
//
//stateflow:entity
type Bench struct {
	ID string
	S  *Src
}

func (b *Bench) Key() string { return b.ID }

// Run10 has 10 blocks.
func (b *Bench) Run10(n int) int {
	x, y, z := n, 1, 2
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	return x + y + z
}

// Run100 has 100 blocks.
func (b *Bench) Run100(n int) int {
	x, y, z := n, 1, 2
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	x = (x + b.S.Get() + y) % 10
	z = (z + y) % 10
	x = (x + b.S.Get() + y) % 10
	z = (z + y) % 10
	return x + y + z
}

// Run1000 has 1000 blocks.
func (b *Bench) Run1000(n int) int {
	x, y, z := n, 1, 2
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	if x >= 0 {
		x = (x + b.S.Get() + y) % 10
	} else {
		y++
	}
	y = (y + x) % 10
	z = (z + y) % 10
	x = (x + b.S.Get() + y) % 10
	z = (z + y) % 10
	x = (x + b.S.Get() + y) % 10
	z = (z + y) % 10
	return x + y + z
}
