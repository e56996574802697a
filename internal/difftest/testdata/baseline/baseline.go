// Package baseline has no remote interaction: nothing is split. It checks
// the harness's plumbing (creates, constructors, results of every shape,
// errors, panics and states) on ordinary operations.
package baseline

import (
	"errors"
	"fmt"
)

// Counter counts.
//
//stateflow:entity
type Counter struct {
	ID    string
	N     int
	Hist  []int
	Tags  map[string]int
	Limit *int
	Other *Counter
}

// NewCounter creates a counter; a negative start is an error.
func NewCounter(id string, start int) (*Counter, error) {
	if start < 0 {
		return nil, fmt.Errorf("start %d is negative", start)
	}
	return &Counter{ID: id, N: start}, nil
}

func (c *Counter) Key() string { return c.ID }

// Add adds d and returns the new count.
func (c *Counter) Add(d int) int {
	c.N += d
	c.Hist = append(c.Hist, d)
	trace("add %d", d)
	return c.N
}

// Tag counts a tag.
func (c *Counter) Tag(name string) map[string]int {
	if c.Tags == nil {
		c.Tags = map[string]int{}
	}
	c.Tags[name]++
	return c.Tags
}

// SetLimit sets or clears the limit.
func (c *Counter) SetLimit(l *int) { c.Limit = l }

// Link remembers another counter.
func (c *Counter) Link(o *Counter) *Counter {
	old := c.Other
	c.Other = o
	return old
}

// Take takes d if the count allows it.
func (c *Counter) Take(d int) (int, bool, error) {
	if d > c.N {
		return c.N, false, errors.New("not enough")
	}
	c.N -= d
	return c.N, true, nil
}

// Boom panics.
func (c *Counter) Boom() {
	panic(fmt.Sprintf("boom at %d", c.N))
}

// Sum adds numbers.
func (c *Counter) Sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}
