package frontend_test

import (
	"io"
	"math/rand/v2"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/stateflow-go/stateflow/examples/hotel"
	"github.com/stateflow-go/stateflow/examples/hotel/frontend"
)

// TestAliases checks that DeathStar's paths, the StateFlow port's
// parameter names and a POST form body give the same answers as the URLs
// of RequestURL.
func TestAliases(t *testing.T) {
	srv, _ := newServer(t, 1)
	search := hotel.Request{Kind: hotel.SearchRequest, InDate: "2015-04-09", OutDate: "2015-04-10", Lat: 37.7867, Lon: -122.4112}
	recommend := hotel.Request{Kind: hotel.RecommendRequest, Recommend: hotel.ByDistance, Lat: 37.7867, Lon: -122.4112}
	login := hotel.Request{Kind: hotel.LoginRequest, Username: "TUDelft_2", Password: hotel.UserPassword}
	for _, tc := range []struct {
		req    hotel.Request
		method string
		target string
		form   string // a POST body
	}{
		{search, "GET", "/hotels?inDate=2015-04-09&outDate=2015-04-10&lat=37.7867&lon=-122.4112", ""},
		{search, "GET", "/search?in_date=2015-04-09&out_date=2015-04-10&lat=37.7867&lon=-122.4112", ""},
		{recommend, "GET", "/recommendations?require=dis&lat=37.7867&lon=-122.4112", ""},
		{recommend, "GET", "/recommend?recommendation_type=DISTANCE&lat=37.7867&lon=-122.4112", ""},
		{login, "POST", "/user", "username=TUDelft_2&password=random_password"},
		{login, "GET", "/login?username=TUDelft_2&password=random_password", ""},
	} {
		method, target, err := frontend.RequestURL(srv.URL+"/", tc.req)
		if err != nil {
			t.Fatal(err)
		}
		wantStatus, want := do(t, method, target)
		if wantStatus != 200 {
			t.Fatalf("%s %s: %d %q", method, target, wantStatus, want)
		}
		body := strings.NewReader(tc.form)
		req, err := http.NewRequest(tc.method, srv.URL+tc.target, body)
		if err != nil {
			t.Fatal(err)
		}
		if tc.form != "" {
			req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		got := readAll(t, resp)
		if resp.StatusCode != 200 || got != want {
			t.Errorf("%s %s %s: %d %q, want %q", tc.method, tc.target, tc.form, resp.StatusCode, got, want)
		}
	}
	if _, _, err := frontend.RequestURL(srv.URL, hotel.Request{Kind: 9}); err == nil {
		t.Error("RequestURL of an unknown kind succeeded")
	}
	// A reservation through DeathStar's path with a form body books.
	resp, err := http.PostForm(srv.URL+"/reservation", url.Values{"inDate": {"2015-04-09"}, "outDate": {"2015-04-11"},
		"hotelId": {"5"}, "customerName": {"Bob"}, "username": {"TUDelft_9"}, "password": {hotel.UserPassword}, "number": {"3"}})
	if err != nil {
		t.Fatal(err)
	}
	if body := readAll(t, resp); resp.StatusCode != 200 || message(t, body) != frontend.ReserveOK {
		t.Errorf("POST /reservation: %d %q", resp.StatusCode, body)
	}
}

// TestJunkParameters sends 2,000 requests with parameters drawn from valid
// and malformed values and checks that each is answered 200, 400 or 404,
// never with a server error.
func TestJunkParameters(t *testing.T) {
	srv, _ := newServer(t, 2)
	r := rand.New(rand.NewPCG(5, 6))
	values := map[string][]string{
		"inDate":       {"2015-04-09", "2015-04-12", "2015-02-30", "", "x", "2015-04-09T00:00:00Z", "9999-12-31"},
		"outDate":      {"2015-04-10", "2015-04-24", "0000-01-01", "", "24", "2015-13-01"},
		"lat":          {"37.78", "-90", "90.0001", "", "1e308", "-Inf", "0x1p-2", "nan", "38"},
		"lon":          {"-122.41", "180", "", "abc", "1e-320", "+Inf"},
		"require":      {"dis", "RATE", "Price", "", "none"},
		"username":     {"TUDelft_0", "TUDelft_500", "", "\x00", "a/b", strings.Repeat("x", 300)},
		"password":     {hotel.UserPassword, "wrong_password", ""},
		"hotelId":      {"1", "80", "0", "81", "", "../1", "4"},
		"customerName": {"c", "", "é"},
		"number":       {"1", "0", "-1", "200", "301", "99999999999999999999", "x", ""},
	}
	statuses := map[int]int{}
	paths := []string{"/search", "/recommend", "/login", "/reserve", "/hotels", "/recommendations", "/user", "/reservation"}
	for range 2000 {
		v := url.Values{}
		for name, vs := range values {
			if r.IntN(5) > 0 {
				v.Set(name, vs[r.IntN(len(vs))])
			}
		}
		path := paths[r.IntN(len(paths))]
		method := "GET"
		if strings.HasPrefix(path, "/user") || strings.HasPrefix(path, "/reserv") || strings.HasPrefix(path, "/login") {
			method = "POST"
		}
		status, body := do(t, method, srv.URL+path+"?"+v.Encode())
		if status != 200 && status != 400 && status != 404 {
			t.Fatalf("%s %s?%s: %d %q", method, path, v.Encode(), status, body)
		}
		statuses[status]++
	}
	if statuses[200] == 0 || statuses[400] == 0 || statuses[404] == 0 {
		t.Errorf("statuses answered: %v", statuses)
	}
}

// readAll returns the body of resp and closes it.
func readAll(t *testing.T, resp *http.Response) string {
	t.Helper()
	defer resp.Body.Close()
	var b strings.Builder
	if _, err := io.Copy(&b, resp.Body); err != nil {
		t.Fatal(err)
	}
	return b.String()
}
