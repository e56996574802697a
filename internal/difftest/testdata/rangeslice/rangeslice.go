// Package rangeslice ranges over slices (index and value, value only, index
// only) with remote calls in the body, on references held in the slice.
package rangeslice

// Item is sold.
//
//stateflow:entity
type Item struct {
	ID    string
	Price int
	Sold  int
}

func (i *Item) Key() string { return i.ID }

// Sell sells n and returns the price.
func (i *Item) Sell(n int) int {
	i.Sold += n
	return i.Price * n
}

// Cart buys items.
//
//stateflow:entity
type Cart struct {
	ID  string
	Got []int
}

func (c *Cart) Key() string { return c.ID }

// Buy sells qty[i] of items[i].
func (c *Cart) Buy(items []*Item, qty []int) int {
	total := 0
	for i, it := range items {
		q := qty[i]
		got := it.Sell(q)
		c.Got = append(c.Got, got, i, q)
		total += got
	}
	for _, q := range qty {
		total += items[0].Sell(q) - q*items[0].Price
	}
	for i := range items {
		trace("index %d", i)
		items[i].Sell(0)
	}
	return total
}
