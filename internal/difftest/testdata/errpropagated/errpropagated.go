// Package errpropagated returns a callee's error to the client, as is,
// wrapped, and across two levels of calls.
package errpropagated

import "fmt"

// Store holds stock.
//
//stateflow:entity
type Store struct {
	ID    string
	Stock int
}

func (s *Store) Key() string { return s.ID }

// Reserve takes n, or fails without change.
func (s *Store) Reserve(n int) error {
	if n > s.Stock {
		return fmt.Errorf("store %s: only %d", s.ID, s.Stock)
	}
	s.Stock -= n
	return nil
}

// Broker forwards to a store.
//
//stateflow:entity
type Broker struct {
	ID    string
	Count int
}

func (b *Broker) Key() string { return b.ID }

// Forward reserves at s.
func (b *Broker) Forward(s *Store, n int) error {
	if err := s.Reserve(n); err != nil {
		return fmt.Errorf("broker: %w", err)
	}
	b.Count++
	return nil
}

// Order places reservations.
//
//stateflow:entity
type Order struct {
	ID    string
	Lines int
}

func (o *Order) Key() string { return o.ID }

// Place reserves and returns the store's error as is.
func (o *Order) Place(s *Store, n int) error {
	if err := s.Reserve(n); err != nil {
		return err
	}
	o.Lines++
	return nil
}

// Wrap reserves and wraps the store's error.
func (o *Order) Wrap(s *Store, n int) (int, error) {
	if err := s.Reserve(n); err != nil {
		return 0, fmt.Errorf("order %s: %w", o.ID, err)
	}
	o.Lines++
	return o.Lines, nil
}

// Deep reserves through a broker.
func (o *Order) Deep(b *Broker, s *Store, n int) error {
	err := b.Forward(s, n)
	if err != nil {
		return fmt.Errorf("deep: %v", err)
	}
	o.Lines++
	return nil
}
