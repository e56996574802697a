// Package rangemap ranges over a map with a remote call per entry; the
// result does not depend on the order, which plain Go randomises and the
// runtime sorts.
package rangemap

// Price prices.
//
//stateflow:entity
type Price struct {
	ID    string
	Rate  int
	Asked int
}

func (p *Price) Key() string { return p.ID }

// Of returns the price of n.
func (p *Price) Of(n int) int {
	p.Asked++
	return n * p.Rate
}

// Order costs lines.
//
//stateflow:entity
type Order struct {
	ID   string
	P    *Price
	Cost map[string]int
}

func (o *Order) Key() string { return o.ID }

// Total costs every line of qty.
func (o *Order) Total(qty map[string]int) int {
	total := 0
	o.Cost = map[string]int{}
	for name, q := range qty {
		c := o.P.Of(q)
		o.Cost[name] = c
		total += c
	}
	n := 0
	for name := range qty {
		if o.P.Of(len(name)) > 10 {
			n++
		}
	}
	return total*100 + n
}
