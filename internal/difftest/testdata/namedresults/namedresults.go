// Package namedresults sets named results around remote calls and returns
// with bare returns, also an error received from a remote call.
package namedresults

import (
	"errors"
	"fmt"
)

// Meter holds a value.
//
//stateflow:entity
type Meter struct {
	ID string
	V  int
}

func (m *Meter) Key() string { return m.ID }

// Read returns the value.
func (m *Meter) Read() int { return m.V }

// Add adds a non-negative d.
func (m *Meter) Add(d int) (int, error) {
	if d < 0 {
		return m.V, errors.New("negative")
	}
	m.V += d
	return m.V, nil
}

// Stats measures a meter.
//
//stateflow:entity
type Stats struct {
	ID   string
	M    *Meter
	Runs int
}

func (s *Stats) Key() string { return s.ID }

// Measure adds 0..n-2 and returns the lowest and highest values seen.
func (s *Stats) Measure(n int) (lo, hi int, err error) {
	if n > 5 {
		err = fmt.Errorf("too many: %d", n)
		return
	}
	lo = s.M.Read()
	hi = lo
	for i := range n {
		v, e := s.M.Add(i - 1)
		if e != nil {
			trace("skip %d: %v", i, e)
			continue
		}
		hi = max(hi, v)
	}
	s.Runs++
	return
}

// Pass returns the remote results through named results.
func (s *Stats) Pass(d int) (v int, err error) {
	v, err = s.M.Add(d)
	return
}
