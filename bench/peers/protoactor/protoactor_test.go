package protoactor

import (
	"context"
	"testing"

	"github.com/stateflow-go/stateflow/bench/peers/peertest"
	"github.com/stateflow-go/stateflow/bench/system"
)

func start(tb testing.TB) *System {
	tb.Helper()
	s, err := Factory(context.Background(), system.Config{Dir: tb.TempDir()})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	return s.(*System)
}

func TestCounters(t *testing.T) { peertest.RunCounters(t, start(t)) }
func TestBank(t *testing.T)     { peertest.RunBank(t, start(t)) }
func TestBlobs(t *testing.T)    { peertest.RunBlobs(t, start(t)) }

func TestUnknownKey(t *testing.T) {
	s := start(t)
	if _, err := s.Add(context.Background(), "nope", 1); err == nil {
		t.Error("Add on a missing counter succeeded")
	}
	if _, err := s.Transfer(context.Background(), "x", "y", 1); err == nil {
		t.Error("Transfer between missing accounts succeeded")
	}
}

func BenchmarkAdd(b *testing.B)      { peertest.BenchCounters(b, start(b)) }
func BenchmarkTransfer(b *testing.B) { peertest.BenchBank(b, start(b)) }
func BenchmarkTouch(b *testing.B)    { peertest.BenchBlobs(b, start(b)) }
