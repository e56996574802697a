// Package evalreceiver calls a method on a reference held in the state,
// with an argument whose call changes that reference (through a call
// back): gc reads the receiver after the argument's call.
package evalreceiver

import "strconv"

// Named greets.
//
//stateflow:entity
type Named struct {
	ID string
}

func (n *Named) Key() string { return n.ID }

// Hello greets with x.
func (n *Named) Hello(x int) string { return n.ID + strconv.Itoa(x) }

// T holds two references.
//
//stateflow:entity
type T struct {
	ID       string
	Cur, Alt *Named
	H        *Helper
}

func (t *T) Key() string { return t.ID }

// SetHelper sets the helper.
func (t *T) SetHelper(h *Helper) { t.H = h }

// Swap swaps the references.
func (t *T) Swap() int {
	t.Cur, t.Alt = t.Alt, t.Cur
	return 7
}

// Greet greets Cur with an argument that swaps Cur and Alt.
func (t *T) Greet() string { return t.Cur.Hello(t.H.Swap()) }

// Helper calls back.
//
//stateflow:entity
type Helper struct {
	ID string
	T  *T
}

func (h *Helper) Key() string { return h.ID }

// Swap swaps the target's references.
func (h *Helper) Swap() int { return h.T.Swap() }
