package entities

// Graph has split methods of growing length that make one remote call (the
// thesis' EntityExecutionGraph). graph.go is written by the package's tests
// (go test -update).
//
//stateflow:entity
type Graph struct {
	ID   string
	Data []byte
	R    *Remote
}

// Key returns the entity's id.
func (g *Graph) Key() string { return g.ID }

// Run10 has about 10 blocks and calls R once when n is 1.
func (g *Graph) Run10(n int) int {
	x, y, z := n, 1, 2
	if n == 1 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 2 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	return x + y + z
}

// Run100 has about 100 blocks and calls R once when n is 1.
func (g *Graph) Run100(n int) int {
	x, y, z := n, 1, 2
	if n == 1 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 2 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 3 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 4 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 5 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 6 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 7 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 8 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 9 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 10 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 11 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 12 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 13 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 14 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 15 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 16 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 17 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 18 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 19 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 20 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 21 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 22 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 23 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 24 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	return x + y + z
}

// Run500 has about 500 blocks and calls R once when n is 1.
func (g *Graph) Run500(n int) int {
	x, y, z := n, 1, 2
	if n == 1 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 2 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 3 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 4 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 5 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 6 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 7 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 8 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 9 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 10 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 11 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 12 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 13 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 14 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 15 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 16 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 17 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 18 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 19 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 20 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 21 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 22 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 23 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 24 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 25 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 26 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 27 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 28 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 29 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 30 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 31 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 32 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 33 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 34 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 35 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 36 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 37 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 38 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 39 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 40 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 41 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 42 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 43 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 44 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 45 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 46 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 47 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 48 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 49 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 50 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 51 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 52 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 53 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 54 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 55 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 56 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 57 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 58 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 59 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 60 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 61 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 62 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 63 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 64 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 65 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 66 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 67 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 68 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 69 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 70 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 71 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 72 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 73 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 74 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 75 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 76 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 77 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 78 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 79 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 80 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 81 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 82 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 83 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 84 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 85 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 86 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 87 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 88 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 89 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 90 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 91 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 92 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 93 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 94 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 95 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 96 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 97 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 98 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 99 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 100 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 101 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 102 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 103 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 104 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 105 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 106 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 107 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 108 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 109 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 110 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 111 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 112 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 113 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 114 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 115 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 116 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 117 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 118 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 119 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 120 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 121 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 122 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 123 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 124 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	return x + y + z
}

// Run1000 has about 1000 blocks and calls R once when n is 1.
func (g *Graph) Run1000(n int) int {
	x, y, z := n, 1, 2
	if n == 1 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 2 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 3 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 4 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 5 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 6 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 7 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 8 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 9 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 10 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 11 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 12 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 13 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 14 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 15 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 16 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 17 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 18 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 19 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 20 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 21 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 22 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 23 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 24 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 25 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 26 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 27 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 28 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 29 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 30 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 31 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 32 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 33 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 34 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 35 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 36 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 37 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 38 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 39 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 40 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 41 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 42 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 43 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 44 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 45 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 46 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 47 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 48 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 49 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 50 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 51 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 52 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 53 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 54 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 55 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 56 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 57 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 58 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 59 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 60 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 61 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 62 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 63 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 64 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 65 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 66 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 67 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 68 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 69 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 70 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 71 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 72 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 73 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 74 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 75 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 76 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 77 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 78 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 79 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 80 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 81 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 82 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 83 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 84 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 85 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 86 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 87 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 88 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 89 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 90 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 91 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 92 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 93 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 94 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 95 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 96 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 97 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 98 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 99 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 100 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 101 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 102 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 103 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 104 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 105 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 106 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 107 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 108 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 109 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 110 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 111 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 112 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 113 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 114 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 115 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 116 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 117 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 118 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 119 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 120 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 121 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 122 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 123 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 124 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 125 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 126 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 127 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 128 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 129 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 130 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 131 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 132 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 133 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 134 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 135 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 136 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 137 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 138 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 139 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 140 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 141 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 142 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 143 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 144 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 145 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 146 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 147 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 148 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 149 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 150 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 151 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 152 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 153 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 154 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 155 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 156 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 157 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 158 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 159 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 160 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 161 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 162 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 163 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 164 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 165 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 166 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 167 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 168 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 169 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 170 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 171 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 172 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 173 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 174 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 175 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 176 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 177 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 178 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 179 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 180 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 181 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 182 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 183 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 184 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 185 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 186 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 187 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 188 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 189 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 190 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 191 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 192 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 193 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 194 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 195 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 196 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 197 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 198 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 199 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 200 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 201 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 202 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 203 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 204 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 205 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 206 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 207 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 208 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 209 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 210 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 211 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 212 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 213 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 214 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 215 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 216 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 217 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 218 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 219 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 220 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 221 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 222 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 223 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 224 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 225 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 226 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 227 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 228 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 229 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 230 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 231 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 232 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 233 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 234 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 235 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 236 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 237 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 238 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 239 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 240 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 241 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 242 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 243 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 244 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 245 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 246 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 247 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 248 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	if n == 249 {
		x = (x + g.R.Execute() + y) % 10
	} else {
		y = (y + 1) % 10
	}
	z = (z + y + x) % 10
	return x + y + z
}
