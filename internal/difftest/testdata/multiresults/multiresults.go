// Package multiresults receives several results from remote calls, assigns
// them in tuple assignments and returns a remote call's results directly.
package multiresults

// Pairer makes pairs.
//
//stateflow:entity
type Pairer struct {
	ID string
	N  int
}

func (p *Pairer) Key() string { return p.ID }

// Pair returns two results.
func (p *Pairer) Pair(x int) (int, bool) {
	p.N++
	return x * p.N, x%2 == 0
}

// Triple returns three results.
func (p *Pairer) Triple() (string, int, []int) { return p.ID, p.N, []int{p.N, p.N * 2} }

// User uses pairs.
//
//stateflow:entity
type User struct {
	ID   string
	P    *Pairer
	A, B int
}

func (u *User) Key() string { return u.ID }

// Use receives multiple results in every way.
func (u *User) Use(x int) (int, bool) {
	v, ok := u.P.Pair(x)
	if ok {
		u.A += v
	}
	_, ok2 := u.P.Pair(v)
	u.A, u.B = u.B, u.P.N
	name, n, xs := u.P.Triple()
	trace("%s %d %v %v", name, n, xs, ok2)
	return u.P.Pair(x + len(xs))
}

// Swap swaps A and B.
func (u *User) Swap() (int, int) {
	u.A, u.B = u.B, u.A
	return u.B, u.A
}
