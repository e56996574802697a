// Package rangeonce ranges over the slice a remote call returns: the call
// runs once, although the body makes the remote list grow.
package rangeonce

import "slices"

// Store holds a list.
//
//stateflow:entity
type Store struct {
	ID string
	L  []int
}

func (s *Store) Key() string { return s.ID }

// List returns a copy of the list.
func (s *Store) List() []int {
	trace("list %d", len(s.L))
	return slices.Clone(s.L)
}

// Push appends v.
func (s *Store) Push(v int) { s.L = append(s.L, v) }

// Reader reads a store.
//
//stateflow:entity
type Reader struct {
	ID  string
	S   *Store
	Sum int
}

func (r *Reader) Key() string { return r.ID }

// ReadAll sums the list and pushes to it meanwhile.
func (r *Reader) ReadAll() int {
	for i, v := range r.S.List() {
		r.S.Push(v + i)
		r.Sum += v
	}
	return r.Sum
}
