// Package memstore is a store.Store in memory: a sorted map guarded by a
// mutex. Nothing survives Close; sync is ignored. It serves tests and
// benchmarks that leave the disk out.
package memstore

import (
	"bytes"
	"slices"
	"strings"
	"sync"

	"github.com/stateflow-go/stateflow/store"
)

// Store is an in-memory store.Store.
type Store struct {
	mu     sync.RWMutex
	data   map[string][]byte
	closed bool
}

var _ store.Store = (*Store)(nil)

// New returns an empty store.
func New() *Store { return &Store{data: make(map[string][]byte)} }

// Get implements store.Store.
func (s *Store) Get(key, dst []byte) ([]byte, bool, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed {
		return dst, false, store.ErrClosed
	}
	v, ok := s.data[string(key)]
	if !ok {
		return dst, false, nil
	}
	return append(dst, v...), true, nil
}

// Apply implements store.Store.
func (s *Store) Apply(b *store.Batch, sync bool) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return store.ErrClosed
	}
	for w := range b.Ops() {
		if w.Delete {
			delete(s.data, string(w.Key))
		} else {
			s.data[string(w.Key)] = bytes.Clone(w.Value)
		}
	}
	return nil
}

// Scan implements store.Store. It scans a copy of the matching entries, so
// fn may use the store.
func (s *Store) Scan(prefix []byte, fn func(key, value []byte) error) error {
	s.mu.RLock()
	if s.closed {
		s.mu.RUnlock()
		return store.ErrClosed
	}
	type kv struct {
		k string
		v []byte
	}
	var found []kv
	for k, v := range s.data {
		if strings.HasPrefix(k, string(prefix)) {
			found = append(found, kv{k, v})
		}
	}
	s.mu.RUnlock()
	slices.SortFunc(found, func(a, b kv) int { return strings.Compare(a.k, b.k) })
	for _, e := range found {
		if err := fn([]byte(e.k), e.v); err != nil {
			return err
		}
	}
	return nil
}

// Close implements store.Store: it drops the data.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.closed, s.data = true, nil
	return nil
}
