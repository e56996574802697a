package kafka

import (
	"context"
	"testing"
	"time"

	"github.com/stateflow-go/stateflow/examples/bank"
)

// TestRebalanceGrow adds workers while transfers run: partitions move with
// their states, holds and parked events, suspended transfers resume on the
// new owners, and every acknowledged transfer is applied exactly once.
func TestRebalanceGrow(t *testing.T) {
	rebalanceUnderLoad(t, false)
}

// TestRebalanceShrink adds and then removes workers while transfers run,
// with the same checks as TestRebalanceGrow.
func TestRebalanceShrink(t *testing.T) {
	rebalanceUnderLoad(t, true)
}

func rebalanceUnderLoad(t *testing.T, remove bool) {
	c := cluster(t)
	rt := openRuntime(t, c, bank.StateflowProgram(), testConfig(c), 1)
	load := newBankLoad(t, rt, 32, 1000)
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		load.run(t, 16, stop)
	}()
	ctx := context.Background()
	step := func(what string, f func() error) {
		time.Sleep(700 * time.Millisecond)
		if err := f(); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		t.Logf("%s; workers now %v", what, rt.Workers())
	}
	first := rt.Workers()[0]
	var third string
	step("add a worker", func() (err error) { _, err = rt.AddWorker(ctx); return })
	step("add a third worker", func() (err error) { third, err = rt.AddWorker(ctx); return })
	if remove {
		step("remove the first worker", func() error { return rt.StopWorker(first) })
		step("remove the third worker", func() error { return rt.StopWorker(third) })
		step("add a worker again", func() (err error) { _, err = rt.AddWorker(ctx); return })
	}
	time.Sleep(700 * time.Millisecond)
	close(stop)
	<-done
	load.check(t)
}
