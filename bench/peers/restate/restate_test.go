package restate

import (
	"context"
	"errors"
	"os"
	"testing"

	"github.com/stateflow-go/stateflow/bench/peers/peertest"
	"github.com/stateflow-go/stateflow/bench/system"
)

// start starts the peer with the server under $STATEFLOW_BENCH_TOOLS, the
// directory bench/peers/setup.sh prints; without it Restate is not
// installed.
func start(tb testing.TB) *System {
	tb.Helper()
	tools := os.Getenv("STATEFLOW_BENCH_TOOLS")
	if tools == "" {
		tb.Skip("STATEFLOW_BENCH_TOOLS is not set: run eval \"$(bash bench/peers/setup.sh)\" to install Restate")
	}
	s, err := Factory(context.Background(), system.Config{Dir: tb.TempDir(), Tools: tools})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		if err := s.Close(); err != nil {
			tb.Error(err)
		}
	})
	return s.(*System)
}

// TestWorkloads runs every workload on one server, since each start costs
// seconds.
func TestWorkloads(t *testing.T) {
	s := start(t)
	t.Run("Counters", func(t *testing.T) { peertest.RunCounters(t, s) })
	t.Run("Bank", func(t *testing.T) { peertest.RunBank(t, s) })
	t.Run("Blobs", func(t *testing.T) { peertest.RunBlobs(t, s) })
	t.Run("UnknownKey", func(t *testing.T) {
		if _, err := s.Add(context.Background(), "nope", 1); err == nil {
			t.Error("Add on a missing counter succeeded")
		}
		if _, err := s.Transfer(context.Background(), "x", "y", 1); err == nil {
			t.Error("Transfer between missing accounts succeeded")
		}
	})
}

func TestNoServer(t *testing.T) {
	for _, tools := range []string{"", t.TempDir()} {
		_, err := Factory(context.Background(), system.Config{Dir: t.TempDir(), Tools: tools})
		if !errors.Is(err, ErrNoServer) {
			t.Errorf("Factory with Tools %q = %v, want ErrNoServer", tools, err)
		}
	}
}

func BenchmarkAdd(b *testing.B)      { peertest.BenchCounters(b, start(b)) }
func BenchmarkTransfer(b *testing.B) { peertest.BenchBank(b, start(b)) }
func BenchmarkTouch(b *testing.B)    { peertest.BenchBlobs(b, start(b)) }
