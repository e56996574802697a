package hotel

import (
	"errors"
	"fmt"
	"strconv"
	"time"
)

// Booking is one reservation of rooms in a hotel.
type Booking struct {
	Customer string
	InDate   string
	OutDate  string
	Rooms    int
}

// Reservation holds the capacity and bookings of one hotel.
//
//stateflow:entity
type Reservation struct {
	HotelID  string
	Capacity int
	Bookings []Booking
}

// NewReservation builds the reservation entity of hotel hotelID ("1".."80")
// with the hotel's capacity; hotel 4 starts with Alice's booking for the
// night of 2015-04-09.
func NewReservation(hotelID string) (*Reservation, error) {
	i, err := strconv.Atoi(hotelID)
	if err != nil || i < 1 || i > Hotels || strconv.Itoa(i) != hotelID {
		return nil, fmt.Errorf("hotel id %q is not one of 1..%d", hotelID, Hotels)
	}
	r := &Reservation{HotelID: hotelID, Capacity: hotelCapacity(i), Bookings: []Booking{}}
	if i == 4 {
		r.Bookings = append(r.Bookings, Booking{Customer: "Alice", InDate: "2015-04-09", OutDate: "2015-04-10", Rooms: 1})
	}
	return r, nil
}

// Key returns the hotel id.
func (r *Reservation) Key() string { return r.HotelID }

// dateLayout is the layout of every date: "2015-04-09".
const dateLayout = time.DateOnly

// MakeReservation books rooms from inDate to outDate for customer when the
// rooms of the bookings that overlap the stay (bounds inclusive) plus rooms
// fit the capacity, and reports whether it did. Malformed dates, an empty
// stay or a non-positive number of rooms are errors.
func (r *Reservation) MakeReservation(customer, inDate, outDate string, rooms int) (bool, error) {
	in, err := time.Parse(dateLayout, inDate)
	if err != nil {
		return false, fmt.Errorf("in date %q is not YYYY-MM-DD", inDate)
	}
	out, err := time.Parse(dateLayout, outDate)
	if err != nil {
		return false, fmt.Errorf("out date %q is not YYYY-MM-DD", outDate)
	}
	if !out.After(in) {
		return false, fmt.Errorf("out date %s is not after in date %s", outDate, inDate)
	}
	if rooms <= 0 {
		return false, errors.New("a reservation needs at least one room")
	}
	booked := 0
	for _, b := range r.Bookings {
		if inDate <= b.OutDate && outDate >= b.InDate {
			booked += b.Rooms
		}
	}
	if booked+rooms > r.Capacity {
		return false, nil
	}
	r.Bookings = append(r.Bookings, Booking{Customer: customer, InDate: inDate, OutDate: outDate, Rooms: rooms})
	return true, nil
}
