package embedded_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/internal/testprog"
	"github.com/stateflow-go/stateflow/runtimes/embedded"
	"github.com/stateflow-go/stateflow/store"
	"github.com/stateflow-go/stateflow/store/memstore"
	"github.com/stateflow-go/stateflow/wire"
)

func open(t *testing.T, dir string, opts ...embedded.Option) *embedded.Runtime {
	t.Helper()
	rt, err := embedded.Open(testprog.Program(), dir, opts...)
	if err != nil {
		t.Fatal(err)
	}
	return rt
}

func deposit(t *testing.T, ctx context.Context, c stateflow.Client, key string, n int) int {
	t.Helper()
	res, err := c.Call(ctx, usr(key), "Deposit", intArg(n))
	if err != nil {
		t.Fatalf("Deposit(%d): %v", n, err)
	}
	d := wire.NewDecoder(res)
	return int(d.Int())
}

func balance(t *testing.T, c stateflow.Client, key string) int {
	t.Helper()
	b, err := c.State(t.Context(), usr(key))
	if err != nil {
		t.Fatal(err)
	}
	v, err := testprog.Program().Entity("User").DecodeState(b)
	if err != nil {
		t.Fatal(err)
	}
	return v.(*testprog.User).Balance
}

// States and the replies kept for idempotency keys survive a restart.
func TestRestart(t *testing.T) {
	dir := t.TempDir()
	ctx := t.Context()
	rt := open(t, dir)
	if _, err := rt.Create(ctx, "User", user("u1", 10)); err != nil {
		t.Fatal(err)
	}
	keyed := stateflow.WithIdempotencyKey(ctx, "d1")
	if got := deposit(t, keyed, rt, "u1", 5); got != 15 {
		t.Fatalf("Deposit = %d, want 15", got)
	}
	if err := rt.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := rt.Call(ctx, usr("u1"), "Deposit", intArg(1)); !errors.Is(err, embedded.ErrClosed) {
		t.Errorf("Call after Close: %v, want ErrClosed", err)
	}
	if err := rt.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}

	rt = open(t, dir, embedded.WithPartitions(3))
	defer rt.Close()
	if got := deposit(t, keyed, rt, "u1", 5); got != 15 {
		t.Errorf("retry after restart = %d, want the first answer 15", got)
	}
	if got := balance(t, rt, "u1"); got != 15 {
		t.Errorf("balance %d after restart and retry, want 15", got)
	}
	if _, err := rt.Call(keyed, usr("u1"), "Deposit", intArg(6)); !errors.Is(err, stateflow.ErrIdempotencyConflict) {
		t.Errorf("another request with the key after restart: %v, want ErrIdempotencyConflict", err)
	}
	if got := deposit(t, ctx, rt, "u1", 1); got != 16 {
		t.Errorf("Deposit(1) = %d, want 16", got)
	}
}

// Replies are kept for the retention, then a retry runs again.
func TestReplyRetention(t *testing.T) {
	rt := open(t, t.TempDir(), embedded.WithReplyRetention(30*time.Millisecond))
	defer rt.Close()
	ctx := t.Context()
	if _, err := rt.Create(ctx, "User", user("u1", 0)); err != nil {
		t.Fatal(err)
	}
	keyed := stateflow.WithIdempotencyKey(ctx, "d")
	deposit(t, keyed, rt, "u1", 1)
	if got := deposit(t, keyed, rt, "u1", 1); got != 1 {
		t.Fatalf("retry within the retention = %d, want the first answer 1", got)
	}
	deadline := time.Now().Add(5 * time.Second)
	for deposit(t, keyed, rt, "u1", 1) == 1 {
		if time.Now().After(deadline) {
			t.Fatal("the reply was never dropped")
		}
		time.Sleep(10 * time.Millisecond)
	}
	if got := balance(t, rt, "u1"); got != 2 {
		t.Errorf("balance %d, want 2: the retry after the retention ran once more", got)
	}
}

