package load

import (
	"context"
	"errors"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func TestBucketBounds(t *testing.T) {
	prev := -1
	for us := uint64(0); us < 1<<22; us = us*9/8 + 1 {
		b := bucket(us)
		if b < prev {
			t.Fatalf("bucket(%d) = %d, below the bucket of a smaller value (%d)", us, b, prev)
		}
		prev = b
		if lo := bucketValue(b); lo > us || (b+1 < coarseBuckets && bucketValue(b+1) <= us) {
			t.Fatalf("%d µs is in bucket %d, which starts at %d and ends at %d", us, b, lo, bucketValue(b+1))
		}
	}
}

// TestOpenPacing checks that an open loop sends exactly rate × duration
// requests, spread evenly over the run rather than in bursts.
func TestOpenPacing(t *testing.T) {
	const rate, workers = 2000.0, 8
	times := make([][]time.Time, workers)
	start := time.Now()
	r, err := Open(context.Background(), Config{Rate: rate, Duration: 500 * time.Millisecond, Workers: workers},
		func(ctx context.Context, w int) error {
			times[w] = append(times[w], time.Now())
			return nil
		})
	if err != nil {
		t.Fatal(err)
	}
	if r.Count != 1000 || r.Errors != 0 {
		t.Fatalf("Count = %d, Errors = %d; want 1000 requests without errors", r.Count, r.Errors)
	}
	var windows [5]int
	for _, ts := range times {
		for _, at := range ts {
			if i := int(at.Sub(start) / (100 * time.Millisecond)); i < len(windows) {
				windows[i]++
			}
		}
	}
	for i, n := range windows {
		if n < 120 || n > 280 {
			t.Errorf("%d requests sent in window %d of 100 ms, want about 200 (all windows: %v)", n, i, windows)
		}
	}
	if r.Late > 200 {
		t.Errorf("Late = %d for an instant operation", r.Late)
	}
}

// stallOnce returns an operation that blocks for stall on its call number
// n and returns at once otherwise.
func stallOnce(n int64, stall time.Duration) Op {
	var calls atomic.Int64
	return func(ctx context.Context, _ int) error {
		if calls.Add(1) == n {
			time.Sleep(stall)
		}
		return nil
	}
}

// TestOpenCoordinatedOmission stalls one request of a single worker for
// 200 ms: the requests due meanwhile queue behind it, and their recorded
// latencies must include the time they waited, as counted from their
// intended send times. Measured from the actual send, only one request
// would be slow.
func TestOpenCoordinatedOmission(t *testing.T) {
	const stall = 200 * time.Millisecond
	r, err := Open(context.Background(), Config{Rate: 1000, Duration: time.Second, Workers: 1},
		stallOnce(300, stall))
	if err != nil {
		t.Fatal(err)
	}
	if r.Count != 1000 {
		t.Fatalf("Count = %d, want 1000", r.Count)
	}
	// About 200 requests were due during the stall; their latencies are
	// spread evenly from 200 ms down to 0, so about 10% exceed 100 ms.
	if r.Max < stall {
		t.Errorf("Max = %v, want at least the stall %v", r.Max, stall)
	}
	if r.P99 < 150*time.Millisecond {
		t.Errorf("P99 = %v, want over 150 ms: the queued requests' wait is missing", r.P99)
	}
	if r.P90 < 60*time.Millisecond {
		t.Errorf("P90 = %v, want over 60 ms: the queued requests' wait is missing", r.P90)
	}
	if r.Late < 150 {
		t.Errorf("Late = %d, want the ~200 requests due during the stall", r.Late)
	}
}

// TestOpenManyWorkers stalls one request while other workers are free: the
// others keep sending on time, so only the stalled request is slow.
func TestOpenManyWorkers(t *testing.T) {
	const stall = 200 * time.Millisecond
	r, err := Open(context.Background(), Config{Rate: 1000, Duration: time.Second, Workers: 64},
		stallOnce(300, stall))
	if err != nil {
		t.Fatal(err)
	}
	if r.Max < stall {
		t.Errorf("Max = %v, want at least the stall %v", r.Max, stall)
	}
	if r.P99 > 100*time.Millisecond {
		t.Errorf("P99 = %v: the stall of one worker delayed the others", r.P99)
	}
	if r.Late > 100 {
		t.Errorf("Late = %d with 63 idle workers", r.Late)
	}
}

func TestClosedCountsErrorsByKind(t *testing.T) {
	var mu sync.Mutex
	seen := map[int]bool{}
	var calls atomic.Int64
	r, err := Closed(context.Background(), Config{Concurrency: 4, Duration: 300 * time.Millisecond, Warmup: 50 * time.Millisecond},
		func(ctx context.Context, w int) error {
			mu.Lock()
			seen[w] = true
			mu.Unlock()
			time.Sleep(time.Millisecond)
			if calls.Add(1)%10 == 0 {
				return errors.New("account 17 is short: 3 < 5")
			}
			return nil
		})
	if err != nil {
		t.Fatal(err)
	}
	if len(seen) != 4 {
		t.Errorf("workers seen: %v, want 0..3", seen)
	}
	if r.Errors == 0 || r.ErrorKinds["account ## is short"] != r.Errors {
		t.Errorf("Errors = %d, kinds %v; want every error as %q", r.Errors, r.ErrorKinds, "account ## is short")
	}
	if ratio := float64(r.Errors) / float64(r.Count+r.Errors); ratio < 0.05 || ratio > 0.15 {
		t.Errorf("error ratio %.2f, want about 0.1", ratio)
	}
	// Four workers each at most one call per millisecond.
	if r.Throughput <= 0 || r.Throughput > 4000 {
		t.Errorf("Throughput = %.0f/s, want in (0, 4000]", r.Throughput)
	}
	if r.P50 < time.Millisecond {
		t.Errorf("P50 = %v, below the operation's 1 ms", r.P50)
	}
}

func TestProgressLine(t *testing.T) {
	var out syncBuffer
	_, err := Closed(context.Background(), Config{Concurrency: 2, Duration: 1200 * time.Millisecond, Progress: &out, Label: "x"},
		func(ctx context.Context, w int) error { time.Sleep(100 * time.Microsecond); return nil })
	if err != nil {
		t.Fatal(err)
	}
	if s := out.String(); !strings.Contains(s, "x ") || !strings.Contains(s, "ok/s") || !strings.Contains(s, "p99") {
		t.Errorf("progress output %q lacks the label, rate or p99", s)
	}
}

type syncBuffer struct {
	mu sync.Mutex
	b  []byte
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.b = append(s.b, p...)
	return len(p), nil
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return string(s.b)
}
