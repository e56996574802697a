package testprog

import (
	"errors"
	"fmt"
)

// Account holds money. Its split operations call other accounts: remote
// calls, state requests, a remote create, calls back into the caller, and
// nested calls of its own split operations.
type Account struct {
	ID      string
	Balance int
	Busy    bool
	Visits  int
}

// NewAccount opens an account; a negative balance is an error.
func NewAccount(id string, balance int) (*Account, error) {
	if balance < 0 {
		return nil, fmt.Errorf("negative balance %d", balance)
	}
	return &Account{ID: id, Balance: balance}, nil
}

// Key returns the account's id.
func (a *Account) Key() string { return a.ID }

// Deposit adds a positive amount and returns the new balance.
func (a *Account) Deposit(amount int) (int, error) {
	if amount <= 0 {
		return 0, fmt.Errorf("invalid amount %d", amount)
	}
	a.Balance += amount
	return a.Balance, nil
}

// Explode panics after changing the state.
func (a *Account) Explode() {
	a.Balance = -1
	panic("boom")
}

// Transfer moves amount to another account. The balance is checked before
// the call and debited after it: the account is held across the call, so
// no other chain changes it in between, and a failed deposit leaves it
// untouched.
func (a *Account) Transfer(to *Account, amount int) error {
	if amount > a.Balance {
		return fmt.Errorf("insufficient funds: %d < %d", a.Balance, amount)
	}
	if _, err := to.Deposit(amount); err != nil {
		return err
	}
	a.Balance -= amount
	return nil
}

// Richer reports whether a has more money than other (a state request).
//
//stateflow:readonly
func (a *Account) Richer(other *Account) bool { return a.Balance > other.Balance }

// Open creates a new account with amount taken from a (a remote create).
func (a *Account) Open(id string, amount int) (*Account, error) {
	if amount > a.Balance {
		return nil, errors.New("insufficient funds")
	}
	n, err := NewAccount(id, amount)
	if err != nil {
		return nil, err
	}
	a.Balance -= amount
	return n, nil
}

// Bounce asks via to deposit amount back into a (a call that comes back
// to its caller within the chain) and returns the balance the deposit
// reported and the balance a sees afterwards.
func (a *Account) Bounce(via *Account, amount int) (int, int, error) {
	a.Busy = true
	n, err := via.Relay(a, amount)
	if err != nil {
		return 0, 0, err
	}
	a.Busy = false
	return n, a.Balance, nil
}

// Relay deposits amount into to, which must be busy.
func (a *Account) Relay(to *Account, amount int) (int, error) {
	if !to.Busy {
		return 0, errors.New("the caller is not busy")
	}
	return to.Deposit(amount)
}

// Poke counts a visit and makes other explode.
func (a *Account) Poke(other *Account) int {
	a.Visits++
	other.Explode()
	return a.Visits
}

// Embrace marks a busy, waits (reading other's Busy flag at most spins
// times) until other is busy too, and deposits 1 into other. Two chains
// embracing each other's accounts deadlock: each holds its own account
// and calls the other's.
func (a *Account) Embrace(other *Account, spins int) (int, error) {
	a.Busy = true
	for i := 0; !other.Busy; i++ {
		if i == spins {
			a.Busy = false
			return 0, errors.New("the other account never got busy")
		}
	}
	n, err := other.Deposit(1)
	if err != nil {
		return 0, err
	}
	a.Busy = false
	return n, nil
}

// PayTwice pays amount to to twice: through Transfer and through the
// unexported split helper pay (nested split calls on the same account).
func (a *Account) PayTwice(to *Account, amount int) error {
	if err := a.Transfer(to, amount); err != nil {
		return err
	}
	return a.pay(to, amount)
}

// pay deposits amount into to and debits a without checking the balance.
func (a *Account) pay(to *Account, amount int) error {
	if _, err := to.Deposit(amount); err != nil {
		return err
	}
	a.Balance -= amount
	return nil
}
