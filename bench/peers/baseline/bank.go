package baseline

import (
	"context"
	"fmt"
)

// OpenAccounts opens, or resets, one account with balance per key.
func (s *System) OpenAccounts(ctx context.Context, keys []string, balance int64) error {
	s.set(s.accounts, keys, balance)
	return nil
}

// Transfer moves amount from one account to the other under both account
// locks, taken in key order.
func (s *System) Transfer(ctx context.Context, from, to string, amount int64) (bool, error) {
	if amount < 0 {
		return false, fmt.Errorf("baseline: transfer of negative amount %d", amount)
	}
	a, err := s.lookup(s.accounts, "account", from)
	if err != nil {
		return false, err
	}
	b, err := s.lookup(s.accounts, "account", to)
	if err != nil {
		return false, err
	}
	if a == b {
		a.mu.Lock()
		defer a.mu.Unlock()
		return a.value >= amount, nil
	}
	first, second := a, b
	if to < from {
		first, second = b, a
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if a.value < amount {
		return false, nil
	}
	a.value -= amount
	b.value += amount
	return true, nil
}

// Balance returns the account's balance.
func (s *System) Balance(ctx context.Context, key string) (int64, error) {
	c, err := s.lookup(s.accounts, "account", key)
	if err != nil {
		return 0, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.value, nil
}
