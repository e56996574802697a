// Package rangestate ranges over slices in the entity's own state (of
// references and of ints) with remote calls in the body.
package rangestate

// Item has a price.
//
//stateflow:entity
type Item struct {
	ID    string
	Price int
}

func (i *Item) Key() string { return i.ID }

// Cost returns the price of n.
func (i *Item) Cost(n int) int { return i.Price * n }

// Basket holds items.
//
//stateflow:entity
type Basket struct {
	ID    string
	Items []*Item
	Qty   []int
	Total int
}

func (b *Basket) Key() string { return b.ID }

// Sum costs the basket.
func (b *Basket) Sum() int {
	t := 0
	for i, it := range b.Items {
		t += it.Cost(b.Qty[i])
	}
	for _, q := range b.Qty {
		t += b.Items[0].Cost(q)
	}
	b.Total = t
	return t
}
