package peertest

import (
	"context"
	"fmt"
	"math/rand/v2"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/HdrHistogram/hdrhistogram-go"

	"github.com/stateflow-go/stateflow/bench/system"
)

// Concurrency is the number of callers the benchmarks run.
const Concurrency = 64

// BenchKeys is the number of keys the benchmarks spread calls over.
const BenchKeys = 1000

func benchKeys(prefix string) []string {
	keys := make([]string, BenchKeys)
	for i := range keys {
		keys[i] = fmt.Sprintf("%s%d", prefix, i)
	}
	return keys
}

// sampleEvery is how often a caller times its call: one in sampleEvery,
// so that timing costs nothing noticeable even for in-memory peers.
const sampleEvery = 8

// parallel runs call from Concurrency goroutines and reports the rate and
// the p50 and p99 latency of the sampled calls.
func parallel(b *testing.B, call func(ctx context.Context, r *rand.Rand) error) {
	b.Helper()
	b.SetParallelism((Concurrency + runtime.GOMAXPROCS(0) - 1) / runtime.GOMAXPROCS(0))
	b.ReportAllocs()
	var mu sync.Mutex
	all := hdrhistogram.New(1, int64(time.Minute/time.Microsecond), 2)
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		ctx := context.Background()
		r := rand.New(rand.NewPCG(rand.Uint64(), rand.Uint64()))
		h := hdrhistogram.New(1, int64(time.Minute/time.Microsecond), 2)
		defer func() {
			mu.Lock()
			all.Merge(h)
			mu.Unlock()
		}()
		for i := 0; pb.Next(); i++ {
			var start time.Time
			if i%sampleEvery == 0 {
				start = time.Now()
			}
			if err := call(ctx, r); err != nil {
				b.Error(err)
				return
			}
			if i%sampleEvery == 0 {
				h.RecordValue(time.Since(start).Microseconds())
			}
		}
	})
	b.StopTimer()
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "calls/s")
	b.ReportMetric(float64(all.ValueAtQuantile(50))/1000, "p50-ms")
	b.ReportMetric(float64(all.ValueAtQuantile(99))/1000, "p99-ms")
}

// BenchCounters measures Add at Concurrency callers, keys uniform over
// BenchKeys counters.
func BenchCounters(b *testing.B, c system.Counters) {
	keys := benchKeys("bc")
	if err := c.CreateCounters(context.Background(), keys); err != nil {
		b.Fatal(err)
	}
	parallel(b, func(ctx context.Context, r *rand.Rand) error {
		_, err := c.Add(ctx, keys[r.IntN(len(keys))], 1)
		return err
	})
}

// BenchBank measures Transfer at Concurrency callers between two distinct
// accounts drawn uniformly from BenchKeys.
func BenchBank(b *testing.B, bank system.Bank) {
	keys := benchKeys("ba")
	if err := bank.OpenAccounts(context.Background(), keys, 1_000_000); err != nil {
		b.Fatal(err)
	}
	parallel(b, func(ctx context.Context, r *rand.Rand) error {
		i := r.IntN(len(keys))
		j := (i + 1 + r.IntN(len(keys)-1)) % len(keys)
		_, err := bank.Transfer(ctx, keys[i], keys[j], 1)
		return err
	})
}

// BenchBlobs measures Touch of 50 KB blobs at Concurrency callers over 100
// keys.
func BenchBlobs(b *testing.B, bl system.Blobs) {
	keys := benchKeys("bb")[:100]
	if err := bl.CreateBlobs(context.Background(), keys, 50<<10); err != nil {
		b.Fatal(err)
	}
	parallel(b, func(ctx context.Context, r *rand.Rand) error {
		_, err := bl.Touch(ctx, keys[r.IntN(len(keys))])
		return err
	})
}
