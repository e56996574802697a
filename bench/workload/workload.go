package workload

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"

	"github.com/stateflow-go/stateflow/bench/load"
	"github.com/stateflow-go/stateflow/bench/system"
)

// ErrNotImplemented reports a system that does not offer a workload's
// interface; the driver lists the workload as "n/a" for it.
var ErrNotImplemented = errors.New("workload not implemented by the system")

// A Workload is one kind of request and its end-of-run check.
type Workload interface {
	// Name describes the workload, such as "counters/zipf".
	Name() string
	// Setup creates the workload's entities on sys and returns the
	// operation to run with the given number of workers.
	Setup(ctx context.Context, sys system.System, workers int) (load.Op, error)
	// Check verifies the state the run left, once the load has stopped.
	Check(ctx context.Context) (Verdict, error)
}

// Verdict is the outcome of a workload's end-of-run check.
type Verdict struct {
	// OK is false when the check found a correctness error.
	OK bool
	// Detail says what was checked and found.
	Detail string
	// Metrics are extra numbers the workload measured, by name.
	Metrics map[string]float64
}

// keys returns n keys made of prefix and 0..n-1.
func keys(prefix string, n int) []string {
	ks := make([]string, n)
	for i := range ks {
		ks[i] = fmt.Sprintf("%s-%d", prefix, i)
	}
	return ks
}

// sources returns one random source per worker, seeded from seed.
func sources(seed uint64, workers int) []*rand.Rand {
	rs := make([]*rand.Rand, workers)
	for i := range rs {
		rs[i] = rand.New(rand.NewPCG(seed, uint64(i)))
	}
	return rs
}

// padded is a per-worker counter on a cache line of its own.
type padded struct {
	n int64
	_ [56]byte
}
