package frontend

import (
	"context"
	"errors"
	"fmt"
	"strconv"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/examples/hotel"
)

// Result is what a request returned.
type Result struct {
	// Hotels are the profiles of the hotels a search or a recommendation
	// found, in the order the service returned their ids.
	Hotels []hotel.HotelProfile
	// LoggedIn reports that a login's or a reservation's password was right.
	LoggedIn bool
	// Reserved reports that a reservation booked its rooms; a reservation
	// with the right password that did not is refused for lack of rooms.
	Reserved bool
}

// NotFoundError reports a request naming a user or a hotel that does not
// exist. It unwraps to the client's error, which matches
// stateflow.ErrNotFound.
type NotFoundError struct {
	What string // "user" or "hotel"
	Key  string // the user name or hotel id
	Err  error
}

// Error names what was not found.
func (e *NotFoundError) Error() string { return e.What + " " + strconv.Quote(e.Key) + " not found" }

// Unwrap returns the client's error.
func (e *NotFoundError) Unwrap() error { return e.Err }

// Run runs req as the benchmark's frontend does, against the replicas of
// partition p, and returns what it found: search asks Search.Nearby and
// then the profiles of the hotels found; recommend asks Recommend and then
// the profiles; login checks the password; reserve checks the password
// and, when it is right, books. A wrong password or a full hotel is a
// result, not an error; an unknown user or hotel is a *NotFoundError.
func Run(ctx context.Context, c stateflow.Client, p int, req hotel.Request) (Result, error) {
	switch req.Kind {
	case hotel.SearchRequest:
		ids, err := hotel.NewSearchRef(c, hotel.ServiceKey("search", p)).Nearby(ctx,
			hotel.NewGeoRef(c, hotel.ServiceKey("geo", p)), hotel.NewRateRef(c, hotel.ServiceKey("rate", p)),
			req.Lat, req.Lon, req.InDate, req.OutDate)
		if err != nil {
			return Result{}, fmt.Errorf("search: %w", err)
		}
		return profiles(ctx, c, p, "search", ids)
	case hotel.RecommendRequest:
		ids, err := hotel.NewRecommendRef(c, hotel.ServiceKey("recommend", p)).Recommend(ctx, req.Recommend, req.Lat, req.Lon)
		if err != nil {
			return Result{}, fmt.Errorf("recommend: %w", err)
		}
		return profiles(ctx, c, p, "recommend", ids)
	case hotel.LoginRequest:
		ok, err := checkUser(ctx, c, req)
		if err != nil {
			return Result{}, fmt.Errorf("login: %w", err)
		}
		return Result{LoggedIn: ok}, nil
	case hotel.ReserveRequest:
		ok, err := checkUser(ctx, c, req)
		if err != nil {
			return Result{}, fmt.Errorf("reserve login: %w", err)
		}
		if !ok {
			return Result{}, nil
		}
		booked, err := hotel.NewReservationRef(c, req.HotelID).MakeReservation(ctx, req.Customer, req.InDate, req.OutDate, req.Rooms)
		if err != nil {
			if errors.Is(err, stateflow.ErrNotFound) {
				err = &NotFoundError{What: "hotel", Key: req.HotelID, Err: err}
			}
			return Result{LoggedIn: true}, fmt.Errorf("reserve: %w", err)
		}
		return Result{LoggedIn: true, Reserved: booked}, nil
	}
	return Result{}, errors.New("request kind " + req.Kind.String() + " is unknown")
}

// Execute runs req as Run does and keeps only its error.
func Execute(ctx context.Context, c stateflow.Client, p int, req hotel.Request) error {
	_, err := Run(ctx, c, p, req)
	return err
}

// profiles returns the profiles of the hotels ids from the profile replica
// of partition p.
func profiles(ctx context.Context, c stateflow.Client, p int, what string, ids []string) (Result, error) {
	hotels, err := hotel.NewProfileRef(c, hotel.ServiceKey("profile", p)).GetProfiles(ctx, ids)
	if err != nil {
		return Result{}, fmt.Errorf("%s profiles: %w", what, err)
	}
	return Result{Hotels: hotels}, nil
}

// checkUser reports whether req's password is its user's; an unknown user
// is a *NotFoundError.
func checkUser(ctx context.Context, c stateflow.Client, req hotel.Request) (bool, error) {
	ok, err := hotel.NewUserRef(c, req.Username).CheckUser(ctx, req.Password)
	if errors.Is(err, stateflow.ErrNotFound) {
		return false, &NotFoundError{What: "user", Key: req.Username, Err: err}
	}
	return ok, err
}
