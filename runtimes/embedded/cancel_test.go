package embedded_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/internal/testprog"
	"github.com/stateflow-go/stateflow/runtimes/embedded"
)

// A client's Deposit parked on an account held by a spinning Embrace is
// canceled: the client gets a *CanceledError naming the chains, the
// holder keeps its hold, and a chain that is not waiting cannot be
// canceled.
func TestCancelRequest(t *testing.T) {
	rt, err := embedded.Open(testprog.Program(), t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	ctx := t.Context()
	for _, id := range []string{"a", "b"} {
		if _, err := rt.Create(ctx, "Account", accountArgs(id, 100)); err != nil {
			t.Fatal(err)
		}
	}
	spinner := stateflow.Go(func() ([]byte, error) { return rt.Call(ctx, acct("a"), "Embrace", refInt("b", 1<<50)) })
	for deadline := time.Now().Add(20 * time.Second); len(rt.Holds()) == 0; {
		if time.Now().After(deadline) {
			t.Fatal("Embrace took no hold")
		}
	}
	deposit := stateflow.Go(func() ([]byte, error) { return rt.Call(ctx, acct("a"), "Deposit", intArg(5)) })
	var holder, waiter string
	for deadline := time.Now().Add(20 * time.Second); waiter == ""; {
		for _, h := range rt.Holds() {
			if h.Entity == acct("a") && len(h.Waiting) == 1 {
				holder, waiter = h.Chain.String(), h.Waiting[0].String()
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("no call waits for a: %+v", rt.Holds())
		}
	}
	if err := rt.Cancel(ctx, holder); !errors.Is(err, embedded.ErrNotWaiting) || !errors.Is(err, stateflow.ErrNotFound) {
		t.Errorf("Cancel of the holder = %v, want ErrNotWaiting", err)
	}
	if err := rt.Cancel(ctx, "abc"); !errors.Is(err, stateflow.ErrBadRequest) {
		t.Errorf("Cancel(abc) = %v, want ErrBadRequest", err)
	}
	if err := rt.Cancel(ctx, waiter); err != nil {
		t.Fatal(err)
	}
	_, err = deposit.Get(ctx)
	if err == nil || !strings.Contains(err.Error(), "canceled by an administrator: chain "+waiter+"'s call Account/a.Deposit waited for chain "+holder) {
		t.Errorf("Deposit = %v", err)
	}
	if hs := rt.Holds(); len(hs) != 1 || hs[0].Chain.String() != holder || len(hs[0].Waiting) != 0 {
		t.Errorf("holds after the cancel: %+v", hs)
	}
	// End the spinner: b's Embrace closes a cycle with it, which is broken.
	other := stateflow.Go(func() ([]byte, error) { return rt.Call(ctx, acct("b"), "Embrace", refInt("a", 1<<50)) })
	_, errA := spinner.Get(ctx)
	_, errB := other.Get(ctx)
	if (errA == nil) == (errB == nil) {
		t.Errorf("Embrace a: %v; Embrace b: %v; want one deadlock", errA, errB)
	}
	if hs := rt.Holds(); len(hs) != 0 {
		t.Errorf("holds left: %+v", hs)
	}
}
