package protoactor

import (
	"context"
	"fmt"
)

// Entity kinds, the first part of an actor's name.
const (
	kindCounter = "counter"
	kindAccount = "account"
	kindBlob    = "blob"
)

// CreateCounters spawns, or resets to zero, one counter actor per key.
func (s *System) CreateCounters(ctx context.Context, keys []string) error {
	return s.create(ctx, kindCounter, keys, set{0})
}

// Add asks the counter's actor to add delta.
func (s *System) Add(ctx context.Context, key string, delta int64) (int64, error) {
	r, err := s.call(ctx, kindCounter, key, add{delta})
	return r.value, err
}

// Value asks the counter's actor for its value.
func (s *System) Value(ctx context.Context, key string) (int64, error) {
	r, err := s.call(ctx, kindCounter, key, get{})
	return r.value, err
}

// OpenAccounts spawns, or resets, one account actor per key.
func (s *System) OpenAccounts(ctx context.Context, keys []string, balance int64) error {
	return s.create(ctx, kindAccount, keys, set{balance})
}

// Transfer asks from to withdraw amount and, when it did, asks to to
// deposit it. The two asks are not atomic: an error after the withdrawal
// is returned and leaves the money withdrawn.
func (s *System) Transfer(ctx context.Context, from, to string, amount int64) (bool, error) {
	if amount < 0 {
		return false, fmt.Errorf("protoactor: transfer of negative amount %d", amount)
	}
	src, err := s.lookup(kindAccount, from)
	if err != nil {
		return false, err
	}
	dst, err := s.lookup(kindAccount, to)
	if err != nil {
		return false, err
	}
	r, err := s.ask(ctx, src, withdraw{amount})
	if err != nil || !r.ok {
		return false, err
	}
	if _, err := s.ask(ctx, dst, add{amount}); err != nil {
		return false, fmt.Errorf("protoactor: %d withdrawn from %s but not deposited: %w", amount, from, err)
	}
	return true, nil
}

// Balance asks the account's actor for its balance.
func (s *System) Balance(ctx context.Context, key string) (int64, error) {
	r, err := s.call(ctx, kindAccount, key, get{})
	return r.value, err
}

// CreateBlobs spawns, or resets, one blob actor of size bytes per key.
func (s *System) CreateBlobs(ctx context.Context, keys []string, size int) error {
	return s.create(ctx, kindBlob, keys, setBlob{size})
}

// Touch asks the blob's actor to touch its state.
func (s *System) Touch(ctx context.Context, key string) (int64, error) {
	r, err := s.call(ctx, kindBlob, key, touch{})
	return r.value, err
}
