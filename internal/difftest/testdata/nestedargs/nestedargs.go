// Package nestedargs passes the results of remote calls as the arguments of
// other remote calls and of local functions, nested several levels deep.
package nestedargs

// Calc computes.
//
//stateflow:entity
type Calc struct {
	ID  string
	Acc int
	Log []int
}

func (c *Calc) Key() string { return c.ID }

// Get returns the accumulator.
func (c *Calc) Get() int { return c.Acc }

// Add adds x and y to the accumulator.
func (c *Calc) Add(x, y int) int {
	c.Acc += x + y
	c.Log = append(c.Log, x, y)
	return c.Acc
}

// Mul multiplies.
func (c *Calc) Mul(x, y int) int {
	trace("mul %s %d %d", c.ID, x, y)
	return x * y
}

// Neg negates.
func (c *Calc) Neg(x int) int { return -x }

// User combines two calculators.
//
//stateflow:entity
type User struct {
	ID   string
	P, Q *Calc
	Out  []int
}

func (u *User) Key() string { return u.ID }

// Nest nests remote calls as arguments.
func (u *User) Nest(k int) int {
	r := u.P.Add(u.P.Get(), u.Q.Get())
	r2 := u.P.Add(u.Q.Mul(u.P.Get(), k), u.Q.Neg(u.Q.Mul(k, u.Q.Add(1, 2))))
	u.Out = append(u.Out, r, r2)
	return u.Q.Mul(u.P.Mul(r, 2), u.Q.Neg(r2))
}

// Local passes remote results to local functions.
func (u *User) Local(k int) int {
	return max(u.P.Get(), k, u.Q.Get()) + abs(u.P.Neg(k)) + abs(u.Q.Mul(u.P.Neg(k), 3))
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
