package load

import (
	"sync/atomic"
	"time"

	"github.com/HdrHistogram/hdrhistogram-go"
)

// worker is what one worker records; only its goroutine writes hist,
// kinds, errors, late and last, and only after the run ends are they read.
type worker struct {
	hist   *hdrhistogram.Histogram
	kinds  map[string]int64
	errors int64
	late   int64
	last   time.Time // completion of the last measured request

	// Read by the progress line while the run goes on.
	coarse coarse
	failed atomic.Int64
}

func newWorkers(n int) []*worker {
	ws := make([]*worker, n)
	for i := range ws {
		ws[i] = &worker{hist: newHist(), kinds: map[string]int64{}}
	}
	return ws
}

// done records one request that completed at end after latency lat;
// measured says whether it counts in the results.
func (w *worker) done(cfg *Config, lat time.Duration, end time.Time, err error, measured bool) {
	if err != nil {
		w.failed.Add(1)
	} else {
		w.coarse.record(lat)
	}
	if !measured {
		return
	}
	w.last = end
	if err != nil {
		w.errors++
		kind := cfg.Classify(err)
		if _, ok := w.kinds[kind]; !ok && len(w.kinds) >= maxKinds {
			kind = "other"
		}
		w.kinds[kind]++
		return
	}
	record(w.hist, lat)
}

// merge sums the workers' records into a result.
func merge(r *Result, ws []*worker, measureStart time.Time) {
	h := newHist()
	r.ErrorKinds = map[string]int64{}
	var last time.Time
	for _, w := range ws {
		h.Merge(w.hist)
		r.Errors += w.errors
		r.Late += w.late
		for k, n := range w.kinds {
			r.ErrorKinds[k] += n
		}
		if w.last.After(last) {
			last = w.last
		}
	}
	if last.After(measureStart) {
		r.Elapsed = last.Sub(measureStart)
	}
	r.summarize(h)
}