// A full queue refuses requests at once with ErrOverloaded; nothing of
// them runs, and the queued ones complete.
func TestOverloaded(t *testing.T) {
	release := make(chan struct{})
	var armed sync.Once
	var blocking atomic.Bool
	reg := prometheus.NewRegistry()
	rt := open(t, t.TempDir(), embedded.WithPartitions(1), embedded.WithQueueLimit(2), embedded.WithRoundLimit(1),
		embedded.WithRegistry(reg), embedded.WithAfterCommit(func() {
			if blocking.Load() {
				armed.Do(func() { <-release })
			}
		}))
	defer rt.Close()
	ctx := t.Context()
	if _, err := rt.Create(ctx, "User", user("u1", 0)); err != nil {
		t.Fatal(err)
	}
	blocking.Store(true) // the next commit blocks until release
	results := make(chan error, 100)
	overloaded, spawned := 0, 0
	for range 50 {
		spawned++
		go func() {
			_, err := rt.Call(ctx, usr("u1"), "Deposit", intArg(1))
			results <- err
		}()
		select {
		case err := <-results:
			if !errors.Is(err, embedded.ErrOverloaded) {
				t.Fatalf("a call returned before the blocked commit: %v", err)
			}
			if !strings.Contains(err.Error(), "partition 0") {
				t.Errorf("overload error %q does not name the partition", err)
			}
			var ra interface{ RetryAfter() time.Duration }
			if !errors.As(err, &ra) || ra.RetryAfter() <= 0 {
				t.Errorf("overload error %q has no RetryAfter", err)
			}
			overloaded++
		case <-time.After(20 * time.Millisecond):
		}
		if overloaded > 0 {
			break
		}
	}
	if overloaded == 0 {
		t.Fatal("no call was refused with a full queue")
	}
	close(release)
	ok := spawned - overloaded
	for range ok {
		if err := <-results; err != nil {
			t.Errorf("queued call: %v", err)
		}
	}
	if got := balance(t, rt, "u1"); got != ok {
		t.Errorf("balance %d, want %d (one per call that was not refused)", got, ok)
	}
	if got := counter(t, reg, "stateflow_embedded_overloaded_total"); got != float64(overloaded) {
		t.Errorf("overloaded_total = %v, want %d", got, overloaded)
	}
}

// counter returns the value of a counter (or the count of a histogram, or
// the sum of the gauges) named name in reg.
func counter(t *testing.T, reg *prometheus.Registry, name string) float64 {
	t.Helper()
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
		v := 0.0
		for _, m := range mf.GetMetric() {
			switch {
			case m.GetCounter() != nil:
				v += m.GetCounter().GetValue()
			case m.GetHistogram() != nil:
				v += float64(m.GetHistogram().GetSampleCount())
			case m.GetGauge() != nil:
				v += m.GetGauge().GetValue()
			}
		}
		return v
	}
	t.Fatalf("no metric %s", name)
	return 0
}

// The metrics count events and commits and show each partition's queue.
func TestMetrics(t *testing.T) {
	reg := prometheus.NewRegistry()
	rt := open(t, t.TempDir(), embedded.WithRegistry(reg), embedded.WithPartitions(3))
	ctx := t.Context()
	if _, err := rt.Create(ctx, "User", user("u1", 0)); err != nil {
		t.Fatal(err)
	}
	for range 40 {
		deposit(t, ctx, rt, "u1", 1)
	}
	if got := counter(t, reg, "stateflow_embedded_events_total"); got < 42 {
		t.Errorf("events_total = %v, want at least 42 (two for the create, one per call)", got)
	}
	for _, h := range []string{"stateflow_embedded_commit_seconds", "stateflow_embedded_commit_events",
		"stateflow_embedded_commit_bytes", "stateflow_embedded_round_seconds"} {
		if got := counter(t, reg, h); got < 1 {
			t.Errorf("%s has %v samples", h, got)
		}
	}
	if got := counter(t, reg, "stateflow_embedded_step_seconds"); got < 1 {
		t.Errorf("step_seconds has %v samples, want some of the 42 steps", got)
	}
	mfs, _ := reg.Gather()
	depths := 0
	for _, mf := range mfs {
		if mf.GetName() == "stateflow_embedded_queue_depth" {
			depths = len(mf.GetMetric())
		}
	}
	if depths != 3 {
		t.Errorf("%d queue_depth gauges, want one per partition (3)", depths)
	}
	for _, mf := range mfs {
		switch mf.GetName() {
		case "stateflow_embedded_inflight_continuations", "stateflow_embedded_waiting_events":
			if v := mf.GetMetric()[0].GetGauge().GetValue(); v != 0 {
				t.Errorf("%s = %v with nothing in flight", mf.GetName(), v)
			}
			depths++
		}
	}
	if depths != 5 {
		t.Errorf("the in-flight gauges are missing")
	}
	if err := rt.Close(); err != nil {
		t.Fatal(err)
	}
	// Closing unregisters: a new runtime registers again.
	rt = open(t, t.TempDir(), embedded.WithRegistry(reg))
	rt.Close()
}

