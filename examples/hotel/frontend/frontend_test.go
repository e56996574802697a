package frontend_test

import (
	"context"
	"errors"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/examples/hotel"
	"github.com/stateflow-go/stateflow/examples/hotel/frontend"
	"github.com/stateflow-go/stateflow/stateflowtest"
)

// TestLoadAndExecute loads two partitions and runs drawn requests through
// them: only the missing user TUDelft_500 may fail, with not found.
func TestLoadAndExecute(t *testing.T) {
	ctx := context.Background()
	c := stateflowtest.NewLocal(t, hotel.StateflowProgram())
	const partitions = 2
	if err := frontend.Load(ctx, c, partitions); err != nil {
		t.Fatal(err)
	}
	if err := frontend.Load(ctx, c, partitions); !errors.Is(err, stateflow.ErrExists) {
		t.Fatalf("second load: %v, want ErrExists", err)
	}
	if err := frontend.Load(ctx, c, 0); err == nil {
		t.Fatal("load of 0 partitions succeeded")
	}
	ok, err := hotel.NewUserRef(c, hotel.UserName(hotel.Users-1)).CheckUser(ctx, hotel.UserPassword)
	if err != nil || !ok {
		t.Fatalf("last user: %v, %v", ok, err)
	}
	ids, err := hotel.NewSearchRef(c, hotel.ServiceKey("search", 1)).Nearby(ctx,
		hotel.NewGeoRef(c, hotel.ServiceKey("geo", 1)), hotel.NewRateRef(c, hotel.ServiceKey("rate", 1)),
		37.7867, -122.4112, "2015-04-09", "2015-04-10")
	if err != nil || !slices.Equal(ids, []string{"1", "2", "3", "6"}) {
		t.Fatalf("search on partition 1: %v, %v", ids, err)
	}
	r := rand.New(rand.NewPCG(3, 4))
	kinds := map[hotel.Kind]int{}
	for i := range 300 {
		req := hotel.NextRequest(r)
		if i%50 == 0 { // the rare kinds too
			req = hotel.Request{Kind: hotel.ReserveRequest, InDate: "2015-04-09", OutDate: "2015-04-10",
				HotelID: "4", Username: "TUDelft_1", Password: hotel.UserPassword, Customer: "TUDelft_1", Rooms: 1}
		}
		kinds[req.Kind]++
		err := frontend.Execute(ctx, c, r.IntN(partitions), req)
		if err != nil && !(req.Username == hotel.UserName(hotel.Users) && errors.Is(err, stateflow.ErrNotFound)) {
			t.Fatalf("request %+v: %v", req, err)
		}
	}
	s, err := hotel.NewReservationRef(c, "4").State(ctx)
	if err != nil || len(s.Bookings) < 1+6 {
		t.Fatalf("hotel 4 after six reservations: %+v, %v", s, err)
	}
	if kinds[hotel.SearchRequest] == 0 || kinds[hotel.RecommendRequest] == 0 {
		t.Fatalf("kinds run: %v", kinds)
	}
	if err := frontend.Execute(ctx, c, 0, hotel.Request{Kind: 9}); err == nil {
		t.Fatal("an unknown kind ran")
	}
}

// TestEnsure checks that Ensure keeps what exists, reservations included,
// and creates the replicas of new partitions.
func TestEnsure(t *testing.T) {
	ctx := context.Background()
	c := stateflowtest.NewLocal(t, hotel.StateflowProgram())
	if err := frontend.Ensure(ctx, c, 1); err != nil {
		t.Fatal(err)
	}
	req := hotel.Request{Kind: hotel.ReserveRequest, InDate: "2015-04-09", OutDate: "2015-04-10", HotelID: "7",
		Username: "TUDelft_2", Password: hotel.UserPassword, Customer: "TUDelft_2", Rooms: 3}
	if res, err := frontend.Run(ctx, c, 0, req); err != nil || !res.Reserved {
		t.Fatalf("reserve: %+v, %v", res, err)
	}
	if _, err := frontend.Run(ctx, c, 2, hotel.Request{Kind: hotel.RecommendRequest, Recommend: hotel.ByPrice}); !errors.Is(err, stateflow.ErrNotFound) {
		t.Fatalf("recommend on partition 2 before it is loaded: %v", err)
	}
	if err := frontend.Ensure(ctx, c, 3); err != nil {
		t.Fatal(err)
	}
	res, err := frontend.Run(ctx, c, 2, hotel.Request{Kind: hotel.RecommendRequest, Recommend: hotel.ByPrice})
	if err != nil || len(res.Hotels) != 1 || res.Hotels[0].ID != "2" {
		t.Fatalf("recommend by price on partition 2: %+v, %v", res, err)
	}
	s, err := hotel.NewReservationRef(c, "7").State(ctx)
	if err != nil || len(s.Bookings) != 1 || s.Bookings[0].Rooms != 3 {
		t.Fatalf("hotel 7 after Ensure: %+v, %v", s, err)
	}
	var nf *frontend.NotFoundError
	if _, err := frontend.Run(ctx, c, 0, hotel.Request{Kind: hotel.LoginRequest, Username: "nobody"}); !errors.As(err, &nf) || nf.What != "user" {
		t.Fatalf("login of nobody: %v", err)
	}
}
