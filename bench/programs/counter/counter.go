// Package counter holds the entities of the benchmark's single-entity
// workloads: a counter updated by every call and a blob whose large state
// is read and written whole by every call.
package counter

//go:generate go run github.com/stateflow-go/stateflow/cmd/stateflow gen

// Counter is one durable counter.
//
//stateflow:entity
type Counter struct {
	ID    string
	Value int64
}

// NewCounter creates a counter at zero.
func NewCounter(id string) *Counter { return &Counter{ID: id} }

// Key returns the counter's id.
func (c *Counter) Key() string { return c.ID }

// Add adds delta and returns the new value.
func (c *Counter) Add(delta int64) int64 {
	c.Value += delta
	return c.Value
}

// Get returns the current value.
//
//stateflow:readonly
func (c *Counter) Get() int64 { return c.Value }
