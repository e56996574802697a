package main

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/stateflow-go/stateflow/examples/hotel"
	"github.com/stateflow-go/stateflow/examples/hotel/frontend"
)

// serve runs the command with args until the returned stop is called.
func serve(t *testing.T, args ...string) (base string, stop func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	addrs := make(chan string, 1)
	done := make(chan error, 1)
	go func() { done <- run(ctx, args, io.Discard, func(addr string) { addrs <- addr }) }()
	select {
	case addr := <-addrs:
		return "http://" + addr, func() {
			cancel()
			if err := <-done; err != nil {
				t.Errorf("run: %v", err)
			}
		}
	case err := <-done:
		cancel()
		t.Fatalf("run: %v", err)
	}
	return "", nil
}

// send sends req through RequestURL and returns the status and body.
func send(t *testing.T, base string, req hotel.Request) (int, string) {
	t.Helper()
	method, target, err := frontend.RequestURL(base, req)
	if err != nil {
		t.Fatal(err)
	}
	r, err := http.NewRequest(method, target, nil)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.DefaultClient.Do(r)
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

// TestServeAndRestart serves the front end on a new database, books a
// stay, restarts on the same database with more replicas and checks that
// the booking was kept and that the new replicas answer.
func TestServeAndRestart(t *testing.T) {
	dir := t.TempDir()
	base, stop := serve(t, "-addr", "127.0.0.1:0", "-data", dir, "-replicas", "1", "-nosync")
	search := hotel.Request{Kind: hotel.SearchRequest, InDate: "2015-04-09", OutDate: "2015-04-10", Lat: 37.7867, Lon: -122.4112}
	status, body := send(t, base, search)
	var fc frontend.FeatureCollection
	if err := json.Unmarshal([]byte(body), &fc); status != 200 || err != nil || len(fc.Features) != 4 || fc.Features[0].ID != "1" {
		t.Fatalf("search: %d %q", status, body)
	}
	reserve := hotel.Request{Kind: hotel.ReserveRequest, InDate: "2015-04-09", OutDate: "2015-04-10", HotelID: "2",
		Username: "TUDelft_1", Password: hotel.UserPassword, Customer: "TUDelft_1", Rooms: 200}
	if status, body := send(t, base, reserve); status != 200 || !strings.Contains(body, frontend.ReserveOK) {
		t.Fatalf("reserve: %d %q", status, body)
	}
	stop()

	base, stop = serve(t, "-addr", "127.0.0.1:0", "-data", dir, "-replicas", "3", "-nosync")
	defer stop()
	reserve.Rooms = 1
	if status, body := send(t, base, reserve); status != 200 || !strings.Contains(body, frontend.NoRooms) {
		t.Fatalf("reserve after restart: %d %q, want %q", status, body, frontend.NoRooms)
	}
	for range 3 { // round-robin over the three replicas, two of them new
		if status, body := send(t, base, search); status != 200 || !strings.Contains(body, `"id":"6"`) {
			t.Fatalf("search after restart: %d %q", status, body)
		}
	}
}

// TestFlags checks that bad flags are refused before anything is opened.
func TestFlags(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{nil, "-data is required"},
		{[]string{"-data", t.TempDir(), "-replicas", "0"}, "-replicas=0"},
		{[]string{"-data", t.TempDir(), "extra"}, "unexpected arguments"},
		{[]string{"-nope"}, "not defined"},
	} {
		err := run(context.Background(), tc.args, io.Discard, nil)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("run %q: %v, want an error containing %q", tc.args, err, tc.want)
		}
	}
}
