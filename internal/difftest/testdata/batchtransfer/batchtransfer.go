// Package batchtransfer runs a batch of transfers given as structs holding
// references; a failed withdrawal is recorded and the loop continues.
package batchtransfer

import "fmt"

// Account holds money.
//
//stateflow:entity
type Account struct {
	ID      string
	Balance int
}

func (a *Account) Key() string { return a.ID }

// Withdraw takes n.
func (a *Account) Withdraw(n int) error {
	if n > a.Balance {
		return fmt.Errorf("%s has %d", a.ID, a.Balance)
	}
	a.Balance -= n
	return nil
}

// Deposit adds n.
func (a *Account) Deposit(n int) { a.Balance += n }

// Transfer is one transfer.
type Transfer struct {
	From, To *Account
	Amount   int
}

// Batch runs transfers.
//
//stateflow:entity
type Batch struct {
	ID   string
	Runs int
}

func (b *Batch) Key() string { return b.ID }

// Run runs the transfers and returns how many succeeded and the failures.
func (b *Batch) Run(ts []Transfer) (int, []string) {
	done := 0
	var failed []string
	for i, t := range ts {
		if err := t.From.Withdraw(t.Amount); err != nil {
			failed = append(failed, fmt.Sprintf("%d: %v", i, err))
			continue
		}
		t.To.Deposit(t.Amount)
		done++
	}
	b.Runs++
	return done, failed
}
