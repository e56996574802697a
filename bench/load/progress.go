package load

import (
	"fmt"
	"io"
	"strings"
	"time"
)

// progress prints a line a second: the rate, p50 and p99 of the last
// second and the errors so far, until stop is closed.
func progress(out io.Writer, label string, ws []*worker, stop <-chan struct{}, finished chan<- struct{}) {
	defer close(finished)
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	var prev [coarseBuckets]int64
	lastTick := time.Now()
	for {
		select {
		case <-stop:
			fmt.Fprint(out, "\r"+strings.Repeat(" ", 100)+"\r")
			return
		case now := <-tick.C:
			var cur [coarseBuckets]int64
			var errs int64
			for _, w := range ws {
				w.coarse.snapshot(&cur)
				errs += w.failed.Load()
			}
			var delta [coarseBuckets]int64
			var n int64
			for i := range cur {
				delta[i] = cur[i] - prev[i]
				n += delta[i]
			}
			prev = cur
			secs := now.Sub(lastTick).Seconds()
			lastTick = now
			line := fmt.Sprintf("%s %8.0f ok/s  p50 %-9v p99 %-9v errors %d", label, float64(n)/secs,
				coarseQuantile(&delta, n, 0.5), coarseQuantile(&delta, n, 0.99), errs)
			fmt.Fprintf(out, "\r%-100s", line)
		}
	}
}

// startProgress starts the progress line if cfg asks for one and returns
// the function that stops it.
func startProgress(cfg *Config, ws []*worker) func() {
	if cfg.Progress == nil {
		return func() {}
	}
	stop, finished := make(chan struct{}), make(chan struct{})
	go progress(cfg.Progress, cfg.Label, ws, stop, finished)
	return func() {
		close(stop)
		<-finished
	}
}
