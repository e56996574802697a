package frontend_test

import (
	"context"
	"encoding/json"
	"math/rand/v2"
	"net/http"
	"reflect"
	"strconv"
	"testing"

	"github.com/stateflow-go/stateflow/examples/hotel"
	"github.com/stateflow-go/stateflow/examples/hotel/frontend"
)

// model is the data set as plain Go values: the entities of package hotel
// called directly, without a runtime.
type model struct {
	geo          *hotel.Geo
	rate         *hotel.Rate
	search       *hotel.Search
	profile      *hotel.Profile
	recommend    *hotel.Recommend
	users        map[string]*hotel.User
	reservations map[string]*hotel.Reservation
}

// newModel builds the data set Load creates, as plain values.
func newModel(t *testing.T) *model {
	m := &model{geo: hotel.NewGeo("g"), rate: hotel.NewRate("r"), search: hotel.NewSearch("s"),
		profile: hotel.NewProfile("p"), recommend: hotel.NewRecommend("m"),
		users: map[string]*hotel.User{}, reservations: map[string]*hotel.Reservation{}}
	for i := range hotel.Users {
		u, err := hotel.NewUser(hotel.UserName(i), hotel.UserPassword)
		if err != nil {
			t.Fatal(err)
		}
		m.users[u.Username] = u
	}
	for i := 1; i <= hotel.Hotels; i++ {
		r, err := hotel.NewReservation(strconv.Itoa(i))
		if err != nil {
			t.Fatal(err)
		}
		m.reservations[r.HotelID] = r
	}
	return m
}

// answer is what the front end should answer req with: a status and, for
// status 200, the hotels found or the message.
type answer struct {
	status  int
	hotels  []hotel.HotelProfile
	message string
}

// answer runs req on the plain values.
func (m *model) answer(t *testing.T, req hotel.Request) answer {
	switch req.Kind {
	case hotel.SearchRequest:
		ids := m.search.Nearby(m.geo, m.rate, req.Lat, req.Lon, req.InDate, req.OutDate)
		return answer{status: 200, hotels: m.profile.GetProfiles(ids)}
	case hotel.RecommendRequest:
		ids, err := m.recommend.Recommend(req.Recommend, req.Lat, req.Lon)
		if err != nil {
			t.Fatalf("model recommend %+v: %v", req, err)
		}
		return answer{status: 200, hotels: m.profile.GetProfiles(ids)}
	}
	u, ok := m.users[req.Username]
	switch {
	case !ok:
		return answer{status: 404}
	case !u.CheckUser(req.Password):
		return answer{status: 200, message: frontend.WrongPassword}
	case req.Kind == hotel.LoginRequest:
		return answer{status: 200, message: frontend.LoginOK}
	}
	booked, err := m.reservations[req.HotelID].MakeReservation(req.Customer, req.InDate, req.OutDate, req.Rooms)
	switch {
	case err != nil:
		t.Fatalf("model reserve %+v: %v", req, err)
	case booked:
		return answer{status: 200, message: frontend.ReserveOK}
	}
	return answer{status: 200, message: frontend.NoRooms}
}

// TestDifferential sends 400 requests drawn by hotel.NextRequest (every
// fifth one redrawn until it is a login or a reservation, some of those
// for the missing user or for many rooms) through
// RequestURL to the front end over a local runtime, and compares each
// answer with the same request run on the data set as plain Go values:
// the hotels' ids, names, phone numbers and locations, in order, or the
// message. Reservations change both sides alike; their states are compared
// at the end.
func TestDifferential(t *testing.T) {
	srv, c := newServer(t, 4)
	m := newModel(t)
	r := rand.New(rand.NewPCG(11, 12))
	seen := map[string]int{}
	for i := range 400 {
		req := hotel.NextRequest(r)
		for i%5 == 0 && req.Kind != hotel.LoginRequest && req.Kind != hotel.ReserveRequest {
			req = hotel.NextRequest(r)
		}
		switch {
		case i%100 == 0: // the one user the workload names that does not exist
			req.Username, req.Customer = hotel.UserName(hotel.Users), hotel.UserName(hotel.Users)
		case i%40 == 0 && req.Kind == hotel.ReserveRequest:
			req.Rooms = 100 + r.IntN(200) // enough to fill hotels
		}
		method, target, err := frontend.RequestURL(srv.URL, req)
		if err != nil {
			t.Fatal(err)
		}
		status, body := do(t, method, target)
		want := m.answer(t, req)
		if status != want.status {
			t.Fatalf("%+v: status %d (%q), want %d", req, status, body, want.status)
		}
		switch {
		case status != http.StatusOK:
			seen["not found"]++
		case req.Kind == hotel.SearchRequest || req.Kind == hotel.RecommendRequest:
			var got frontend.FeatureCollection
			if err := json.Unmarshal([]byte(body), &got); err != nil {
				t.Fatalf("%+v: answer %q: %v", req, body, err)
			}
			if w := wantFeatures(want.hotels); !reflect.DeepEqual(got, w) {
				t.Fatalf("%+v:\n got %+v\nwant %+v", req, got, w)
			}
			seen[req.Kind.String()+" "+strconv.FormatBool(len(want.hotels) > 0)]++
		default:
			if got := message(t, body); got != want.message {
				t.Fatalf("%+v: %q, want %q", req, got, want.message)
			}
			seen[want.message]++
		}
	}
	t.Logf("answers: %v", seen)
	for _, k := range []string{"search true", "search false", "recommend true", "not found",
		frontend.LoginOK, frontend.ReserveOK, frontend.WrongPassword, frontend.NoRooms} {
		if seen[k] == 0 {
			t.Errorf("no answer %q among %v", k, seen)
		}
	}
	for id, want := range m.reservations {
		got, err := hotel.NewReservationRef(c, id).State(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got.Bookings, want.Bookings) {
			t.Errorf("hotel %s: bookings %+v, want %+v", id, got.Bookings, want.Bookings)
		}
	}
}

// wantFeatures is the GeoJSON feature collection of hotels, built from
// the profiles field by field.
func wantFeatures(hotels []hotel.HotelProfile) frontend.FeatureCollection {
	fc := frontend.FeatureCollection{Type: "FeatureCollection", Features: []frontend.Feature{}}
	for _, h := range hotels {
		var f frontend.Feature
		f.Type, f.ID = "Feature", h.ID
		f.Properties.Name, f.Properties.PhoneNumber = h.Name, h.PhoneNumber
		f.Geometry.Type = "Point"
		f.Geometry.Coordinates[0], f.Geometry.Coordinates[1] = h.Address.Lon, h.Address.Lat
		fc.Features = append(fc.Features, f)
	}
	return fc
}
