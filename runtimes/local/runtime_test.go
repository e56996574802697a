package local

import (
	"context"
	"errors"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/engine"
	"github.com/stateflow-go/stateflow/internal/testprog"
	"github.com/stateflow-go/stateflow/wire"
)

func itemArgs(id string, price int) []byte {
	return wire.AppendInt(wire.AppendString(nil, id), int64(price))
}

// Every request flows through the routers as encoded events; a create moves
// to the partition of its new key in a second step.
func TestEventsFlowThroughTheRouters(t *testing.T) {
	var trace []string
	rt := New(testprog.Program(), WithTrace(func(ev engine.Event) { trace = append(trace, ev.String()) }))
	defer rt.Close()
	ctx := t.Context()
	if _, err := rt.Create(ctx, "Item", itemArgs("jeans", 10)); err != nil {
		t.Fatal(err)
	}
	if _, err := rt.Call(ctx, stateflow.Address{Entity: "Item", Key: "jeans"}, "SetStock", wire.AppendInt(nil, 3)); err != nil {
		t.Fatal(err)
	}
	if _, err := rt.State(ctx, stateflow.Address{Entity: "Item", Key: "jeans"}); err != nil {
		t.Fatal(err)
	}
	jeans, _ := testprog.NewItem("jeans", 10)
	state := testprog.Program().Entity("Item").EncodeState(nil, jeans)
	want := []string{
		"Create Item/ (" + strconv.Itoa(len(itemArgs("jeans", 10))) + " bytes)",
		"Create Item/jeans.NewItem (" + strconv.Itoa(len(state)) + " bytes)",
		"Invoke Item/jeans.SetStock (1 bytes)",
		"GetState Item/jeans (0 bytes)",
	}
	if !slices.Equal(trace, want) {
		t.Errorf("trace:\n%s\nwant:\n%s", strings.Join(trace, "\n"), strings.Join(want, "\n"))
	}
}

func TestStatesLiveInTheirPartitions(t *testing.T) {
	const n = 5
	rt := New(testprog.Program(), WithPartitions(n))
	defer rt.Close()
	var addrs []stateflow.Address
	for _, id := range []string{"a", "b", "c", "d", "e", "f", "g", "h"} {
		if _, err := rt.Create(t.Context(), "Item", itemArgs(id, 1)); err != nil {
			t.Fatal(err)
		}
		addrs = append(addrs, stateflow.Address{Entity: "Item", Key: id})
	}
	used := map[int]bool{}
	for _, a := range addrs {
		p := engine.Partition(a, n)
		used[p] = true
		if _, ok := rt.parts[p][a]; !ok {
			t.Errorf("%s is not in partition %d", a, p)
		}
	}
	if len(used) < 2 {
		t.Errorf("8 keys used %d partitions", len(used))
	}
}

func TestClose(t *testing.T) {
	rt := New(testprog.Program())
	if err := rt.Close(); err != nil {
		t.Fatal(err)
	}
	if err := rt.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}
	if _, err := rt.Create(t.Context(), "Item", itemArgs("jeans", 1)); !errors.Is(err, ErrClosed) {
		t.Errorf("Create after Close: %v, want ErrClosed", err)
	}
}

// A request waiting for its turn gives up when its context ends, and does
// not run.
func TestCancelWhileWaiting(t *testing.T) {
	block := make(chan struct{})
	entered := make(chan struct{}, 10)
	rt := New(testprog.Program(), WithTrace(func(ev engine.Event) {
		if ev.Kind == engine.Invoke && ev.Method == "Take" {
			entered <- struct{}{}
			<-block
		}
	}))
	defer rt.Close()
	ctx := t.Context()
	if _, err := rt.Create(ctx, "Item", itemArgs("jeans", 1)); err != nil {
		t.Fatal(err)
	}
	addr := stateflow.Address{Entity: "Item", Key: "jeans"}
	if _, err := rt.Call(ctx, addr, "SetStock", wire.AppendInt(nil, 5)); err != nil {
		t.Fatal(err)
	}
	first := make(chan error, 1)
	go func() {
		_, err := rt.Call(ctx, addr, "Take", wire.AppendInt(nil, 1))
		first <- err
	}()
	<-entered
	waiting, cancel := context.WithTimeout(ctx, 20*time.Millisecond)
	defer cancel()
	if _, err := rt.Call(waiting, addr, "SetStock", wire.AppendInt(nil, 100)); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("waiting Call: %v, want DeadlineExceeded", err)
	}
	close(block)
	if err := <-first; err != nil {
		t.Fatal(err)
	}
	state, err := rt.State(ctx, addr)
	if err != nil {
		t.Fatal(err)
	}
	v, _ := testprog.Program().Entity("Item").DecodeState(state)
	if got := v.(*testprog.Item).Stock; got != 4 {
		t.Errorf("stock %d, want 4: the canceled SetStock must not run", got)
	}
}

// The results handed to a caller are its own: changing them does not change
// the answer a retry gets.
func TestRetryAnswersAreCopies(t *testing.T) {
	rt := New(testprog.Program())
	defer rt.Close()
	u := &testprog.User{ID: "u1"}
	if _, err := rt.Create(t.Context(), "User", testprog.Program().Entity("User").EncodeState(nil, u)); err != nil {
		t.Fatal(err)
	}
	ctx := stateflow.WithIdempotencyKey(t.Context(), "k")
	addr := stateflow.Address{Entity: "User", Key: "u1"}
	first, err := rt.Call(ctx, addr, "Deposit", wire.AppendInt(nil, 3))
	if err != nil {
		t.Fatal(err)
	}
	want := slices.Clone(first)
	first[0] = 99
	again, err := rt.Call(ctx, addr, "Deposit", wire.AppendInt(nil, 3))
	if err != nil || !slices.Equal(again, want) {
		t.Errorf("retry = %v, %v; want %v", again, err, want)
	}
}
