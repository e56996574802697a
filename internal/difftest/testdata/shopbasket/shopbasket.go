// Package shopbasket is the thesis' shop: AddToBasket asks every item for
// its stock (a remote call) and reads its price (a state request), and
// Checkout removes one of each item from the stock.
package shopbasket

import "fmt"

// Item is sold in the shop.
//
//stateflow:entity
type Item struct {
	ID    string
	Price int
	Stock int
}

// NewItem creates an item with no stock.
func NewItem(id string, price int) *Item { return &Item{ID: id, Price: price} }

func (i *Item) Key() string { return i.ID }

// SetStock sets the stock.
func (i *Item) SetStock(n int) { i.Stock = n }

// EnoughStock reports whether one is left.
//
//stateflow:readonly
func (i *Item) EnoughStock() bool { return i.Stock > 0 }

// Remove takes n out of the stock.
func (i *Item) Remove(n int) error {
	if n > i.Stock {
		return fmt.Errorf("only %d of %s left", i.Stock, i.ID)
	}
	i.Stock -= n
	return nil
}

// User buys items.
//
//stateflow:entity
type User struct {
	ID      string
	Balance int
	Basket  []*Item
}

// NewUser creates a user with a balance.
func NewUser(id string, balance int) *User { return &User{ID: id, Balance: balance} }

func (u *User) Key() string { return u.ID }

// AddToBasket puts the items in the basket when the balance covers those
// in stock.
func (u *User) AddToBasket(items []*Item) bool {
	total := 0
	for _, it := range items {
		if it.EnoughStock() {
			total += it.Price
		}
	}
	if u.Balance < total {
		return false
	}
	u.Basket = items
	return true
}

// Checkout buys one of each item in the basket that is still in stock and
// returns what it paid.
func (u *User) Checkout() (int, error) {
	paid := 0
	for i := 0; i < len(u.Basket); i++ {
		it := u.Basket[i]
		if err := it.Remove(1); err != nil {
			trace("item %d: %v", i, err)
			continue
		}
		paid += it.Price
	}
	if paid > u.Balance {
		return 0, fmt.Errorf("cannot pay %d", paid)
	}
	u.Balance -= paid
	u.Basket = nil
	return paid, nil
}
