package workload

import (
	"context"
	"math"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stateflow-go/stateflow/bench/load"
	"github.com/stateflow-go/stateflow/examples/hotel"
)

func TestZipf(t *testing.T) {
	const n, draws = 1000, 200_000
	z := NewZipf(n, 0.99)
	r := rand.New(rand.NewPCG(1, 2))
	counts := make([]int, n)
	for range draws {
		v := z.Next(r)
		if v < 0 || v >= n {
			t.Fatalf("Next() = %d, outside [0, %d)", v, n)
		}
		counts[v]++
	}
	if p0, want := float64(counts[0])/draws, 1/z.zeta; math.Abs(p0-want) > 0.1*want {
		t.Errorf("P(0) = %.3f, want %.3f", p0, want)
	}
	// P(i) ∝ 1/(i+1)^0.99: rank 10 about a tenth as frequent as rank 1.
	if r := float64(counts[0]) / float64(counts[9]); r < 7 || r > 13 {
		t.Errorf("count(0)/count(9) = %.1f, want about 10", r)
	}
	if !(counts[0] > counts[1] && counts[1] > counts[10] && counts[10] > counts[500]) {
		t.Errorf("counts not decreasing with rank: %d %d %d %d", counts[0], counts[1], counts[10], counts[500])
	}
}

// fake is an in-memory system; lose makes every 50th update vanish.
type fake struct {
	mu   sync.Mutex
	vals map[string]int64
	lose bool
	n    int
}

func newFake() *fake { return &fake{vals: map[string]int64{}} }

func (f *fake) Name() string { return "fake" }
func (f *fake) Close() error { return nil }

func (f *fake) CreateCounters(ctx context.Context, keys []string) error {
	return f.OpenAccounts(ctx, keys, 0)
}

func (f *fake) Add(ctx context.Context, key string, delta int64) (int64, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.n++
	if !f.lose || f.n%50 != 0 {
		f.vals[key] += delta
	}
	return f.vals[key], nil
}

func (f *fake) Value(ctx context.Context, key string) (int64, error) { return f.Balance(ctx, key) }

func (f *fake) OpenAccounts(ctx context.Context, keys []string, balance int64) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, k := range keys {
		f.vals[k] = balance
	}
	return nil
}

func (f *fake) Transfer(ctx context.Context, from, to string, amount int64) (bool, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.vals[from] < amount && !f.lose {
		return false, nil
	}
	f.n++
	f.vals[from] -= amount
	if !f.lose || f.n%50 != 0 {
		f.vals[to] += amount
	}
	return true, nil
}

func (f *fake) Balance(ctx context.Context, key string) (int64, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.vals[key], nil
}

func run(t *testing.T, w Workload, sys *fake) Verdict {
	t.Helper()
	ctx := context.Background()
	op, err := w.Setup(ctx, sys, 4)
	if err != nil {
		t.Fatal(err)
	}
	r, err := load.Closed(ctx, load.Config{Concurrency: 4, Duration: 100 * time.Millisecond}, op)
	if err != nil || r.Count == 0 || r.Errors != 0 {
		t.Fatalf("run: %v, %d ok, %d errors", err, r.Count, r.Errors)
	}
	v, err := w.Check(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestCountersCheck(t *testing.T) {
	for _, dist := range []string{Uniform, ZipfKeys, HotKey} {
		if v := run(t, &Counters{Prefix: "c", Keys: 100, Dist: dist}, newFake()); !v.OK {
			t.Errorf("%s on a correct system: %s", dist, v.Detail)
		}
		if v := run(t, &Counters{Prefix: "c", Keys: 100, Dist: dist}, &fake{vals: map[string]int64{}, lose: true}); v.OK {
			t.Errorf("%s on a system losing adds passed: %s", dist, v.Detail)
		}
	}
}

func TestBankCheck(t *testing.T) {
	v := run(t, &Bank{Prefix: "a", Accounts: 10, Balance: 100, MaxAmount: 50}, newFake())
	if !v.OK || !strings.Contains(v.Detail, "intact") {
		t.Errorf("correct system: %s", v.Detail)
	}
	if v.Metrics["accepted"] == 0 || v.Metrics["refused"] == 0 {
		t.Errorf("metrics %v, want both accepted and refused transfers", v.Metrics)
	}
	v = run(t, &Bank{Prefix: "a", Accounts: 10, Balance: 100, MaxAmount: 50}, &fake{vals: map[string]int64{}, lose: true})
	if v.OK || !strings.Contains(v.Detail, "BROKEN") {
		t.Errorf("system losing money passed: %s", v.Detail)
	}
}

func TestEntityCalls(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	var calls, n float64
	for range 100_000 {
		calls += float64(entityCalls(hotel.NextRequest(r)))
		n++
	}
	// 0.6×4 + 0.39×2 + 0.005×1 + 0.005×(1 + 2/3×500/501)
	if got := calls / n; math.Abs(got-3.1883) > 0.02 {
		t.Errorf("%.3f calls per request, want about 3.19", got)
	}
}
