package workload

import (
	"context"
	"fmt"
	"math/rand/v2"
	"sync/atomic"

	"github.com/stateflow-go/stateflow/bench/load"
	"github.com/stateflow-go/stateflow/bench/system"
)

// The key distributions of Counters.
const (
	Uniform  = "uniform"
	ZipfKeys = "zipf"
	HotKey   = "hot"
)

// Counters is the single-entity update workload: Add(key, 1) on keys
// drawn from Dist over Keys counters (one counter for HotKey).
type Counters struct {
	Prefix string
	Keys   int
	Dist   string
	Seed   uint64

	sys    system.Counters
	keys   []string
	ok     []atomic.Int64 // successful adds per key
	failed []atomic.Int64 // failed adds per key: applied or not
}

// Name returns "counters/" and the distribution.
func (c *Counters) Name() string { return "counters/" + c.Dist }

// Setup creates the counters.
func (c *Counters) Setup(ctx context.Context, sys system.System, workers int) (load.Op, error) {
	cs, ok := sys.(system.Counters)
	if !ok {
		return nil, ErrNotImplemented
	}
	n := c.Keys
	if c.Dist == HotKey {
		n = 1
	}
	c.sys, c.keys = cs, keys(c.Prefix, n)
	c.ok, c.failed = make([]atomic.Int64, n), make([]atomic.Int64, n)
	if err := cs.CreateCounters(ctx, c.keys); err != nil {
		return nil, fmt.Errorf("create %d counters: %w", n, err)
	}
	var pick func(r *rand.Rand) int
	switch c.Dist {
	case Uniform:
		pick = func(r *rand.Rand) int { return r.IntN(n) }
	case ZipfKeys:
		z := NewZipf(n, 0.99)
		pick = z.Next
	case HotKey:
		pick = func(*rand.Rand) int { return 0 }
	default:
		return nil, fmt.Errorf("unknown key distribution %q", c.Dist)
	}
	rs := sources(c.Seed, workers)
	return func(ctx context.Context, w int) error {
		i := pick(rs[w])
		if _, err := cs.Add(ctx, c.keys[i], 1); err != nil {
			c.failed[i].Add(1)
			return err
		}
		c.ok[i].Add(1)
		return nil
	}, nil
}

// Check reads every counter: each must hold its successful adds, plus at
// most its failed ones (a failed add may or may not have happened).
func (c *Counters) Check(ctx context.Context) (Verdict, error) {
	var total, bad int64
	first := ""
	for i, k := range c.keys {
		v, err := c.sys.Value(ctx, k)
		if err != nil {
			return Verdict{}, fmt.Errorf("read counter %s: %w", k, err)
		}
		total += v
		lo := c.ok[i].Load()
		if hi := lo + c.failed[i].Load(); v < lo || v > hi {
			bad++
			if first == "" {
				first = fmt.Sprintf("%s holds %d, want %d..%d", k, v, lo, hi)
			}
		}
	}
	if bad > 0 {
		return Verdict{Detail: fmt.Sprintf("%d of %d counters wrong (%s)", bad, len(c.keys), first)}, nil
	}
	return Verdict{OK: true, Detail: fmt.Sprintf("%d counters exact, %d adds", len(c.keys), total)}, nil
}
