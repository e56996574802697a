// Package ownpanic fails an operation after a remote call, by a panic or a
// returned error: the changes made before the call stay (in the runtime,
// that step was stored), and the message reaches the client.
package ownpanic

import "fmt"

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

// O fails late.
//
//stateflow:entity
type O struct {
	ID    string
	S     *Src
	Tries int
}

func (o *O) Key() string { return o.ID }

// Boom counts a try, calls, and panics when the number is even.
func (o *O) Boom() int {
	o.Tries++
	n := o.S.Next()
	if n%2 == 0 {
		panic(fmt.Sprintf("even %d", n))
	}
	return n
}

// Fail counts a try, calls, and fails when the number is even.
func (o *O) Fail() (int, error) {
	o.Tries++
	n := o.S.Next()
	if n%2 == 0 {
		return 0, fmt.Errorf("even %d", n)
	}
	return n, nil
}

// Index indexes out of range after a call.
func (o *O) Index(i int) int {
	xs := []int{o.S.Next()}
	return xs[i]
}
