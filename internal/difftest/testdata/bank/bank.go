// Package bank is the thesis' bank: a transfer withdraws from one account
// and deposits into another with a remote call.
package bank

import "fmt"

// Account holds money.
//
//stateflow:entity
type Account struct {
	ID      string
	Balance int
}

func (a *Account) Key() string { return a.ID }

// Deposit adds amount.
func (a *Account) Deposit(amount int) int {
	a.Balance += amount
	return a.Balance
}

// Withdraw takes amount out, or fails without changing anything.
func (a *Account) Withdraw(amount int) error {
	if amount > a.Balance {
		return fmt.Errorf("balance %d of %s is less than %d", a.Balance, a.ID, amount)
	}
	a.Balance -= amount
	return nil
}

// Transfer moves amount to another account.
func (a *Account) Transfer(to *Account, amount int) error {
	if amount <= 0 {
		return fmt.Errorf("amount %d is not positive", amount)
	}
	if err := a.Withdraw(amount); err != nil {
		return err
	}
	got := to.Deposit(amount)
	trace("deposited, %s has %d", to.ID, got)
	return nil
}
