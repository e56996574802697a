// Package variadic calls a variadic operation remotely: no variadic
// arguments, several, a spread slice, and a nested call.
package variadic

// Summer sums.
//
//stateflow:entity
type Summer struct {
	ID    string
	Calls int
}

func (s *Summer) Key() string { return s.ID }

// Sum adds base and xs.
func (s *Summer) Sum(base int, xs ...int) int {
	s.Calls++
	t := base
	for _, x := range xs {
		t += x
	}
	return t
}

// User uses a summer.
//
//stateflow:entity
type User struct {
	ID string
	S  *Summer
}

func (u *User) Key() string { return u.ID }

// Use sums in every way.
func (u *User) Use(xs []int) int {
	a := u.S.Sum(1)
	b := u.S.Sum(1, 2, 3)
	c := u.S.Sum(0, xs...)
	d := u.S.Sum(a, b, u.S.Sum(c, c))
	return a + b*10 + c*100 + d*1000
}
