package stateflowsys

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/bench/programs/counter"
	"github.com/stateflow-go/stateflow/examples/bank"
	"github.com/stateflow-go/stateflow/examples/hotel"
	"github.com/stateflow-go/stateflow/examples/hotel/frontend"
)

// setupWorkers is the number of concurrent creates while setting up.
const setupWorkers = 32

// transferRetries bounds the retries of a transfer broken to resolve a
// deadlock between transfers waiting for each other's accounts.
const transferRetries = 20

// forEach calls fn for every key, setupWorkers at a time, and returns the
// first error.
func forEach(ctx context.Context, keys []string, fn func(ctx context.Context, key string) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	next := make(chan string)
	var once sync.Once
	var first error
	var wg sync.WaitGroup
	for range min(setupWorkers, len(keys)) {
		wg.Go(func() {
			for k := range next {
				if err := fn(ctx, k); err != nil {
					once.Do(func() { first = fmt.Errorf("%s: %w", k, err); cancel() })
				}
			}
		})
	}
	for _, k := range keys {
		select {
		case next <- k:
		case <-ctx.Done():
		}
	}
	close(next)
	wg.Wait()
	if first == nil {
		first = ctx.Err()
	}
	return first
}

// CreateCounters creates a Counter entity for each key.
func (s *System) CreateCounters(ctx context.Context, keys []string) error {
	return forEach(ctx, keys, func(ctx context.Context, k string) error {
		_, err := counter.CreateCounter(ctx, s.counters.client, k)
		return err
	})
}

// Add calls Counter.Add.
func (s *System) Add(ctx context.Context, key string, delta int64) (int64, error) {
	return counter.NewCounterRef(s.counters.client, key).Add(ctx, delta)
}

// Value calls Counter.Get.
func (s *System) Value(ctx context.Context, key string) (int64, error) {
	return counter.NewCounterRef(s.counters.client, key).Get(ctx)
}

// CreateBlobs creates a Blob entity of size bytes for each key.
func (s *System) CreateBlobs(ctx context.Context, keys []string, size int) error {
	return forEach(ctx, keys, func(ctx context.Context, k string) error {
		_, err := counter.CreateBlob(ctx, s.counters.client, k, size)
		return err
	})
}

// Touch calls Blob.Touch.
func (s *System) Touch(ctx context.Context, key string) (int64, error) {
	return counter.NewBlobRef(s.counters.client, key).Touch(ctx)
}

// OpenAccounts creates a bank Account for each key.
func (s *System) OpenAccounts(ctx context.Context, keys []string, balance int64) error {
	return forEach(ctx, keys, func(ctx context.Context, k string) error {
		_, err := bank.CreateAccount(ctx, s.bank.client, k, "bench", int(balance))
		return err
	})
}

// Transfer calls Account.Transfer, a split method: the withdrawal runs on
// from, the deposit is a remote call to to, and from stays held until the
// deposit answers. A shortage of funds is reported as false. A transfer
// broken to resolve a deadlock moved nothing (its withdrawal is undone)
// and is retried. A transfer to the same account moves nothing and
// reports whether the balance covers the amount.
func (s *System) Transfer(ctx context.Context, from, to string, amount int64) (bool, error) {
	if from == to {
		b, err := s.Balance(ctx, from)
		return err == nil && b >= amount, err
	}
	src, dst := bank.NewAccountRef(s.bank.client, from), bank.NewAccountRef(s.bank.client, to)
	for range transferRetries {
		err := src.Transfer(ctx, dst, int(amount))
		if err == nil {
			return true, nil
		}
		var op *stateflow.OpError
		if !errors.As(err, &op) {
			return false, err
		}
		switch {
		case strings.Contains(op.Message, "less than"):
			return false, nil
		case strings.Contains(op.Message, "deadlock"):
			continue
		}
		return false, err
	}
	return false, fmt.Errorf("transfer %s → %s: still deadlocked after %d attempts", from, to, transferRetries)
}

// Balance reads the account's state.
func (s *System) Balance(ctx context.Context, key string) (int64, error) {
	a, err := bank.NewAccountRef(s.bank.client, key).State(ctx)
	if err != nil {
		return 0, err
	}
	return int64(a.Balance), nil
}

// LoadHotel loads the hotel data set with HotelPartitions replicas.
func (s *System) LoadHotel(ctx context.Context) error {
	return frontend.Load(ctx, s.hotel.client, HotelPartitions)
}

// HotelRequest runs req as the hotel application's frontend does. On HTTP
// it is sent to the frontend's endpoint (frontend.NewHandler), served by
// the same server as the entities, which calls the runtime in process; in
// process, frontend.Execute calls the runtime directly. The replicas are
// those of the worker's partition.
func (s *System) HotelRequest(ctx context.Context, worker int, req hotel.Request) error {
	if s.hotel.base == "" {
		return frontend.Execute(ctx, s.hotel.client, worker%HotelPartitions, req)
	}
	hr, err := frontend.NewRequest(ctx, s.hotel.base, req)
	if err != nil {
		return err
	}
	resp, err := s.hotel.http.Do(hr)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return fmt.Errorf("%s: read the answer: %w", req.Kind, err)
	}
	switch resp.StatusCode {
	case http.StatusOK:
		return nil
	case http.StatusNotFound:
		return fmt.Errorf("%s: %s: %w", req.Kind, strings.TrimSpace(string(body)), stateflow.ErrNotFound)
	}
	return fmt.Errorf("%s: status %d: %s", req.Kind, resp.StatusCode, strings.TrimSpace(string(body)))
}

// hotelFrontend is the hotel application's HTTP front end over c, at its
// four paths.
func hotelFrontend(c stateflow.Client) map[string]http.Handler {
	h := frontend.NewHandler(c, HotelPartitions)
	return map[string]http.Handler{frontend.SearchPath: h, frontend.RecommendPath: h, frontend.LoginPath: h, frontend.ReservePath: h}
}
