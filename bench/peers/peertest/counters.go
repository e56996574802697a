package peertest

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/stateflow-go/stateflow/bench/system"
)

// RunCounters checks c with concurrent Adds: every counter ends at the sum
// of its deltas and the values returned for one key are all distinct, as
// they are when Adds on a key run one at a time.
func RunCounters(t *testing.T, c system.Counters) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	const nkeys, workers, adds = 8, 16, 20
	keys := make([]string, nkeys)
	for i := range keys {
		keys[i] = fmt.Sprintf("c%d", i)
	}
	if err := c.CreateCounters(ctx, keys); err != nil {
		t.Fatalf("CreateCounters: %v", err)
	}
	for _, k := range keys {
		if v, err := c.Value(ctx, k); err != nil || v != 0 {
			t.Fatalf("Value(%s) after create = %d, %v; want 0", k, v, err)
		}
	}
	var mu sync.Mutex
	returned := make(map[string]map[int64]bool)
	want := make(map[string]int64)
	var wg sync.WaitGroup
	errs := make(chan error, workers)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < adds; i++ {
				k := keys[(w+i)%nkeys]
				delta := int64(w + 1)
				v, err := c.Add(ctx, k, delta)
				if err != nil {
					errs <- fmt.Errorf("Add(%s, %d): %w", k, delta, err)
					return
				}
				mu.Lock()
				if returned[k] == nil {
					returned[k] = make(map[int64]bool)
				}
				if returned[k][v] {
					mu.Unlock()
					errs <- fmt.Errorf("Add(%s) returned %d twice", k, v)
					return
				}
				returned[k][v] = true
				want[k] += delta
				mu.Unlock()
			}
		}(w)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	for _, k := range keys {
		v, err := c.Value(ctx, k)
		if err != nil {
			t.Fatalf("Value(%s): %v", k, err)
		}
		if v != want[k] {
			t.Errorf("Value(%s) = %d, want %d", k, v, want[k])
		}
		if !returned[k][v] {
			t.Errorf("final value %d of %s was never returned by Add", v, k)
		}
	}
}
