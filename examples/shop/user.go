package shop

import "fmt"

// User buys items.
//
//stateflow:entity
type User struct {
	ID      string
	Balance int
	Basket  []*Item // references to items
}

// NewUser creates a user with an empty balance.
func NewUser(id string) *User { return &User{ID: id} }

// Key returns the user's id.
func (u *User) Key() string { return u.ID }

// Deposit adds amount to the balance and returns the new balance.
func (u *User) Deposit(amount int) (int, error) {
	if amount <= 0 {
		return u.Balance, fmt.Errorf("deposit %d is not positive", amount)
	}
	u.Balance += amount
	return u.Balance, nil
}

// Pay takes amount from the balance; the balance never goes below zero.
func (u *User) Pay(amount int) error {
	if amount > u.Balance {
		return fmt.Errorf("balance %d is less than %d", u.Balance, amount)
	}
	u.Balance -= amount
	return nil
}

// PutInBasket adds items to the basket and returns its size.
func (u *User) PutInBasket(items []*Item) int {
	u.Basket = append(u.Basket, items...)
	return len(u.Basket)
}

// AddToBasket puts the items that are in stock into the basket if the user
// can pay for them all, and reports whether it did. Each item's stock and
// price are asked of the item itself: the method is split at those remote
// calls and resumes where it left off.
func (u *User) AddToBasket(items []*Item) bool {
	total := 0
	var inStock []*Item
	for _, it := range items {
		if it.EnoughStock() { // a remote call
			total += it.Price // a remote field read (a state request)
			inStock = append(inStock, it)
		}
	}
	if u.Balance < total {
		return false
	}
	u.Basket = append(u.Basket, inStock...)
	return true
}
