package frontend

import (
	"context"
	"errors"
	"fmt"
	"strconv"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/examples/hotel"
)

// Load creates the whole data set through c: partitions replicas of Geo,
// Rate, Search, Recommend and Profile, the reservation entities of the 80
// hotels and the 500 users.
func Load(ctx context.Context, c stateflow.Client, partitions int) error {
	if partitions < 1 {
		return fmt.Errorf("partition count %d is not positive", partitions)
	}
	for p := range partitions {
		if _, err := hotel.CreateGeo(ctx, c, hotel.ServiceKey("geo", p)); err != nil {
			return fmt.Errorf("load geo replica %d: %w", p, err)
		}
		if _, err := hotel.CreateRate(ctx, c, hotel.ServiceKey("rate", p)); err != nil {
			return fmt.Errorf("load rate replica %d: %w", p, err)
		}
		if _, err := hotel.CreateSearch(ctx, c, hotel.ServiceKey("search", p)); err != nil {
			return fmt.Errorf("load search replica %d: %w", p, err)
		}
		if _, err := hotel.CreateRecommend(ctx, c, hotel.ServiceKey("recommend", p)); err != nil {
			return fmt.Errorf("load recommend replica %d: %w", p, err)
		}
		if _, err := hotel.CreateProfile(ctx, c, hotel.ServiceKey("profile", p)); err != nil {
			return fmt.Errorf("load profile replica %d: %w", p, err)
		}
	}
	for i := 1; i <= hotel.Hotels; i++ {
		if _, err := hotel.CreateReservation(ctx, c, strconv.Itoa(i)); err != nil {
			return fmt.Errorf("load reservation of hotel %d: %w", i, err)
		}
	}
	for i := range hotel.Users {
		if _, err := hotel.CreateUser(ctx, c, hotel.UserName(i), hotel.UserPassword); err != nil {
			return fmt.Errorf("load user %d: %w", i, err)
		}
	}
	return nil
}

// Execute runs req as the benchmark's frontend does, against the replicas
// of partition p: search asks Search.Nearby and then the profiles of the
// hotels found; recommend asks Recommend and then the profiles; login
// checks the password; reserve checks the password and then books. A
// wrong password or a full hotel is not an error; an unknown user is
// (ErrNotFound).
func Execute(ctx context.Context, c stateflow.Client, p int, req hotel.Request) error {
	profile := hotel.NewProfileRef(c, hotel.ServiceKey("profile", p))
	switch req.Kind {
	case hotel.SearchRequest:
		ids, err := hotel.NewSearchRef(c, hotel.ServiceKey("search", p)).Nearby(ctx,
			hotel.NewGeoRef(c, hotel.ServiceKey("geo", p)), hotel.NewRateRef(c, hotel.ServiceKey("rate", p)),
			req.Lat, req.Lon, req.InDate, req.OutDate)
		if err != nil {
			return fmt.Errorf("search: %w", err)
		}
		if _, err := profile.GetProfiles(ctx, ids); err != nil {
			return fmt.Errorf("search profiles: %w", err)
		}
	case hotel.RecommendRequest:
		ids, err := hotel.NewRecommendRef(c, hotel.ServiceKey("recommend", p)).Recommend(ctx, req.Recommend, req.Lat, req.Lon)
		if err != nil {
			return fmt.Errorf("recommend: %w", err)
		}
		if _, err := profile.GetProfiles(ctx, ids); err != nil {
			return fmt.Errorf("recommend profiles: %w", err)
		}
	case hotel.LoginRequest:
		if _, err := hotel.NewUserRef(c, req.Username).CheckUser(ctx, req.Password); err != nil {
			return fmt.Errorf("login: %w", err)
		}
	case hotel.ReserveRequest:
		ok, err := hotel.NewUserRef(c, req.Username).CheckUser(ctx, req.Password)
		if err != nil {
			return fmt.Errorf("reserve login: %w", err)
		}
		if !ok {
			return nil
		}
		if _, err := hotel.NewReservationRef(c, req.HotelID).MakeReservation(ctx, req.Customer, req.InDate, req.OutDate, req.Rooms); err != nil {
			return fmt.Errorf("reserve: %w", err)
		}
	default:
		return errors.New("request kind " + req.Kind.String() + " is unknown")
	}
	return nil
}
