package load

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/HdrHistogram/hdrhistogram-go"
)

// Result is what a run measured. Latencies are of the successful requests
// of the measured part; errors are counted, by kind, apart.
type Result struct {
	// Mode is "closed" or "open".
	Mode string
	// Concurrency is the closed loop's concurrency, or the open loop's
	// number of workers.
	Concurrency int
	// Rate is the open loop's offered rate (requests/s); zero for a
	// closed loop.
	Rate float64
	// Elapsed is the measured time: from the end of the warmup to the
	// last completion of a measured request.
	Elapsed time.Duration
	// Count is the number of successful measured requests.
	Count int64
	// Errors is the number of failed measured requests, by kind in
	// ErrorKinds.
	Errors     int64
	ErrorKinds map[string]int64
	// Late is the number of open-loop requests sent more than the slack
	// after their due time (the generator could not keep up).
	Late int64
	// Throughput is Count per second of Elapsed.
	Throughput float64
	// The latency distribution of the successful requests.
	Mean, P50, P90, P99, P999, Max time.Duration
}

// summarize fills r from the merged histogram and counts.
func (r *Result) summarize(h *hdrhistogram.Histogram) {
	r.Count = h.TotalCount()
	if r.Elapsed > 0 {
		r.Throughput = float64(r.Count) / r.Elapsed.Seconds()
	}
	if r.Count == 0 {
		return
	}
	r.Mean = time.Duration(h.Mean() * float64(time.Microsecond))
	r.P50 = micros(h.ValueAtQuantile(50))
	r.P90 = micros(h.ValueAtQuantile(90))
	r.P99 = micros(h.ValueAtQuantile(99))
	r.P999 = micros(h.ValueAtQuantile(99.9))
	r.Max = micros(h.Max())
}

// ErrorSummary lists the error kinds with their counts, most frequent
// first, as "kind ×n; kind ×m".
func (r *Result) ErrorSummary() string {
	kinds := slices.Collect(maps.Keys(r.ErrorKinds))
	slices.SortFunc(kinds, func(a, b string) int {
		if c := r.ErrorKinds[b] - r.ErrorKinds[a]; c != 0 {
			if c > 0 {
				return 1
			}
			return -1
		}
		return strings.Compare(a, b)
	})
	parts := make([]string, len(kinds))
	for i, k := range kinds {
		parts[i] = fmt.Sprintf("%s ×%d", k, r.ErrorKinds[k])
	}
	return strings.Join(parts, "; ")
}

// String is a one-line summary.
func (r *Result) String() string {
	s := fmt.Sprintf("%.0f req/s, p50 %v p90 %v p99 %v p99.9 %v max %v, %d ok, %d errors",
		r.Throughput, r.P50, r.P90, r.P99, r.P999, r.Max, r.Count, r.Errors)
	if r.Mode == "open" {
		s += fmt.Sprintf(", %d late", r.Late)
	}
	return s
}
