package load

import (
	"context"
	"errors"
	"sync"
	"time"
)

// Closed runs op on cfg.Concurrency workers, each calling it again as soon
// as the previous call returns, for cfg.Warmup and then cfg.Duration. It
// returns early, with what it measured, when ctx ends.
func Closed(ctx context.Context, cfg Config, op Op) (Result, error) {
	cfg.defaults()
	if cfg.Concurrency < 1 {
		return Result{}, errors.New("load: closed loop needs a concurrency of at least 1")
	}
	if cfg.Duration <= 0 {
		return Result{}, errors.New("load: the duration must be positive")
	}
	ws := newWorkers(cfg.Concurrency)
	stopProgress := startProgress(&cfg, ws)
	start := time.Now()
	measureStart := start.Add(cfg.Warmup)
	end := measureStart.Add(cfg.Duration)
	var wg sync.WaitGroup
	for i, w := range ws {
		wg.Go(func() {
			for ctx.Err() == nil {
				t0 := time.Now()
				if !t0.Before(end) {
					return
				}
				rctx, cancel := context.WithTimeout(ctx, cfg.Timeout)
				err := op(rctx, i)
				cancel()
				t1 := time.Now()
				w.done(&cfg, t1.Sub(t0), t1, err, !t0.Before(measureStart))
			}
		})
	}
	wg.Wait()
	stopProgress()
	r := Result{Mode: "closed", Concurrency: cfg.Concurrency}
	merge(&r, ws, measureStart)
	return r, ctx.Err()
}
