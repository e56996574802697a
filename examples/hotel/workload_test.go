package hotel_test

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stateflow-go/stateflow/examples/hotel"
)

// TestWorkloadMix draws 100,000 requests and checks the mix within one
// percentage point and every field against its distribution's range.
func TestWorkloadMix(t *testing.T) {
	const n = 100_000
	r := rand.New(rand.NewPCG(1, 2))
	kinds := map[hotel.Kind]int{}
	recommend := map[string]int{}
	wrong, missing, logins := 0, 0, 0
	for range n {
		req := hotel.NextRequest(r)
		kinds[req.Kind]++
		switch req.Kind {
		case hotel.SearchRequest, hotel.RecommendRequest:
			if req.Lat < 38.0235-0.2405-1e-9 || req.Lat > 38.0235+0.2405+1e-9 ||
				req.Lon < -122.095-0.157-1e-9 || req.Lon > -122.095+0.168+1e-9 {
				t.Fatalf("%v at (%v, %v) is out of range", req.Kind, req.Lat, req.Lon)
			}
			if req.Kind == hotel.RecommendRequest {
				recommend[req.Recommend]++
				continue
			}
			if req.InDate < "2015-04-09" || req.InDate > "2015-04-23" || req.OutDate <= req.InDate || req.OutDate > "2015-04-24" {
				t.Fatalf("search dates %s..%s are out of range", req.InDate, req.OutDate)
			}
		case hotel.LoginRequest, hotel.ReserveRequest:
			logins++
			if req.Password != hotel.UserPassword {
				wrong++
			}
			if req.Username == hotel.UserName(hotel.Users) {
				missing++
			}
			if !strings.HasPrefix(req.Username, "TUDelft_") {
				t.Fatalf("user %q", req.Username)
			}
			if req.Kind == hotel.ReserveRequest {
				if req.InDate < "2015-04-09" || req.InDate > "2015-04-23" || req.OutDate <= req.InDate ||
					req.OutDate > "2015-04-28" || req.Rooms != 1 || req.Customer != req.Username || req.HotelID == "" {
					t.Fatalf("reservation %+v is out of range", req)
				}
			}
		}
	}
	near := func(what string, got int, total int, want float64) {
		t.Helper()
		if p := float64(got) / float64(total); math.Abs(p-want) > 0.01 {
			t.Errorf("%s: %.4f of %d, want %.4f ± 0.01", what, p, total, want)
		}
	}
	near("search", kinds[hotel.SearchRequest], n, 0.60)
	near("recommend", kinds[hotel.RecommendRequest], n, 0.39)
	near("login", kinds[hotel.LoginRequest], n, 0.005)
	near("reserve", kinds[hotel.ReserveRequest], n, 0.005)
	if len(kinds) != 4 {
		t.Errorf("kinds drawn: %v", kinds)
	}
	rec := kinds[hotel.RecommendRequest]
	near("DISTANCE", recommend[hotel.ByDistance], rec, 0.33)
	near("RATE", recommend[hotel.ByRate], rec, 0.33)
	near("PRICE", recommend[hotel.ByPrice], rec, 0.34)
	// About 1,000 logins and reservations: a third with the wrong password.
	if p := float64(wrong) / float64(logins); math.Abs(p-1.0/3) > 0.05 {
		t.Errorf("wrong passwords: %.3f of %d, want 1/3", p, logins)
	}
	if missing > logins/50 {
		t.Errorf("%d of %d requests name the missing user, want about 1/501", missing, logins)
	}
}
