// Package tuplehelper calls a split helper that returns (int, error): the
// helper's error reaches the caller as a value.
package tuplehelper

import (
	"errors"
	"fmt"
)

// Src answers or fails.
//
//stateflow:entity
type Src struct {
	ID string
	N  int
}

func (s *Src) Key() string { return s.ID }

// Get returns n*N, failing for negative n.
func (s *Src) Get(n int) (int, error) {
	if n < 0 {
		return 0, errors.New("negative")
	}
	s.N++
	return n * s.N, nil
}

// A uses a helper.
//
//stateflow:entity
type A struct {
	ID  string
	Src *Src
}

func (a *A) Key() string { return a.ID }

// Use fetches n and -n, ignoring the error of the second.
func (a *A) Use(n int) (int, error) {
	v, err := a.fetch(n)
	if err != nil {
		return 0, fmt.Errorf("use: %w", err)
	}
	w, _ := a.fetch(-n)
	return v + w, nil
}

// Try fetches and reports the error as text.
func (a *A) Try(n int) string {
	_, err := a.fetch(n)
	if err != nil {
		return err.Error()
	}
	return "ok"
}

func (a *A) fetch(n int) (int, error) {
	v, err := a.Src.Get(n)
	if err != nil {
		return -1, err
	}
	return v * 2, nil
}
