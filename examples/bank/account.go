package bank

import (
	"errors"
	"fmt"
)

// Account holds money.
//
//stateflow:entity
type Account struct {
	ID      string
	Owner   string
	Balance int
}

// NewAccount opens an account with an opening balance.
func NewAccount(id, owner string, balance int) (*Account, error) {
	if id == "" {
		return nil, errors.New("an account needs an id")
	}
	if balance < 0 {
		return nil, fmt.Errorf("opening balance %d is negative", balance)
	}
	return &Account{ID: id, Owner: owner, Balance: balance}, nil
}

// Key returns the account's id.
func (a *Account) Key() string { return a.ID }

// Deposit adds amount and returns the new balance.
func (a *Account) Deposit(amount int) (int, error) {
	if amount <= 0 {
		return a.Balance, fmt.Errorf("deposit of %d is not positive", amount)
	}
	a.Balance += amount
	return a.Balance, nil
}

// Withdraw takes amount out and returns the new balance.
func (a *Account) Withdraw(amount int) (int, error) {
	if amount <= 0 {
		return a.Balance, fmt.Errorf("withdrawal of %d is not positive", amount)
	}
	if amount > a.Balance {
		return a.Balance, fmt.Errorf("account %s holds %d, less than %d", a.ID, a.Balance, amount)
	}
	a.Balance -= amount
	return a.Balance, nil
}

// Transfer moves amount from this account to another one. The deposit is a
// remote call in a condition: if it fails, the money comes back.
func (a *Account) Transfer(to *Account, amount int) error {
	if to.Key() == a.ID {
		return errors.New("transfer to the same account")
	}
	if _, err := a.Withdraw(amount); err != nil {
		return err
	}
	if _, err := to.Deposit(amount); err != nil {
		a.Balance += amount
		return err
	}
	return nil
}

// Sweep collects up to max from each of the given accounts into this one and
// returns the total collected. Each account's balance is read remotely (a
// state request) and its withdrawal is a remote call inside the loop.
func (a *Account) Sweep(from []*Account, max int) int {
	total := 0
	for _, src := range from {
		if src.Key() == a.ID || src.Balance == 0 {
			continue
		}
		n := min(src.Balance, max)
		if _, err := src.Withdraw(n); err != nil {
			continue
		}
		total += n
	}
	a.Balance += total
	return total
}
