// Package refspassing passes references as arguments of remote calls,
// receives references as results and calls methods on them, also chained
// in one expression.
package refspassing

// Person has a friend.
//
//stateflow:entity
type Person struct {
	ID     string
	Friend *Person
	Age    int
}

func (p *Person) Key() string { return p.ID }

// SetFriend sets the friend and returns the old one.
func (p *Person) SetFriend(f *Person) *Person {
	old := p.Friend
	p.Friend = f
	return old
}

// GetFriend returns the friend.
func (p *Person) GetFriend() *Person { return p.Friend }

// Older increments the age.
func (p *Person) Older() int {
	p.Age++
	return p.Age
}

// Matcher matches people.
//
//stateflow:entity
type Matcher struct {
	ID    string
	Pairs []*Person
}

func (m *Matcher) Key() string { return m.ID }

// Match makes a and b friends.
func (m *Matcher) Match(a, b *Person) []*Person {
	old := a.SetFriend(b)
	b.SetFriend(a)
	f := a.GetFriend()
	age := f.Older()
	m.Pairs = append(m.Pairs, a, f)
	if f.GetFriend().Key() == a.Key() {
		age += a.GetFriend().Older() * 100
	}
	trace("age %d", age)
	return []*Person{old, f}
}
