// Package errorsremote inspects the errors remote calls return: a
// sentinel error and a custom error type. Plain Go keeps their identity
// and type.
package errorsremote

import (
	"errors"
	"fmt"
)

// ErrEmpty is returned by an empty box.
var ErrEmpty = errors.New("empty")

// CodeError carries a code.
type CodeError struct{ Code int }

func (e *CodeError) Error() string { return fmt.Sprintf("code %d", e.Code) }

// Box holds items.
//
//stateflow:entity
type Box struct {
	ID string
	N  int
}

func (b *Box) Key() string { return b.ID }

// Take takes one item.
func (b *Box) Take() error {
	if b.N == 0 {
		return ErrEmpty
	}
	b.N--
	return nil
}

// Code fails with a code error for odd c.
func (b *Box) Code(c int) error {
	if c%2 == 1 {
		return &CodeError{Code: c}
	}
	return nil
}

// Bump adds one.
func (b *Box) Bump() { b.N++ }

// User inspects errors.
//
//stateflow:entity
type User struct {
	ID string
	B  *Box
}

func (u *User) Key() string { return u.ID }

// Inspect reports what errors.Is and errors.As say.
func (u *User) Inspect(c int) []string {
	var out []string
	err := u.B.Take()
	out = append(out, fmt.Sprint(err != nil, errors.Is(err, ErrEmpty)))
	var ce *CodeError
	err2 := u.B.Code(c)
	out = append(out, fmt.Sprint(errors.As(err2, &ce)))
	return out
}
