package embedded_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/internal/testprog"
	"github.com/stateflow-go/stateflow/ir"
	"github.com/stateflow-go/stateflow/runtimes/embedded"
	"github.com/stateflow-go/stateflow/runtimes/local"
	"github.com/stateflow-go/stateflow/store/memstore"
)

// mapClient is the baseline: the program's hooks over a map guarded by a
// mutex, with no events, routers, queues or store.
type mapClient struct {
	prog   *ir.Program
	mu     sync.Mutex
	states map[stateflow.Address][]byte
}

func (m *mapClient) Create(ctx context.Context, entity string, args []byte) (string, error) {
	e := m.prog.Entity(entity)
	s, err := e.DecodeState(args)
	if err != nil {
		return "", err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.states[stateflow.Address{Entity: entity, Key: e.Key(s)}] = args
	return e.Key(s), nil
}

func (m *mapClient) Call(ctx context.Context, addr stateflow.Address, method string, args []byte) ([]byte, error) {
	e := m.prog.Entity(addr.Entity)
	m.mu.Lock()
	defer m.mu.Unlock()
	s, err := e.DecodeState(m.states[addr])
	if err != nil {
		return nil, err
	}
	res, err := e.Method(method).Invoke(s, args, nil)
	if err != nil {
		return nil, err
	}
	m.states[addr] = e.EncodeState(nil, s)
	return res, nil
}

func (m *mapClient) State(ctx context.Context, addr stateflow.Address) ([]byte, error) {
	return nil, errors.New("not implemented")
}

// BenchmarkDurableCalls measures calls of one operation on one entity from
// concurrent callers, in process: calls per second and the p50 and p99
// latency of a call. "embedded" syncs every commit to disk; "embedded-mem"
// runs the same runtime on an in-memory store (no disk); "local" is the
// in-memory test runtime; "map" is a mutex and a map around the same
// generated hooks.
func BenchmarkDurableCalls(b *testing.B) {
	runtimes := []struct {
		name string
		open func(b *testing.B, reg *prometheus.Registry) stateflow.Client
	}{
		{"embedded", func(b *testing.B, reg *prometheus.Registry) stateflow.Client {
			rt, err := embedded.Open(testprog.Program(), b.TempDir(), embedded.WithRegistry(reg))
			if err != nil {
				b.Fatal(err)
			}
			b.Cleanup(func() { rt.Close() })
			return rt
		}},
		{"embedded-mem", func(b *testing.B, reg *prometheus.Registry) stateflow.Client {
			rt, err := embedded.New(testprog.Program(), memstore.New(), embedded.WithRegistry(reg))
			if err != nil {
				b.Fatal(err)
			}
			b.Cleanup(func() { rt.Close() })
			return rt
		}},
		{"local", func(b *testing.B, _ *prometheus.Registry) stateflow.Client {
			rt := local.New(testprog.Program())
			b.Cleanup(func() { rt.Close() })
			return rt
		}},
		{"map", func(b *testing.B, _ *prometheus.Registry) stateflow.Client {
			return &mapClient{prog: testprog.Program(), states: map[stateflow.Address][]byte{}}
		}},
	}
	for _, rt := range runtimes {
		for _, conc := range []int{1, 16, 64, 256} {
			b.Run(fmt.Sprintf("%s/c=%d", rt.name, conc), func(b *testing.B) {
				reg := prometheus.NewRegistry()
				benchCalls(b, rt.open(b, reg), conc)
				reportCommits(b, reg)
			})
		}
	}
}

// benchCalls makes b.N Deposit calls on one user from conc goroutines.
func benchCalls(b *testing.B, c stateflow.Client, conc int) {
	ctx := context.Background()
	if _, err := c.Create(ctx, "User", user("u1", 0)); err != nil {
		b.Fatal(err)
	}
	addr := usr("u1")
	args := intArg(1)
	var next atomic.Int64
	lat := make([][]time.Duration, conc)
	var wg sync.WaitGroup
	b.ResetTimer()
	start := time.Now()
	for g := range conc {
		wg.Go(func() {
			own := make([]time.Duration, 0, b.N/conc+1)
			for next.Add(1) <= int64(b.N) {
				t0 := time.Now()
				if _, err := c.Call(ctx, addr, "Deposit", args); err != nil {
					b.Error(err)
					return
				}
				own = append(own, time.Since(t0))
			}
			lat[g] = own
		})
	}
	wg.Wait()
	elapsed := time.Since(start)
	b.StopTimer()
	all := slices.Concat(lat...)
	slices.Sort(all)
	if len(all) == 0 {
		return
	}
	pct := func(p float64) float64 { return float64(all[int(p*float64(len(all)-1))]) / 1e6 }
	b.ReportMetric(float64(len(all))/elapsed.Seconds(), "calls/s")
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
	b.ReportMetric(0, "ns/op")
}

// reportCommits reports the mean events and time of a group commit.
func reportCommits(b *testing.B, reg *prometheus.Registry) {
	mfs, err := reg.Gather()
	if err != nil {
		b.Fatal(err)
	}
	for _, mf := range mfs {
		h := mf.GetMetric()[0].GetHistogram()
		if h == nil || h.GetSampleCount() == 0 {
			continue
		}
		mean := h.GetSampleSum() / float64(h.GetSampleCount())
		switch mf.GetName() {
		case "stateflow_embedded_commit_events":
			b.ReportMetric(mean, "events/commit")
		case "stateflow_embedded_commit_seconds":
			b.ReportMetric(mean*1e3, "commit-ms")
		}
	}
}

// BenchmarkTransfers measures Account.Transfer, a split operation of three
// steps on two entities (the payer's first step, the payee's Deposit, the
// payer's resumption), between random accounts from 64 callers.
func BenchmarkTransfers(b *testing.B) {
	for _, name := range []string{"embedded", "local"} {
		b.Run(name, func(b *testing.B) {
			var c stateflow.Client
			reg := prometheus.NewRegistry()
			if name == "embedded" {
				rt, err := embedded.Open(testprog.Program(), b.TempDir(), embedded.WithRegistry(reg))
				if err != nil {
					b.Fatal(err)
				}
				defer rt.Close()
				c = rt
			} else {
				rt := local.New(testprog.Program())
				defer rt.Close()
				c = rt
			}
			const accounts, conc = 1000, 64
			ctx := context.Background()
			for a := range accounts {
				if _, err := c.Create(ctx, "Account", accountArgs(fmt.Sprint("a", a), 1<<40)); err != nil {
					b.Fatal(err)
				}
			}
			var next atomic.Int64
			var wg sync.WaitGroup
			lat := make([][]time.Duration, conc)
			b.ResetTimer()
			start := time.Now()
			for g := range conc {
				wg.Go(func() {
					own := make([]time.Duration, 0, b.N/conc+1)
					for i := next.Add(1); i <= int64(b.N); i = next.Add(1) {
						from, to := (int(i)*7919+g)%accounts, (int(i)*104729+3*g+1)%accounts
						t0 := time.Now()
						if _, err := c.Call(ctx, acct(fmt.Sprint("a", from)), "Transfer", refInt(fmt.Sprint("a", to), 1)); err != nil &&
							!strings.Contains(err.Error(), "deadlock") {
							b.Error(err)
							return
						}
						own = append(own, time.Since(t0))
					}
					lat[g] = own
				})
			}
			wg.Wait()
			b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "transfers/s")
			if all := slices.Concat(lat...); len(all) > 0 {
				slices.Sort(all)
				b.ReportMetric(float64(all[len(all)/2])/1e6, "p50-ms")
				b.ReportMetric(float64(all[(len(all)-1)*99/100])/1e6, "p99-ms")
			}
			b.ReportMetric(0, "ns/op")
			if name == "embedded" {
				reportCommits(b, reg)
			}
		})
	}
}
