package embedded_test

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stateflow-go/stateflow"
)

// BenchmarkRestartAfterKill measures how long a server process takes to
// serve again after the previous one was killed with SIGKILL under load:
// from the start of the new process to the first successful answer of a
// call, while 8 clients keep transferring money between 100 accounts. Each
// iteration is one kill; run it with -benchtime=Nx for N kills. It reports
// the p50, p90 and the longest of those times.
func BenchmarkRestartAfterKill(b *testing.B) {
	const accounts, clients = 100, 8
	dir := b.TempDir()
	var cur atomic.Pointer[server]
	cur.Store(startServer(b, dir))
	defer func() {
		if s := cur.Load(); s.cmd.ProcessState == nil {
			s.kill()
		}
	}()
	ctx := context.Background()
	for a := range accounts {
		if _, err := cur.Load().client.Create(ctx, "Account", accountArgs(fmt.Sprint("a", a), 1<<30)); err != nil {
			b.Fatal(err)
		}
	}

	var (
		stop atomic.Bool
		wg   sync.WaitGroup
		sent atomic.Int64
	)
	for c := range clients {
		wg.Go(func() {
			for i := 0; !stop.Load(); i++ {
				ctx := stateflow.WithIdempotencyKey(ctx, fmt.Sprintf("c%d-t%d", c, i))
				from, to := (i*7+c)%accounts, (i*13+3*c+1)%accounts
				if _, err := cur.Load().client.Call(ctx, acct(fmt.Sprint("a", from)), "Transfer", refInt(fmt.Sprint("a", to), 1)); err != nil {
					time.Sleep(time.Millisecond)
					continue
				}
				sent.Add(1)
			}
		})
	}

	probe := acct("a0")
	times := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for k := range b.N {
		time.Sleep(150 * time.Millisecond)
		cur.Load().kill()
		t0 := time.Now()
		next := startServer(b, dir)
		for {
			_, err := next.client.Call(ctx, probe, "Deposit", intArg(1))
			if err == nil {
				break
			}
			if time.Since(t0) > 30*time.Second {
				b.Fatalf("kill %d: no answer 30s after the restart: %v\n%s", k, err, next.stderr)
			}
			time.Sleep(100 * time.Microsecond)
		}
		times = append(times, time.Since(t0))
		cur.Store(next)
	}
	b.StopTimer()
	stop.Store(true)
	wg.Wait()
	if sent.Load() == 0 {
		b.Fatal("no transfer was answered")
	}
	slices.Sort(times)
	pct := func(p float64) float64 { return float64(times[int(p*float64(len(times)-1))]) / 1e6 }
	b.ReportMetric(pct(0.5), "p50-ms")
	b.ReportMetric(pct(0.9), "p90-ms")
	b.ReportMetric(float64(times[len(times)-1])/1e6, "max-ms")
	b.ReportMetric(0, "ns/op")
}
