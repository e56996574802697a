// Package errignored ignores the results, error included, of remote calls
// written as statements: a callee's returned error does not fail the
// caller.
package errignored

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

// Check fails for odd n.
func (a *Acct) Check(n int) error {
	if n%2 == 1 {
		return fmt.Errorf("odd %d", n)
	}
	return nil
}

// Teller tries.
//
//stateflow:entity
type Teller struct {
	ID    string
	Tries int
}

func (t *Teller) Key() string { return t.ID }

// Try withdraws n twice and checks n, ignoring every result.
func (t *Teller) Try(a *Acct, n int) int {
	a.Withdraw(n)
	a.Withdraw(n)
	a.Check(n)
	t.Tries++
	return t.Tries
}
