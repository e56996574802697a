// Package remotecreate creates entities inside operations (remote
// creates), calls and reads the new entities, keeps references to them and
// returns them.
package remotecreate

import "fmt"

// Item is sold.
//
//stateflow:entity
type Item struct {
	ID    string
	Price int
	Stock int
}

// NewItem creates an item with one in stock.
func NewItem(id string, price int) *Item { return &Item{ID: id, Price: price, Stock: 1} }

func (i *Item) Key() string { return i.ID }

// Restock adds n.
func (i *Item) Restock(n int) int {
	i.Stock += n
	return i.Stock
}

// Shop opens items.
//
//stateflow:entity
type Shop struct {
	ID    string
	Items []*Item
	N     int
}

// NewShop creates a shop.
func NewShop(id string) *Shop { return &Shop{ID: id} }

func (s *Shop) Key() string { return s.ID }

// Open creates an item, restocks it and keeps it.
func (s *Shop) Open(name string, price int) int {
	s.N++
	it := NewItem(fmt.Sprintf("%s-%s-%d", s.ID, name, s.N), price)
	got := it.Restock(price % 3)
	s.Items = append(s.Items, it)
	return got + it.Price
}

// OpenMany creates n items and returns them.
func (s *Shop) OpenMany(n int) []*Item {
	var out []*Item
	for i := range n {
		s.N++
		out = append(out, NewItem(fmt.Sprintf("%s-bulk-%d", s.ID, s.N), i))
	}
	return out
}
