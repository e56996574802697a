// Package forclause has three-clause for loops whose conditions make remote
// calls: the condition is evaluated on every iteration, continue goes to
// the post statement, and a && in the condition short-circuits.
package forclause

// Budget bounds the shopping.
//
//stateflow:entity
type Budget struct {
	ID    string
	Max   int
	Asked int
}

func (b *Budget) Key() string { return b.ID }

// Limit returns the bound.
func (b *Budget) Limit() int {
	b.Asked++
	return b.Max
}

// Spend approves i.
func (b *Budget) Spend(i int) bool {
	trace("spend %d", i)
	return i%3 != 2
}

// Shopper buys within a budget.
//
//stateflow:entity
type Shopper struct {
	ID     string
	B      *Budget
	Bought []int
}

func (s *Shopper) Key() string { return s.ID }

// Shop buys what the budget approves, then sums from the end while it
// approves.
func (s *Shopper) Shop() int {
	for i := 0; i < s.B.Limit(); i++ {
		if !s.B.Spend(i) {
			continue
		}
		s.Bought = append(s.Bought, i)
	}
	total := 0
	for j := len(s.Bought) - 1; j >= 0 && s.B.Spend(j); j-- {
		total += s.Bought[j]
	}
	return total
}