// Close lets the requests it admitted finish, refuses later ones, and
// keeps exactly what was acknowledged.
func TestGracefulClose(t *testing.T) {
	dir := t.TempDir()
	rt := open(t, dir)
	ctx := t.Context()
	if _, err := rt.Create(ctx, "User", user("u1", 0)); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	acked, refused := 0, 0
	for i := range 200 {
		wg.Go(func() {
			_, err := rt.Call(ctx, usr("u1"), "Deposit", intArg(1))
			mu.Lock()
			defer mu.Unlock()
			switch {
			case err == nil:
				acked++
			case errors.Is(err, embedded.ErrClosed):
				refused++
			default:
				t.Errorf("call %d: %v", i, err)
			}
		})
		if i == 100 {
			go rt.Close()
		}
	}
	wg.Wait()
	if err := rt.Close(); err != nil {
		t.Fatal(err)
	}
	if acked == 0 || refused == 0 {
		t.Logf("%d calls acknowledged, %d refused", acked, refused)
	}
	rt = open(t, dir)
	defer rt.Close()
	if got := balance(t, rt, "u1"); got != acked {
		t.Errorf("balance %d after reopening, want %d acknowledged deposits (%d refused)", got, acked, refused)
	}
}

// failingStore fails every Apply once failing is set.
type failingStore struct {
	*memstore.Store
	failing atomic.Bool
}

func (s *failingStore) Apply(b *store.Batch, sync bool) error {
	if s.failing.Load() {
		return errors.New("disk on fire")
	}
	return s.Store.Apply(b, sync)
}

// A failed commit stops the runtime: the request whose commit failed and
// every later one fail with ErrFailed naming the cause; nothing is
// answered as if it had been stored.
func TestCommitFailureStops(t *testing.T) {
	st := &failingStore{Store: memstore.New()}
	rt, err := embedded.New(testprog.Program(), st)
	if err != nil {
		t.Fatal(err)
	}
	ctx := t.Context()
	if _, err := rt.Create(ctx, "User", user("u1", 0)); err != nil {
		t.Fatal(err)
	}
	st.failing.Store(true)
	for i := range 3 {
		_, err := rt.Call(ctx, usr("u1"), "Deposit", intArg(1))
		if !errors.Is(err, embedded.ErrFailed) || !strings.Contains(err.Error(), "disk on fire") {
			t.Errorf("call %d after the store failed: %v, want ErrFailed naming the cause", i, err)
		}
	}
	if err := rt.Close(); !errors.Is(err, embedded.ErrFailed) {
		t.Errorf("Close = %v, want the failure", err)
	}
}

// With a tiny cache, states are evicted and read back from the store.
func TestSmallCache(t *testing.T) {
	rt := open(t, t.TempDir(), embedded.WithCacheLimit(2), embedded.WithPartitions(2))
	defer rt.Close()
	ctx := t.Context()
	const n = 40
	for i := range n {
		if _, err := rt.Create(ctx, "User", user(fmt.Sprint("u", i), i)); err != nil {
			t.Fatal(err)
		}
	}
	for round := 1; round <= 3; round++ {
		for i := range n {
			if got := deposit(t, ctx, rt, fmt.Sprint("u", i), 100); got != i+100*round {
				t.Fatalf("round %d: u%d.Deposit(100) = %d, want %d", round, i, got, i+100*round)
			}
		}
	}
}

// Two runtimes cannot share a registry; the second fails to open and
// leaves the first one's metrics registered.
func TestRegistryConflict(t *testing.T) {
	reg := prometheus.NewRegistry()
	rt := open(t, t.TempDir(), embedded.WithRegistry(reg))
	defer rt.Close()
	if _, err := embedded.Open(testprog.Program(), t.TempDir(), embedded.WithRegistry(reg)); err == nil || !strings.Contains(err.Error(), "metrics") {
		t.Fatalf("second runtime on the registry: %v, want an error about metrics", err)
	}
	if _, err := rt.Create(t.Context(), "User", user("u1", 0)); err != nil {
		t.Fatal(err)
	}
	if got := counter(t, reg, "stateflow_embedded_events_total"); got < 2 {
		t.Errorf("events_total = %v after the failed open, want the first runtime's count", got)
	}
}
