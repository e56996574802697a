// Package reentry calls back into the caller: Host.Visit calls Guest.Call,
// which calls Host.Bump; Visit then sees the change Bump made.
package reentry

import "fmt"

// Host is visited.
//
//stateflow:entity
type Host struct {
	ID    string
	N     int
	Log   []string
	Guest *Guest
}

func (h *Host) Key() string { return h.ID }

// SetGuest sets the guest.
func (h *Host) SetGuest(g *Guest) { h.Guest = g }

// Visit changes N, calls the guest (who bumps N) and reports both.
func (h *Host) Visit(d int) int {
	h.N += d
	h.Log = append(h.Log, "before")
	got := h.Guest.Call(d)
	h.Log = append(h.Log, fmt.Sprintf("after %d %d", got, h.N))
	return h.N
}

// Bump multiplies N.
func (h *Host) Bump(d int) int {
	h.N *= d
	h.Log = append(h.Log, "bump")
	return h.N
}

// Guest calls back.
//
//stateflow:entity
type Guest struct {
	ID    string
	Host  *Host
	Calls int
}

func (g *Guest) Key() string { return g.ID }

// Call bumps the host.
func (g *Guest) Call(d int) int {
	g.Calls++
	return g.Host.Bump(d + 1)
}
