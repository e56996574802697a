package baseline

import (
	"context"
	"fmt"
	"sync"

	"github.com/stateflow-go/stateflow/bench/system"
)

// Name is the system's label.
const Name = "baseline"

// System is the baseline peer. It implements system.Counters, system.Bank
// and system.Blobs.
type System struct {
	mu       sync.RWMutex
	counters map[string]*cell
	accounts map[string]*cell
	blobs    map[string]*blobCell
}

// cell is one counter or account.
type cell struct {
	mu    sync.Mutex
	value int64
}

var (
	_ system.Counters = (*System)(nil)
	_ system.Bank     = (*System)(nil)
	_ system.Blobs    = (*System)(nil)
)

// New returns an empty baseline system.
func New() *System {
	return &System{
		counters: make(map[string]*cell),
		accounts: make(map[string]*cell),
		blobs:    make(map[string]*blobCell),
	}
}

// Factory is the system.Factory of the baseline; it uses nothing of cfg.
func Factory(ctx context.Context, cfg system.Config) (system.System, error) {
	return New(), nil
}

// Name returns "baseline".
func (s *System) Name() string { return Name }

// Close releases nothing; the state is garbage.
func (s *System) Close() error { return nil }

// set creates or resets the cells of keys in m to value.
func (s *System) set(m map[string]*cell, keys []string, value int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, k := range keys {
		c := m[k]
		if c == nil {
			m[k] = &cell{value: value}
			continue
		}
		c.mu.Lock()
		c.value = value
		c.mu.Unlock()
	}
}

func (s *System) lookup(m map[string]*cell, kind, key string) (*cell, error) {
	s.mu.RLock()
	c := m[key]
	s.mu.RUnlock()
	if c == nil {
		return nil, fmt.Errorf("baseline: %s %q does not exist", kind, key)
	}
	return c, nil
}

// CreateCounters creates, or resets, one counter at zero per key.
func (s *System) CreateCounters(ctx context.Context, keys []string) error {
	s.set(s.counters, keys, 0)
	return nil
}

// Add adds delta to the counter and returns its new value.
func (s *System) Add(ctx context.Context, key string, delta int64) (int64, error) {
	c, err := s.lookup(s.counters, "counter", key)
	if err != nil {
		return 0, err
	}
	c.mu.Lock()
	c.value += delta
	v := c.value
	c.mu.Unlock()
	return v, nil
}

// Value returns the counter's value.
func (s *System) Value(ctx context.Context, key string) (int64, error) {
	c, err := s.lookup(s.counters, "counter", key)
	if err != nil {
		return 0, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.value, nil
}
