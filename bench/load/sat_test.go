package load

import (
	"context"
	"testing"
	"time"
)

// TestOpenSaturated offers twice what the operation can serve: the
// achieved throughput is what it serves, and latencies grow with the
// queue.
func TestOpenSaturated(t *testing.T) {
	r, err := Open(context.Background(), Config{Rate: 1000, Duration: time.Second, Workers: 2},
		func(ctx context.Context, _ int) error { time.Sleep(4 * time.Millisecond); return nil })
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%s elapsed %v", r.String(), r.Elapsed)
	if r.Throughput > 700 {
		t.Errorf("Throughput = %.0f/s offered 1000/s to a server of at most 500/s", r.Throughput)
	}
	if r.P99 < 300*time.Millisecond {
		t.Errorf("P99 = %v, want the queueing (about 1 s by the end)", r.P99)
	}
}
