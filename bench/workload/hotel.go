package workload

import (
	"context"
	"errors"
	"fmt"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/bench/load"
	"github.com/stateflow-go/stateflow/bench/system"
	"github.com/stateflow-go/stateflow/examples/hotel"
)

// HotelMix is the hotel application's request mix (hotel.NextRequest). The
// data set is loaded on a system's first Setup; later runs on the same
// system reuse it.
type HotelMix struct {
	Seed uint64

	sys     system.System
	loaded  map[system.System]bool
	before  int64
	counted bool
	kinds   []kindCounts
}

// kindCounts is one worker's count of requests (warmup included) and of
// the entity calls they made, by kind.
type kindCounts struct {
	requests [4]int64
	calls    int64
	_        [24]byte
}

// Name returns "hotel".
func (h *HotelMix) Name() string { return "hotel" }

// Setup loads the data set if this system has not got it yet.
func (h *HotelMix) Setup(ctx context.Context, sys system.System, workers int) (load.Op, error) {
	hs, ok := sys.(Hotel)
	if !ok {
		return nil, ErrNotImplemented
	}
	if h.loaded == nil {
		h.loaded = map[system.System]bool{}
	}
	if !h.loaded[sys] {
		if err := hs.LoadHotel(ctx); err != nil {
			return nil, fmt.Errorf("load the hotel data set: %w", err)
		}
		h.loaded[sys] = true
	}
	h.sys, h.kinds, h.counted = sys, make([]kindCounts, workers), false
	if ec, ok := sys.(EventCounter); ok {
		n, err := ec.Events()
		if err != nil {
			return nil, fmt.Errorf("count events: %w", err)
		}
		h.before, h.counted = n, true
	}
	rs := sources(h.Seed, workers)
	return func(ctx context.Context, w int) error {
		req := hotel.NextRequest(rs[w])
		k := &h.kinds[w]
		k.requests[req.Kind]++
		k.calls += entityCalls(req)
		err := hs.HotelRequest(ctx, w, req)
		if err != nil && errors.Is(err, stateflow.ErrNotFound) && req.Username == hotel.UserName(hotel.Users) {
			return nil // the workload asks for one user beyond the data set
		}
		return err
	}, nil
}

// entityCalls is the number of entity operations req makes through the
// frontend: a search calls Search.Nearby, which calls Geo.Nearest and
// Rate.GetRates, then Profile.GetProfiles; a recommendation
// Recommend.Recommend and Profile.GetProfiles; a login User.CheckUser; a
// reservation User.CheckUser and, when the password is right,
// Reservation.MakeReservation.
func entityCalls(req hotel.Request) int64 {
	switch req.Kind {
	case hotel.SearchRequest:
		return 4
	case hotel.RecommendRequest:
		return 2
	case hotel.LoginRequest:
		return 1
	case hotel.ReserveRequest:
		if req.Password == hotel.UserPassword && req.Username != hotel.UserName(hotel.Users) {
			return 2
		}
		return 1
	}
	return 0
}

// Check reports the mix and the calls per request; it finds no errors of
// its own (failed requests are the run's errors).
func (h *HotelMix) Check(ctx context.Context) (Verdict, error) {
	var reqs [4]int64
	var total, calls int64
	for i := range h.kinds {
		for k, n := range h.kinds[i].requests {
			reqs[k] += n
			total += n
		}
		calls += h.kinds[i].calls
	}
	if total == 0 {
		return Verdict{OK: true, Detail: "no requests"}, nil
	}
	m := map[string]float64{"calls_per_request": float64(calls) / float64(total)}
	detail := fmt.Sprintf("%d requests (search %d, recommend %d, login %d, reserve %d), %.2f entity calls per request (from the kinds)",
		total, reqs[hotel.SearchRequest], reqs[hotel.RecommendRequest], reqs[hotel.LoginRequest], reqs[hotel.ReserveRequest],
		m["calls_per_request"])
	if h.counted {
		n, err := h.sys.(EventCounter).Events()
		if err != nil {
			return Verdict{}, fmt.Errorf("count events: %w", err)
		}
		m["events_per_request"] = float64(n-h.before) / float64(total)
		detail += fmt.Sprintf(", %.2f events per request (counted by the runtime)", m["events_per_request"])
	}
	return Verdict{OK: true, Detail: detail, Metrics: m}, nil
}
