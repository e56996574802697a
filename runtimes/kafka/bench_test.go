package kafka

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/examples/bank"
	"github.com/stateflow-go/stateflow/runtimes/embedded"
)

// BenchmarkKafka measures the runtime on an in-process kfake cluster with
// 1, 2 and 3 workers: single-entity calls (Account.Deposit) and transfers
// (Account.Transfer: one remote call, so two hops), from 1 or 64 callers
// over 1,000 accounts; "via-kafka" sends every hop through the internal
// topic, even between entities of one worker. It reports calls/s and the
// p50 and p99 latency of a call.
func BenchmarkKafka(b *testing.B) {
	for _, workers := range []int{1, 2, 3} {
		for _, via := range []bool{false, true} {
			for _, op := range []string{"deposit", "transfer"} {
				for _, conc := range []int{1, 64} {
					mode := "local-hops"
					if via {
						mode = "via-kafka"
					}
					b.Run(fmt.Sprintf("workers=%d/%s/%s/c=%d", workers, mode, op, conc), func(b *testing.B) {
						benchBank(b, workers, via, op, conc)
					})
				}
			}
		}
	}
}

// BenchmarkEmbeddedSame runs benchBank's workload on the embedded runtime
// (synced commits, same machine), to set the kafka runtime's hops beside
// the embedded runtime's.
func BenchmarkEmbeddedSame(b *testing.B) {
	for _, op := range []string{"deposit", "transfer"} {
		for _, conc := range []int{1, 64} {
			b.Run(fmt.Sprintf("%s/c=%d", op, conc), func(b *testing.B) {
				rt, err := embedded.Open(bank.StateflowProgram(), b.TempDir())
				if err != nil {
					b.Fatal(err)
				}
				defer rt.Close()
				runBank(b, rt, op, conc)
			})
		}
	}
}

func benchBank(b *testing.B, workers int, via bool, op string, conc int) {
	c := cluster(b)
	cfg := testConfig(c)
	cfg.Partitions = 6
	cfg.ViaKafka = via
	rt := openRuntime(b, c, bank.StateflowProgram(), cfg, workers)
	runBank(b, rt, op, conc)
}

// runBank creates 1,000 accounts through rt, then makes b.N deposits or
// transfers from conc callers and reports calls/s, p50 and p99.
func runBank(b *testing.B, rt stateflow.Client, op string, conc int) {
	ctx := context.Background()
	const accounts = 1000
	var wg sync.WaitGroup
	for g := range 16 {
		wg.Go(func() {
			for i := g; i < accounts; i += 16 {
				if _, err := bank.CreateAccount(ctx, rt, fmt.Sprintf("a%d", i), "o", 1_000_000); err != nil {
					b.Error(err)
					return
				}
			}
		})
	}
	wg.Wait()
	// Let every worker take its partitions before measuring.
	time.Sleep(time.Second)
	var next atomic.Int64
	lat := make([][]time.Duration, conc)
	b.ResetTimer()
	start := time.Now()
	for g := range conc {
		wg.Go(func() {
			for {
				i := next.Add(1)
				if i > int64(b.N) {
					return
				}
				from := bank.NewAccountRef(rt, fmt.Sprintf("a%d", (i*7919)%accounts))
				t0 := time.Now()
				var err error
				if op == "deposit" {
					_, err = from.Deposit(ctx, 1)
				} else {
					err = from.Transfer(ctx, bank.NewAccountRef(rt, fmt.Sprintf("a%d", (i*7919+1)%accounts)), 1)
				}
				if err != nil {
					b.Error(err)
					return
				}
				lat[g] = append(lat[g], time.Since(t0))
			}
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
	b.ReportMetric(float64(len(all))/elapsed.Seconds(), "calls/s")
	b.ReportMetric(float64(all[len(all)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(all[len(all)*99/100].Microseconds())/1000, "p99-ms")
	b.ReportMetric(0, "ns/op")
}
