// Package deferrejected defers a call in a method that suspends: the
// compiler rejects it.
package deferrejected

// Src hands out numbers.
//
//stateflow:entity
type Src struct {
	ID string
	N  int
}

func (s *Src) Key() string { return s.ID }

// Next returns the next number.
func (s *Src) Next() int {
	s.N++
	return s.N
}

// D defers.
//
//stateflow:entity
type D struct {
	ID  string
	S   *Src
	Log []string
}

func (d *D) Key() string { return d.ID }

// Do defers a note and calls the source.
func (d *D) Do() int {
	defer d.note()
	return d.S.Next()
}

func (d *D) note() { d.Log = append(d.Log, "done") }
