package frontend_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/examples/hotel"
	"github.com/stateflow-go/stateflow/examples/hotel/frontend"
	"github.com/stateflow-go/stateflow/stateflowtest"
)

// newServer loads the data set with the given partitions into a local
// runtime and serves the front end over it.
func newServer(t *testing.T, partitions int, opts ...frontend.Option) (*httptest.Server, stateflow.Client) {
	t.Helper()
	c := stateflowtest.NewLocal(t, hotel.StateflowProgram())
	if err := frontend.Load(context.Background(), c, partitions); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(frontend.NewHandler(c, partitions, opts...))
	t.Cleanup(srv.Close)
	return srv, c
}

// do sends method target and returns the status and body.
func do(t *testing.T, method, target string) (int, string) {
	t.Helper()
	req, err := http.NewRequest(method, target, nil)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(b)
}

// message decodes a login's or reservation's answer.
func message(t *testing.T, body string) string {
	t.Helper()
	var m frontend.Message
	if err := json.Unmarshal([]byte(body), &m); err != nil {
		t.Fatalf("answer %q: %v", body, err)
	}
	return m.Message
}

// TestBadRequests checks that each bad parameter, unknown user or hotel,
// wrong method and unknown path gets its status and a message naming it.
func TestBadRequests(t *testing.T) {
	srv, _ := newServer(t, 1)
	const (
		search  = "/search?inDate=2015-04-09&outDate=2015-04-10&lat=37.7867&lon=-122.4112"
		reserve = "/reserve?inDate=2015-04-09&outDate=2015-04-10&hotelId=1&customerName=c&username=TUDelft_1&password=random_password"
	)
	for _, tc := range []struct {
		method, target string
		status         int
		want           []string // in the body
	}{
		{"GET", "/search?inDate=2015-04-09&outDate=2015-04-10&lon=-122.4", 400, []string{"missing parameter lat"}},
		{"GET", strings.Replace(search, "lat=37.7867", "lat=abc", 1), 400, []string{`lat="abc"`, "not a number"}},
		{"GET", strings.Replace(search, "lat=37.7867", "lat=95", 1), 400, []string{`lat="95"`, "[-90, 90]"}},
		{"GET", strings.Replace(search, "lon=-122.4112", "lon=NaN", 1), 400, []string{`lon="NaN"`}},
		{"GET", strings.Replace(search, "inDate=2015-04-09", "inDate=2015-4-9", 1), 400, []string{`inDate="2015-4-9"`, "YYYY-MM-DD"}},
		{"GET", strings.Replace(search, "outDate=2015-04-10", "outDate=2015-04-09", 1), 400, []string{`outDate="2015-04-09"`, "not after"}},
		{"GET", strings.Replace(search, "inDate", "in_date", 1) + "&lat=bad", 200, nil}, // the first lat counts
		{"GET", "/search", 400, []string{"missing parameter inDate", "missing parameter outDate", "missing parameter lat", "missing parameter lon"}},
		{"GET", "/recommend?require=best&lat=37.7&lon=-122.4", 400, []string{`require="best"`, "dis, rate or price"}},
		{"GET", "/recommend?lat=37.7&lon=-122.4", 400, []string{"missing parameter require"}},
		{"GET", "/recommend?recommendation_type=cheapest&lat=37.7&lon=-122.4", 400, []string{`recommendation_type="cheapest"`}},
		{"POST", "/login?username=&password=x", 400, []string{`username=""`, "empty"}},
		{"POST", "/login?username=TUDelft_1", 400, []string{"missing parameter password"}},
		{"POST", "/login?username=TUDelft_500&password=random_password", 404, []string{`user "TUDelft_500" not found`}},
		{"POST", "/user?username=nobody&password=x", 404, []string{`user "nobody" not found`}},
		{"POST", reserve + "&number=0", 400, []string{`number="0"`, "positive"}},
		{"POST", reserve + "&number=two", 400, []string{`number="two"`}},
		{"POST", strings.Replace(reserve, "hotelId=1", "hotelId=81", 1), 404, []string{`hotel "81" not found`}},
		{"POST", strings.Replace(reserve, "&customerName=c", "", 1), 400, []string{"missing parameter customerName"}},
		{"POST", strings.Replace(reserve, "username=TUDelft_1", "username=TUDelft_777", 1), 404, []string{`user "TUDelft_777" not found`}},
		{"POST", "/search?" + strings.SplitN(search, "?", 2)[1], 405, []string{"POST", "GET"}},
		{"PUT", "/recommendations?require=dis&lat=1&lon=1", 405, []string{"PUT"}},
		{"DELETE", reserve, 405, []string{"DELETE", "GET, POST"}},
		{"GET", "/nowhere", 404, nil},
	} {
		status, body := do(t, tc.method, srv.URL+tc.target)
		if status != tc.status {
			t.Errorf("%s %s: status %d (%q), want %d", tc.method, tc.target, status, body, tc.status)
			continue
		}
		for _, w := range tc.want {
			if !strings.Contains(body, w) {
				t.Errorf("%s %s: answer %q does not contain %q", tc.method, tc.target, body, w)
			}
		}
	}
	req, _ := http.NewRequest("PATCH", srv.URL+"/login", nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if got := resp.Header.Get("Allow"); resp.StatusCode != 405 || got != "GET, POST" {
		t.Errorf("PATCH /login: %d with Allow %q", resp.StatusCode, got)
	}
}

// TestReserveOverCapacity fills hotel 1 (200 rooms) and checks that a
// reservation overlapping the full stay is refused with DeathStar's
// message and booked nothing, while a later stay, a wrong password and a
// login get theirs.
func TestReserveOverCapacity(t *testing.T) {
	srv, c := newServer(t, 2)
	ctx := context.Background()
	reserve := func(in, out, password string, rooms int) string {
		t.Helper()
		method, target, err := frontend.RequestURL(srv.URL, hotel.Request{Kind: hotel.ReserveRequest, InDate: in, OutDate: out,
			HotelID: "1", Username: "TUDelft_7", Password: password, Customer: "TUDelft_7", Rooms: rooms})
		if err != nil {
			t.Fatal(err)
		}
		status, body := do(t, method, target)
		if status != 200 {
			t.Fatalf("reserve %s..%s x%d: %d %q", in, out, rooms, status, body)
		}
		return message(t, body)
	}
	for _, tc := range []struct {
		in, out, password string
		rooms             int
		want              string
	}{
		{"2015-04-10", "2015-04-12", hotel.UserPassword, 150, frontend.ReserveOK},
		{"2015-04-12", "2015-04-13", hotel.UserPassword, 50, frontend.ReserveOK},  // overlaps on the 12th: 200 in all
		{"2015-04-11", "2015-04-12", hotel.UserPassword, 1, frontend.NoRooms},     // 201
		{"2015-04-09", "2015-04-10", hotel.UserPassword, 51, frontend.NoRooms},    // 150 + 51
		{"2015-04-09", "2015-04-10", "wrong_password", 1, frontend.WrongPassword}, // not booked
		{"2015-04-09", "2015-04-10", hotel.UserPassword, 50, frontend.ReserveOK},  // 150 + 50
		{"2015-04-14", "2015-04-15", hotel.UserPassword, 201, frontend.NoRooms},   // more than the hotel has
		{"2015-04-14", "2015-04-15", hotel.UserPassword, 200, frontend.ReserveOK}, // exactly the capacity
		{"2015-04-13", "2015-04-14", hotel.UserPassword, 1, frontend.NoRooms},     // touches both ends
	} {
		if got := reserve(tc.in, tc.out, tc.password, tc.rooms); got != tc.want {
			t.Errorf("reserve %s..%s x%d: %q, want %q", tc.in, tc.out, tc.rooms, got, tc.want)
		}
	}
	s, err := hotel.NewReservationRef(c, "1").State(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Bookings) != 4 {
		t.Errorf("hotel 1 has %d bookings, want 4: %+v", len(s.Bookings), s.Bookings)
	}
	for target, want := range map[string]string{
		"/login?username=TUDelft_3&password=random_password": frontend.LoginOK,
		"/login?username=TUDelft_3&password=wrong_password":  frontend.WrongPassword,
	} {
		if status, body := do(t, "GET", srv.URL+target); status != 200 || message(t, body) != want {
			t.Errorf("GET %s: %d %q, want %q", target, status, body, want)
		}
	}
}

// TestRoundRobin checks that successive requests go to the partitions in
// turn, and that WithPartitionFunc overrides the choice.
func TestRoundRobin(t *testing.T) {
	const partitions = 3
	c := stateflowtest.NewLocal(t, hotel.StateflowProgram())
	if err := frontend.Load(context.Background(), c, partitions); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		opts []frontend.Option
		want string
	}{
		{nil, "recommend-service-0 recommend-service-1 recommend-service-2 recommend-service-0 recommend-service-1"},
		{[]frontend.Option{frontend.WithPartitionFunc(func(hotel.Request) int { return -1 })},
			"recommend-service-2 recommend-service-2 recommend-service-2 recommend-service-2 recommend-service-2"},
	} {
		rc := &recordingClient{Client: c}
		srv := httptest.NewServer(frontend.NewHandler(rc, partitions, tc.opts...))
		for range 5 {
			if status, body := do(t, "GET", srv.URL+"/recommend?require=price&lat=37.7&lon=-122.4"); status != 200 {
				t.Fatalf("recommend: %d %q", status, body)
			}
		}
		srv.Close()
		if got := strings.Join(rc.keys("Recommend"), " "); got != tc.want {
			t.Errorf("replicas called: %s, want %s", got, tc.want)
		}
	}
}

// recordingClient records the addresses its calls go to.
type recordingClient struct {
	stateflow.Client
	mu    sync.Mutex
	calls []stateflow.Address
}

// Call records addr and calls it.
func (r *recordingClient) Call(ctx context.Context, addr stateflow.Address, method string, args []byte) ([]byte, error) {
	r.mu.Lock()
	r.calls = append(r.calls, addr)
	r.mu.Unlock()
	return r.Client.Call(ctx, addr, method, args)
}

// keys returns the keys of the calls to entity, in order.
func (r *recordingClient) keys(entity string) []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	var keys []string
	for _, a := range r.calls {
		if a.Entity == entity {
			keys = append(keys, a.Key)
		}
	}
	return keys
}
