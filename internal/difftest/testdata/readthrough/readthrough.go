// Package readthrough reads fields of references that a local helper
// returns or that are held in the state's slices.
package readthrough

// Item has a price.
//
//stateflow:entity
type Item struct {
	ID    string
	Price int
	Stock int
}

func (i *Item) Key() string { return i.ID }

// User holds items.
//
//stateflow:entity
type User struct {
	ID    string
	Items []*Item
}

func (u *User) Key() string { return u.ID }

// Cheapest reads prices through a helper and an index.
func (u *User) Cheapest() int {
	return min(u.first().Price, u.Items[1].Price, u.Items[len(u.Items)-1].Stock)
}

func (u *User) first() *Item { return u.Items[0] }
