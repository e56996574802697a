package load

import (
	"context"
	"errors"
	"sync"
	"time"
)

// Open sends op at cfg.Rate requests per second for cfg.Warmup and then
// cfg.Duration, on cfg.Workers goroutines, and measures each latency from
// the request's intended send time (see the package doc). It returns when
// every request sent has completed; it stops sending, and returns what it
// measured, when ctx ends.
func Open(ctx context.Context, cfg Config, op Op) (Result, error) {
	cfg.defaults()
	if cfg.Rate <= 0 {
		return Result{}, errors.New("load: open loop needs a positive rate")
	}
	if cfg.Duration <= 0 {
		return Result{}, errors.New("load: the duration must be positive")
	}
	ws := newWorkers(cfg.Workers)
	stopProgress := startProgress(&cfg, ws)
	start := time.Now()
	measureStart := start.Add(cfg.Warmup)
	total := int64((cfg.Warmup + cfg.Duration).Seconds() * cfg.Rate)
	interval := time.Duration(float64(time.Second) / cfg.Rate)

	due := make(chan time.Time, 1<<16)
	var wg sync.WaitGroup
	for i, w := range ws {
		wg.Go(func() {
			for t := range due {
				sent := time.Now()
				measured := !t.Before(measureStart)
				if measured && sent.Sub(t) > cfg.Slack {
					w.late++
				}
				rctx, cancel := context.WithTimeout(ctx, cfg.Timeout)
				err := op(rctx, i)
				cancel()
				t1 := time.Now()
				w.done(&cfg, t1.Sub(t), t1, err, measured)
			}
		})
	}
	pace(ctx, start, interval, total, due)
	close(due)
	wg.Wait()
	stopProgress()
	r := Result{Mode: "open", Concurrency: cfg.Workers, Rate: cfg.Rate}
	merge(&r, ws, measureStart)
	return r, ctx.Err()
}

// pace sends the due times start + i×interval, i from 0 to total-1, on
// due, each once its time has come: it sends every due time already
// passed, then sleeps until the next one.
func pace(ctx context.Context, start time.Time, interval time.Duration, total int64, due chan<- time.Time) {
	timer := time.NewTimer(0)
	defer timer.Stop()
	<-timer.C
	for i := int64(0); i < total; {
		now := time.Now()
		for ; i < total; i++ {
			t := start.Add(time.Duration(i) * interval)
			if t.After(now) {
				break
			}
			select {
			case due <- t:
			case <-ctx.Done():
				return
			}
		}
		if i == total {
			return
		}
		timer.Reset(time.Until(start.Add(time.Duration(i) * interval)))
		select {
		case <-timer.C:
		case <-ctx.Done():
			return
		}
	}
}
