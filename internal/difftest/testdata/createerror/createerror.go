// Package createerror creates entities remotely with a constructor that
// may fail: the error is received and handled, or returned to the client.
package createerror

import "fmt"

// Room is in a hotel.
//
//stateflow:entity
type Room struct {
	ID   string
	Size int
}

// NewRoom creates a room; the size must be positive.
func NewRoom(id string, size int) (*Room, error) {
	if size <= 0 {
		return nil, fmt.Errorf("room %s: size %d", id, size)
	}
	return &Room{ID: id, Size: size}, nil
}

func (r *Room) Key() string { return r.ID }

// Hotel builds rooms.
//
//stateflow:entity
type Hotel struct {
	ID    string
	Rooms []*Room
	Errs  []string
}

func (h *Hotel) Key() string { return h.ID }

// Build builds a room and records a failure.
func (h *Hotel) Build(id string, size int) (int, error) {
	r, err := NewRoom(id, size)
	if err != nil {
		h.Errs = append(h.Errs, err.Error())
		return len(h.Rooms), nil
	}
	h.Rooms = append(h.Rooms, r)
	return r.Size, nil
}

// MustBuild builds a room or fails with the constructor's error.
func (h *Hotel) MustBuild(id string, size int) (int, error) {
	r, err := NewRoom(id, size)
	if err != nil {
		return 0, err
	}
	h.Rooms = append(h.Rooms, r)
	return len(h.Rooms), nil
}
