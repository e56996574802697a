// Package travel books a trip: a hotel, then a flight; when the flight is
// full the hotel booking is cancelled (a compensating remote call).
package travel

import (
	"fmt"
	"slices"
)

// Hotel has rooms.
//
//stateflow:entity
type Hotel struct {
	ID     string
	Free   int
	Booked []string
}

func (h *Hotel) Key() string { return h.ID }

// Reserve books a room for who.
func (h *Hotel) Reserve(who string) error {
	if h.Free == 0 {
		return fmt.Errorf("hotel %s is full", h.ID)
	}
	h.Free--
	h.Booked = append(h.Booked, who)
	return nil
}

// Cancel cancels who's room.
func (h *Hotel) Cancel(who string) {
	if i := slices.Index(h.Booked, who); i >= 0 {
		h.Booked = slices.Delete(h.Booked, i, i+1)
		h.Free++
	}
}

// Flight has seats.
//
//stateflow:entity
type Flight struct {
	ID    string
	Seats int
	Pax   []string
}

func (f *Flight) Key() string { return f.ID }

// Reserve books a seat for who.
func (f *Flight) Reserve(who string) error {
	if len(f.Pax) >= f.Seats {
		return fmt.Errorf("flight %s is full", f.ID)
	}
	f.Pax = append(f.Pax, who)
	return nil
}

// Trip is booked.
//
//stateflow:entity
type Trip struct {
	ID     string
	Status string
}

func (t *Trip) Key() string { return t.ID }

// Book books a hotel and a flight, or neither.
func (t *Trip) Book(h *Hotel, f *Flight) (string, error) {
	if err := h.Reserve(t.ID); err != nil {
		return "", err
	}
	if err := f.Reserve(t.ID); err != nil {
		h.Cancel(t.ID)
		t.Status = "cancelled: " + err.Error()
		return t.Status, nil
	}
	t.Status = "booked"
	return t.Status, nil
}
