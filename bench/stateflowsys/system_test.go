package stateflowsys

import (
	"context"
	"errors"
	"testing"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/bench/peers/peertest"
	"github.com/stateflow-go/stateflow/bench/system"
	"github.com/stateflow-go/stateflow/examples/hotel"
)

func start(t *testing.T, name string) *System {
	t.Helper()
	s, err := Factories()[name](context.Background(), system.Config{Dir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Error(err)
		}
	})
	return s.(*System)
}

// TestConformance runs the peers' conformance checks on every StateFlow
// system.
func TestConformance(t *testing.T) {
	for _, name := range []string{Local, Embedded, EmbeddedHTTP, KafkaFake} {
		t.Run(name, func(t *testing.T) {
			s := start(t, name)
			if s.Name() != name {
				t.Errorf("Name() = %q", s.Name())
			}
			t.Run("counters", func(t *testing.T) { peertest.RunCounters(t, s) })
			t.Run("bank", func(t *testing.T) { peertest.RunBank(t, s) })
			t.Run("blobs", func(t *testing.T) { peertest.RunBlobs(t, s) })
		})
	}
}

// TestHotelCountsEvents runs hotel requests of each kind over HTTP and
// checks that the runtime counts their events.
func TestHotelCountsEvents(t *testing.T) {
	ctx := context.Background()
	s := start(t, EmbeddedHTTP)
	if err := s.LoadHotel(ctx); err != nil {
		t.Fatal(err)
	}
	before, err := s.Events()
	if err != nil {
		t.Fatal(err)
	}
	search := hotel.Request{Kind: hotel.SearchRequest, Lat: 38.0235, Lon: -122.095, InDate: "2015-04-09", OutDate: "2015-04-10"}
	if err := s.HotelRequest(ctx, 0, search); err != nil {
		t.Fatal(err)
	}
	after, err := s.Events()
	if err != nil {
		t.Fatal(err)
	}
	// Search.Nearby, Geo.Nearest, its resumption, Rate.GetRates, its
	// resumption and Profile.GetProfiles: at least four calls.
	if n := after - before; n < 4 {
		t.Errorf("a search executed %d events, want at least 4", n)
	}
	unknown := hotel.Request{Kind: hotel.LoginRequest, Username: hotel.UserName(hotel.Users), Password: hotel.UserPassword}
	if err := s.HotelRequest(ctx, 1, unknown); !errors.Is(err, stateflow.ErrNotFound) {
		t.Errorf("login of an unknown user: %v, want ErrNotFound", err)
	}
}
