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
// hotels and the 500 users. An entity that exists already is an error
// (stateflow.ErrExists).
func Load(ctx context.Context, c stateflow.Client, partitions int) error {
	return load(ctx, c, partitions, false)
}

// Ensure creates the entities of the data set that Load creates and c
// does not hold yet, keeping those it holds as they are (reservations
// included), so that a front end can be restarted on durable data or with
// more partitions.
func Ensure(ctx context.Context, c stateflow.Client, partitions int) error {
	return load(ctx, c, partitions, true)
}

// load creates the data set; with keep, entities that exist are kept.
func load(ctx context.Context, c stateflow.Client, partitions int, keep bool) error {
	if partitions < 1 {
		return fmt.Errorf("partition count %d is not positive", partitions)
	}
	create := func(what string, err error) error {
		if err == nil || keep && errors.Is(err, stateflow.ErrExists) {
			return nil
		}
		return fmt.Errorf("load %s: %w", what, err)
	}
	for p := range partitions {
		replica := " replica " + strconv.Itoa(p)
		_, err := hotel.CreateGeo(ctx, c, hotel.ServiceKey("geo", p))
		if err := create("geo"+replica, err); err != nil {
			return err
		}
		_, err = hotel.CreateRate(ctx, c, hotel.ServiceKey("rate", p))
		if err := create("rate"+replica, err); err != nil {
			return err
		}
		_, err = hotel.CreateSearch(ctx, c, hotel.ServiceKey("search", p))
		if err := create("search"+replica, err); err != nil {
			return err
		}
		_, err = hotel.CreateRecommend(ctx, c, hotel.ServiceKey("recommend", p))
		if err := create("recommend"+replica, err); err != nil {
			return err
		}
		_, err = hotel.CreateProfile(ctx, c, hotel.ServiceKey("profile", p))
		if err := create("profile"+replica, err); err != nil {
			return err
		}
	}
	for i := 1; i <= hotel.Hotels; i++ {
		_, err := hotel.CreateReservation(ctx, c, strconv.Itoa(i))
		if err := create("reservation of hotel "+strconv.Itoa(i), err); err != nil {
			return err
		}
	}
	for i := range hotel.Users {
		_, err := hotel.CreateUser(ctx, c, hotel.UserName(i), hotel.UserPassword)
		if err := create("user "+strconv.Itoa(i), err); err != nil {
			return err
		}
	}
	return nil
}
