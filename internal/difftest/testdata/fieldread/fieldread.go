// Package fieldread reads fields of other entities (state requests): ints,
// strings, slices, maps, nested struct fields and references, in
// expressions, conditions and loops.
package fieldread

import (
	"fmt"
	"strconv"
	"strings"
)

// Address is where an account lives.
type Address struct {
	City string
	Zip  int
}

// Account holds money.
//
//stateflow:entity
type Account struct {
	ID      string
	Balance int
	Owner   string
	Tags    []string
	Limits  map[string]int
	Addr    Address
	Prev    *Account
}

func (a *Account) Key() string { return a.ID }

// Auditor reads accounts.
//
//stateflow:entity
type Auditor struct {
	ID   string
	Seen []string
}

func (a *Auditor) Key() string { return a.ID }

// Audit describes two accounts from their fields.
func (a *Auditor) Audit(x, y *Account) string {
	s := fmt.Sprintf("%s:%d", x.Owner, x.Balance)
	if x.Balance > y.Balance {
		s += ">"
	}
	s += strings.Join(y.Tags, ",") + fmt.Sprint(len(x.Limits), y.Limits["day"])
	s += x.Addr.City + strconv.Itoa(y.Addr.Zip)
	if x.Prev != nil {
		s += "/" + strconv.Itoa(x.Prev.Balance)
	}
	a.Seen = append(a.Seen, x.ID, y.ID)
	return s
}

// Max returns the largest balance.
func (a *Auditor) Max(accts []*Account) int {
	m := 0
	for _, ac := range accts {
		m = max(m, ac.Balance)
	}
	return m
}
