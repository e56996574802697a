// Package errorsis keeps an error value that wraps a sentinel across a
// remote call and inspects it after: plain Go keeps its identity.
package errorsis

import (
	"errors"
	"fmt"
)

// ErrEmpty is a sentinel error.
var ErrEmpty = errors.New("empty")

// Box holds items.
//
//stateflow:entity
type Box struct {
	ID string
	N  int
}

func (b *Box) Key() string { return b.ID }

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

// Inspect reports what errors.Is says after the call.
func (u *User) Inspect() []string {
	var out []string
	local := fmt.Errorf("local: %w", ErrEmpty)
	u.B.Bump()
	out = append(out, fmt.Sprint(errors.Is(local, ErrEmpty), local))
	return out
}
