// Package errreceived receives the error results of remote calls: the
// caller sees the callee's message, wraps it and goes on.
package errreceived

import "fmt"

// Acct holds money.
//
//stateflow:entity
type Acct struct {
	ID  string
	Bal int
}

func (a *Acct) Key() string { return a.ID }

// Withdraw takes n, or fails without change.
func (a *Acct) Withdraw(n int) (int, error) {
	if n > a.Bal {
		return a.Bal, fmt.Errorf("%s: %d > %d", a.ID, n, a.Bal)
	}
	a.Bal -= n
	return a.Bal, nil
}

// Teller pays from accounts.
//
//stateflow:entity
type Teller struct {
	ID    string
	Fails []string
	Done  int
}

func (t *Teller) Key() string { return t.ID }

// Pay withdraws n from each account and records the failures.
func (t *Teller) Pay(from []*Acct, n int) int {
	for _, a := range from {
		left, err := a.Withdraw(n)
		if err != nil {
			t.Fails = append(t.Fails, fmt.Errorf("wrapped: %w", err).Error())
			continue
		}
		t.Done++
		trace("left %d", left)
	}
	return t.Done
}
