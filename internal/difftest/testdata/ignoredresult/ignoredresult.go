// Package ignoredresult ignores remote results in every way: a call as a
// statement, assigned to the blank identifier, one of two results blank.
package ignoredresult

// Counter counts.
//
//stateflow:entity
type Counter struct {
	ID string
	N  int
}

func (c *Counter) Key() string { return c.ID }

// Inc adds d.
func (c *Counter) Inc(d int) int {
	c.N += d
	return c.N
}

// Pair returns two results.
func (c *Counter) Pair() (int, bool) {
	c.N++
	return c.N, c.N%2 == 0
}

// U ignores results.
//
//stateflow:entity
type U struct {
	ID string
	C  *Counter
	N  int
}

func (u *U) Key() string { return u.ID }

// Ignore makes calls whose results are ignored.
func (u *U) Ignore() int {
	u.C.Inc(1)
	_ = u.C.Inc(2)
	_, ok := u.C.Pair()
	if ok {
		u.N++
	}
	var _ = u.C.Inc(3)
	return u.N
}
