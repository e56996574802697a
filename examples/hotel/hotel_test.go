package hotel_test

import (
	"context"
	"errors"
	"reflect"
	"slices"
	"strconv"
	"testing"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/examples/hotel"
	"github.com/stateflow-go/stateflow/stateflowtest"
)

// same fails unless plain Go and the runtime gave equal results.
func same[T any](t *testing.T, what string, plain, runtime T, err error) {
	t.Helper()
	if err != nil {
		t.Fatalf("%s through the runtime: %v", what, err)
	}
	if !reflect.DeepEqual(plain, runtime) {
		t.Fatalf("%s: plain Go %v, runtime %v", what, plain, runtime)
	}
}

// TestRecommendChecked checks the RATE and PRICE answers the benchmark
// verified, and that DISTANCE at a hotel's own point finds that hotel.
func TestRecommendChecked(t *testing.T) {
	ctx := context.Background()
	c := stateflowtest.NewLocal(t, hotel.StateflowProgram())
	ref, err := hotel.CreateRecommend(ctx, c, hotel.ServiceKey("recommend", 0))
	if err != nil {
		t.Fatal(err)
	}
	plain := hotel.NewRecommend(hotel.ServiceKey("recommend", 0))
	for _, tc := range []struct {
		kind     string
		lat, lon float64
		want     []string
	}{
		{hotel.ByRate, 0, 0, []string{"9", "24", "39", "54", "69"}},
		{hotel.ByPrice, 0, 0, []string{"2"}},
		{hotel.ByDistance, 37.7867, -122.4112, []string{"1"}},
		{hotel.ByDistance, 37.7835 + 40.0/500*3, -122.41 + 40.0/500*4, []string{"40"}},
	} {
		want, err := plain.Recommend(tc.kind, tc.lat, tc.lon)
		if err != nil || !slices.Equal(want, tc.want) {
			t.Fatalf("%s: plain Go %v, %v; want %v", tc.kind, want, err, tc.want)
		}
		got, err := ref.Recommend(ctx, tc.kind, tc.lat, tc.lon)
		same(t, tc.kind, want, got, err)
	}
	_, wantErr := plain.Recommend("dis", 0, 0)
	if wantErr == nil {
		t.Fatal("plain Go accepted the kind dis")
	}
	_, err = ref.Recommend(ctx, "dis", 0, 0)
	var op *stateflow.OpError
	if !errors.As(err, &op) || op.Message != wantErr.Error() {
		t.Fatalf("runtime kind dis: %v, want %q", err, wantErr)
	}
}

// TestSearchChecked runs the geo example of the benchmark: the search
// returns the hotels near the Clift Hotel that have a rate plan.
func TestSearchChecked(t *testing.T) {
	ctx := context.Background()
	c := stateflowtest.NewLocal(t, hotel.StateflowProgram())
	geo, err := hotel.CreateGeo(ctx, c, hotel.ServiceKey("geo", 1))
	if err != nil {
		t.Fatal(err)
	}
	rate, err := hotel.CreateRate(ctx, c, hotel.ServiceKey("rate", 1))
	if err != nil {
		t.Fatal(err)
	}
	search, err := hotel.CreateSearch(ctx, c, hotel.ServiceKey("search", 1))
	if err != nil {
		t.Fatal(err)
	}
	plainGeo, plainRate := hotel.NewGeo("g"), hotel.NewRate("r")
	plainSearch := hotel.NewSearch("s")
	for _, tc := range []struct {
		lat, lon float64
		want     []string
	}{
		{37.7867, -122.4112, []string{"1", "2", "3", "6"}},
		{0, 0, []string{}},                        // no hotel within 10 km
		{38.0235, -122.095, []string{"39", "42"}}, // the workload's centre: of its five nearest, 39 and 42 have plans
	} {
		want := plainSearch.Nearby(plainGeo, plainRate, tc.lat, tc.lon, "2015-04-09", "2015-04-10")
		if !slices.Equal(want, tc.want) {
			t.Fatalf("search at (%v, %v): plain Go %v, want %v", tc.lat, tc.lon, want, tc.want)
		}
		got, err := search.Nearby(ctx, geo, rate, tc.lat, tc.lon, "2015-04-09", "2015-04-10")
		same(t, "search", want, got, err)
	}
	nearest := plainGeo.Nearest(37.7867, -122.4112)
	if len(nearest) != hotel.MaxSearchResults || nearest[0] != "1" {
		t.Fatalf("nearest to hotel 1: %v, want five hotels starting with 1", nearest)
	}
	got, err := geo.Nearest(ctx, 37.7867, -122.4112)
	same(t, "nearest", nearest, got, err)
}

