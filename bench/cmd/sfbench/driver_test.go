package main

import (
	"context"
	"errors"
	"io"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stateflow-go/stateflow/bench/stateflowsys"
	"github.com/stateflow-go/stateflow/bench/system"
)

// faulty is an in-memory system with Counters and Bank whose faults are
// chosen by the test: failing adds, or transfers that lose money.
type faulty struct {
	mu        sync.Mutex
	vals      map[string]int64
	n         int
	failAdds  bool
	loseMoney bool
}

func (f *faulty) Name() string { return "faulty" }
func (f *faulty) Close() error { return nil }

func (f *faulty) CreateCounters(ctx context.Context, keys []string) error {
	return f.OpenAccounts(ctx, keys, 0)
}

func (f *faulty) Add(ctx context.Context, key string, delta int64) (int64, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.n++; f.failAdds && f.n%100 == 0 {
		return 0, errors.New("injected failure")
	}
	f.vals[key] += delta
	return f.vals[key], nil
}

func (f *faulty) Value(ctx context.Context, key string) (int64, error) { return f.Balance(ctx, key) }

func (f *faulty) OpenAccounts(ctx context.Context, keys []string, balance int64) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, k := range keys {
		f.vals[k] = balance
	}
	return nil
}

func (f *faulty) Transfer(ctx context.Context, from, to string, amount int64) (bool, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.vals[from] < amount {
		return false, nil
	}
	f.vals[from] -= amount
	if f.n++; !f.loseMoney || f.n%100 != 0 {
		f.vals[to] += amount
	}
	return true, nil
}

func (f *faulty) Balance(ctx context.Context, key string) (int64, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.vals[key], nil
}

func smoke(t *testing.T, sys *faulty) []string {
	t.Helper()
	sys.vals = map[string]int64{}
	o := options{systems: []string{"faulty"}, smoke: true, duration: 100 * time.Millisecond}
	d := newDriver(o, io.Discard)
	r := d.runAll(context.Background(), map[string]system.Factory{
		"faulty": func(context.Context, system.Config) (system.System, error) { return sys, nil },
	})
	if len(r.Points) == 0 {
		t.Fatal("no points ran")
	}
	return d.problems(r)
}

func TestSmokeFailsOnErrorsAndBrokenChecks(t *testing.T) {
	if p := smoke(t, &faulty{}); len(p) != 0 {
		t.Errorf("a correct system has problems: %v", p)
	}
	p := smoke(t, &faulty{failAdds: true})
	if len(p) == 0 || !strings.Contains(strings.Join(p, "\n"), "injected failure") {
		t.Errorf("failing adds not reported: %v", p)
	}
	p = smoke(t, &faulty{loseMoney: true})
	if len(p) == 0 || !strings.Contains(strings.Join(p, "\n"), "invariant BROKEN") {
		t.Errorf("lost money not reported: %v", p)
	}
}

func TestParse(t *testing.T) {
	o, err := parse([]string{"-smoke", "-systems", stateflowsys.Local}, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if len(o.systems) != 1 || o.out != "" || o.docs != "" || o.duration >= time.Second {
		t.Errorf("smoke options %+v: want one system, no outputs, a short duration", o)
	}
	if _, err := parse([]string{"-systems", "nosuch"}, io.Discard); err == nil {
		t.Error("an unknown system was accepted")
	}
}
