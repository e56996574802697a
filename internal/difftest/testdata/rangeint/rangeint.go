// Package rangeint ranges over an int that a remote call returns: it is
// evaluated once, although the body changes it; a negative count gives no
// iteration.
package rangeint

// Src counts.
//
//stateflow:entity
type Src struct {
	ID    string
	N     int
	Asked int
}

func (s *Src) Key() string { return s.ID }

// Count returns the count.
func (s *Src) Count() int {
	s.Asked++
	trace("count %d", s.N)
	return s.N
}

// Bump increments the count.
func (s *Src) Bump() { s.N++ }

// User iterates.
//
//stateflow:entity
type User struct {
	ID   string
	S    *Src
	Seen []int
}

func (u *User) Key() string { return u.ID }

// Iterate ranges over the remote count.
func (u *User) Iterate() int {
	n := 0
	for i := range u.S.Count() {
		u.S.Bump()
		u.Seen = append(u.Seen, i)
		n++
	}
	for range u.S.Count() - 8 {
		n += 100
	}
	return n
}