// TestDataSet checks the sizes and formulas of the replicated data.
func TestDataSet(t *testing.T) {
	ctx := context.Background()
	c := stateflowtest.NewLocal(t, hotel.StateflowProgram())
	rate := hotel.NewRate("r")
	if len(rate.Plans) != 28 {
		t.Fatalf("%d rate plans, want 28", len(rate.Plans))
	}
	for _, p := range rate.Plans[3:] {
		i, _ := strconv.Atoi(p.HotelID)
		if i%3 != 0 || (i%2 == 0) != (p.OutDate == "2015-04-17") || p.BookableRate != p.TotalRate {
			t.Fatalf("plan %+v does not follow the formulas", p)
		}
	}
	profile := hotel.NewProfile("p")
	if n := len(profile.Hotels); n != hotel.Hotels {
		t.Fatalf("%d profiles, want %d", n, hotel.Hotels)
	}
	for id, phone := range map[string]string{"1": "(415) 775-4700", "7": "(415) 284-407", "80": "(415) 284-4080"} {
		if got := profile.Hotels[id].PhoneNumber; got != phone {
			t.Fatalf("hotel %s phone %q, want %q", id, got, phone)
		}
	}
	for id, h := range profile.Hotels {
		if n := len(h.Description); n < 116 || n > 251 {
			t.Fatalf("hotel %s description has %d characters, want 116..251", id, n)
		}
	}
	ids := []string{"3", "80", "999", "1"}
	want := profile.GetProfiles(ids)
	if len(want) != 3 || want[0].Address.Lat != 37.7834 || want[2].Name != "Clift Hotel" {
		t.Fatalf("profiles of %v: %+v", ids, want)
	}
	ref, err := hotel.CreateProfile(ctx, c, "p")
	if err != nil {
		t.Fatal(err)
	}
	got, err := ref.GetProfiles(ctx, ids)
	same(t, "profiles", want, got, err)
	gotRates, err := hotel.NewRateRef(c, "r").GetRates(ctx, []string{"1"}, "", "")
	if !errors.As(err, new(*stateflow.NotFoundError)) && !errors.Is(err, stateflow.ErrNotFound) {
		t.Fatalf("rates of a missing replica: %v, %v; want not found", gotRates, err)
	}
}

// TestCapacities checks every hotel's capacity, in plain Go and in the
// runtime's state.
func TestCapacities(t *testing.T) {
	ctx := context.Background()
	c := stateflowtest.NewLocal(t, hotel.StateflowProgram())
	count := map[int]int{}
	for i := 1; i <= hotel.Hotels; i++ {
		id := strconv.Itoa(i)
		plain, err := hotel.NewReservation(id)
		if err != nil {
			t.Fatal(err)
		}
		ref, err := hotel.CreateReservation(ctx, c, id)
		if err != nil {
			t.Fatal(err)
		}
		got, err := ref.State(ctx)
		same(t, "reservation "+id, plain, got, err)
		count[plain.Capacity]++
	}
	// Hotels 1-6 and the 24 multiples of 3 in 7..80 hold 200; 7..80 has 25
	// hotels with i%3 == 1 (300) and 25 with i%3 == 2 (250).
	if want := map[int]int{200: 30, 250: 25, 300: 25}; !reflect.DeepEqual(count, want) {
		t.Fatalf("capacities %v, want %v", count, want)
	}
	for _, bad := range []string{"0", "81", "04", "x"} {
		if _, err := hotel.NewReservation(bad); err == nil {
			t.Fatalf("hotel id %q accepted", bad)
		}
		if _, err := hotel.CreateReservation(ctx, c, bad); err == nil {
			t.Fatalf("runtime accepted hotel id %q", bad)
		}
	}
}

