// Package conversions converts remote results: to float, to string, to
// int64 with a shift, to a duration.
package conversions

import (
	"strconv"
	"time"
)

// Src holds a number.
//
//stateflow:entity
type Src struct {
	ID string
	N  int
}

func (s *Src) Key() string { return s.ID }

// Get returns the next number.
func (s *Src) Get() int {
	s.N += 3
	return s.N
}

// Conv converts.
//
//stateflow:entity
type Conv struct {
	ID string
	S  *Src
}

func (c *Conv) Key() string { return c.ID }

// Convert converts remote numbers.
func (c *Conv) Convert() (float64, string, int64, time.Duration) {
	f := float64(c.S.Get()) / 2
	s := string(rune('a'+c.S.Get()%26)) + strconv.Itoa(c.S.Get())
	n := int64(c.S.Get()) << 2
	d := time.Duration(c.S.Get()) * time.Millisecond
	return f, s, n, d
}
