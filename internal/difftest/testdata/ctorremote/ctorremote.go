// Package ctorremote has a constructor that creates another entity and
// calls it: a constructor runs in one step, so the compiler rejects it.
package ctorremote

// Item is given away.
//
//stateflow:entity
type Item struct {
	ID    string
	Stock int
}

// NewItem creates an item.
func NewItem(id string) *Item { return &Item{ID: id} }

func (i *Item) Key() string { return i.ID }

// SetStock sets the stock.
func (i *Item) SetStock(n int) int {
	i.Stock = n
	return n
}

// User gets a gift.
//
//stateflow:entity
type User struct {
	ID     string
	Gift   *Item
	Stocks int
}

// NewUser creates a user with a gift item in stock.
func NewUser(id string, n int) *User {
	u := &User{ID: id}
	gift := NewItem("gift-" + id)
	u.Stocks = gift.SetStock(n)
	u.Gift = gift
	return u
}

func (u *User) Key() string { return u.ID }