// TestReservations books against Alice's pre-existing booking and the
// inclusive overlap rule, in plain Go and through the runtime.
func TestReservations(t *testing.T) {
	ctx := context.Background()
	c := stateflowtest.NewLocal(t, hotel.StateflowProgram())
	plain := map[string]*hotel.Reservation{}
	for _, id := range []string{"1", "4"} {
		r, err := hotel.NewReservation(id)
		if err != nil {
			t.Fatal(err)
		}
		plain[id] = r
		if _, err := hotel.CreateReservation(ctx, c, id); err != nil {
			t.Fatal(err)
		}
	}
	if b := plain["4"].Bookings; len(b) != 1 || b[0].Customer != "Alice" || b[0].Rooms != 1 {
		t.Fatalf("hotel 4 bookings %+v, want Alice's", b)
	}
	for _, tc := range []struct {
		hotel, customer, in, out string
		rooms                    int
		want                     bool
		fails                    bool
	}{
		{"4", "Bob", "2015-04-09", "2015-04-10", 200, false, false}, // Alice holds one of 200
		{"4", "Bob", "2015-04-10", "2015-04-11", 200, false, false}, // touches Alice's out date
		{"4", "Bob", "2015-04-11", "2015-04-12", 200, true, false},
		{"4", "Carol", "2015-04-08", "2015-04-09", 199, true, false},
		{"4", "Dan", "2015-04-05", "2015-04-20", 1, false, false},
		{"1", "Eve", "2015-04-09", "2015-04-10", 200, true, false},
		{"1", "Eve", "2015-04-12", "2015-04-10", 1, false, true},
		{"1", "Eve", "2015-4-12", "2015-04-13", 1, false, true},
		{"1", "Eve", "2015-04-12", "2015-04-13", 0, false, true},
	} {
		what := tc.customer + " at " + tc.hotel + " " + tc.in + ".." + tc.out
		want, wantErr := plain[tc.hotel].MakeReservation(tc.customer, tc.in, tc.out, tc.rooms)
		if want != tc.want || (wantErr != nil) != tc.fails {
			t.Fatalf("%s: plain Go %v, %v; want %v", what, want, wantErr, tc.want)
		}
		got, err := hotel.NewReservationRef(c, tc.hotel).MakeReservation(ctx, tc.customer, tc.in, tc.out, tc.rooms)
		if tc.fails {
			var op *stateflow.OpError
			if !errors.As(err, &op) || op.Message != wantErr.Error() {
				t.Fatalf("%s: runtime error %v, want %q", what, err, wantErr)
			}
			continue
		}
		same(t, what, want, got, err)
	}
	for id, p := range plain {
		got, err := hotel.NewReservationRef(c, id).State(ctx)
		same(t, "state of hotel "+id, p, got, err)
	}
}

// TestUsers checks passwords in plain Go and through the runtime.
func TestUsers(t *testing.T) {
	ctx := context.Background()
	c := stateflowtest.NewLocal(t, hotel.StateflowProgram())
	plain, err := hotel.NewUser(hotel.UserName(499), hotel.UserPassword)
	if err != nil {
		t.Fatal(err)
	}
	ref, err := hotel.CreateUser(ctx, c, "TUDelft_499", "random_password")
	if err != nil {
		t.Fatal(err)
	}
	for _, pw := range []string{"random_password", "wrong_password", ""} {
		got, err := ref.CheckUser(ctx, pw)
		same(t, "password "+pw, plain.CheckUser(pw), got, err)
	}
	if !plain.CheckUser("random_password") || plain.CheckUser("wrong_password") {
		t.Fatal("CheckUser does not tell the passwords apart")
	}
	if _, err := hotel.NewUser("", "x"); err == nil {
		t.Fatal("a user without a name was accepted")
	}
}
