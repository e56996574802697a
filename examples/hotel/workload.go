package hotel

import (
	"fmt"
	"math/rand/v2"
)

// Kind is the kind of a request of the workload.
type Kind int

// The kinds of requests, with their share of the mix.
const (
	SearchRequest    Kind = iota // 60%
	RecommendRequest             // 39%
	LoginRequest                 // 0.5%
	ReserveRequest               // 0.5%
)

// String returns the kind's name.
func (k Kind) String() string {
	switch k {
	case SearchRequest:
		return "search"
	case RecommendRequest:
		return "recommend"
	case LoginRequest:
		return "login"
	case ReserveRequest:
		return "reserve"
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

// Request is one request of the workload. Each kind uses some fields:
// search Lat, Lon, InDate, OutDate; recommend Recommend, Lat, Lon; login
// Username, Password; reserve InDate, OutDate, HotelID, Username, Password,
// Customer and Rooms.
type Request struct {
	Kind      Kind
	Lat       float64
	Lon       float64
	InDate    string
	OutDate   string
	Recommend string
	Username  string
	Password  string
	HotelID   string
	Customer  string
	Rooms     int
}

// NextRequest draws a request: search 60%, recommend 39%, login 0.5%,
// reserve 0.5%, with the dates, coordinates and users of the benchmark's
// workload script.
func NextRequest(r *rand.Rand) Request {
	switch c := r.Float64(); {
	case c < 0.6:
		in := 9 + r.IntN(15)          // 9..23
		out := in + 1 + r.IntN(24-in) // in+1..24
		lat, lon := coordinates(r)
		return Request{Kind: SearchRequest, Lat: lat, Lon: lon, InDate: aprilDate(in), OutDate: aprilDate(out)}
	case c < 0.99:
		kind := ByPrice
		switch k := r.Float64(); {
		case k < 0.33:
			kind = ByDistance
		case k < 0.66:
			kind = ByRate
		}
		lat, lon := coordinates(r)
		return Request{Kind: RecommendRequest, Recommend: kind, Lat: lat, Lon: lon}
	case c < 0.995:
		user, password := credentials(r)
		return Request{Kind: LoginRequest, Username: user, Password: password}
	default:
		in := 9 + r.IntN(15)      // 9..23
		out := in + 1 + r.IntN(5) // in+1..in+5
		hotel := 1 + r.IntN(Hotels)
		user, password := credentials(r)
		return Request{Kind: ReserveRequest, InDate: aprilDate(in), OutDate: aprilDate(out), HotelID: hotelID(hotel),
			Username: user, Password: password, Customer: user, Rooms: 1}
	}
}

// coordinates draws a point around (38.0235, -122.095).
func coordinates(r *rand.Rand) (lat, lon float64) {
	lat = 38.0235 + (float64(r.IntN(482))-240.5)/1000
	lon = -122.095 + (float64(r.IntN(326))-157.0)/1000
	return lat, lon
}

// credentials draws a user among 0..500 (500 does not exist) and its
// password, wrong with probability 1/3.
func credentials(r *rand.Rand) (user, password string) {
	user = UserName(r.IntN(Users + 1))
	password = UserPassword
	if r.IntN(3) == 1 {
		password = "wrong_password"
	}
	return user, password
}

// aprilDate formats day d of April 2015.
func aprilDate(d int) string { return fmt.Sprintf("2015-04-%02d", d) }
