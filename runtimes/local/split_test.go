package local

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/engine"
	"github.com/stateflow-go/stateflow/internal/testprog"
	"github.com/stateflow-go/stateflow/wire"
)

func acct(key string) stateflow.Address { return stateflow.Address{Entity: "Account", Key: key} }

func refInt(key string, n int) []byte {
	return wire.AppendInt(wire.AppendRef(nil, key, false), int64(n))
}

func accountArgs(id string, balance int) []byte { return itemArgs(id, balance) }

// newAccounts returns a runtime with the given accounts, all with balance.
func newAccounts(t *testing.T, balance int, keys []string, opts ...Option) *Runtime {
	t.Helper()
	rt := New(testprog.Program(), opts...)
	t.Cleanup(func() { rt.Close() })
	var fs []*stateflow.Future[string]
	for _, k := range keys {
		fs = append(fs, rt.CreateAsync(t.Context(), "Account", accountArgs(k, balance)))
	}
	rt.Drain()
	for _, f := range fs {
		if _, err := f.Get(t.Context()); err != nil {
			t.Fatal(err)
		}
	}
	return rt
}

func (r *Runtime) account(t *testing.T, key string) *testprog.Account {
	t.Helper()
	f := stateflow.Go(func() ([]byte, error) { return r.State(t.Context(), acct(key)) })
	if r.manual {
		for {
			select {
			case <-f.Done():
			default:
				r.Drain()
				continue
			}
			break
		}
	}
	b, err := f.Get(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	v, err := testprog.Program().Entity("Account").DecodeState(b)
	if err != nil {
		t.Fatal(err)
	}
	return v.(*testprog.Account)
}

// The events of a split method travel as bytes: the call carries the
// caller's continuation record, the reply comes back to the caller.
func TestSplitEventsCarryContinuations(t *testing.T) {
	var trace []engine.Event
	rt := newAccounts(t, 100, []string{"a", "b"}, WithManualDrain(), WithTrace(func(ev engine.Event) {
		ev.Stack = slices.Clone(ev.Stack)
		trace = append(trace, ev)
	}))
	trace = nil
	f := rt.CallAsync(t.Context(), acct("a"), "Transfer", refInt("b", 30))
	rt.Drain()
	if _, err := f.Get(t.Context()); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, ev := range trace {
		got = append(got, fmt.Sprintf("%s hop %d", ev.String(), ev.Hop))
	}
	want := []string{
		"Invoke Account/a.Transfer (3 bytes) hop 0",
		"Invoke Account/b.Deposit (1 bytes, stack 1) hop 1",
		"Result Account/a.Transfer (2 bytes, stack 1) hop 2",
	}
	if !slices.Equal(got, want) {
		t.Fatalf("trace:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	rec, err := engine.DecodeContinuation(trace[1].Stack[0])
	if err != nil || rec.Caller != acct("a") || rec.Method != "Transfer" || rec.PC != 1 || !bytes.Equal(rec.Frame, wire.AppendInt(nil, 30)) {
		t.Errorf("record %+v (%v)", rec, err)
	}
	if a, b := rt.account(t, "a"), rt.account(t, "b"); a.Balance != 70 || b.Balance != 130 {
		t.Errorf("balances %d, %d", a.Balance, b.Balance)
	}
}

// An exclusive request for a held account waits until the operation
// holding it ends; a readonly one and a state read do not.
func TestHeldEntityWaits(t *testing.T) {
	var order []string
	rt := newAccounts(t, 100, []string{"a", "b"}, WithManualDrain(), WithTrace(func(ev engine.Event) {
		if ev.Hop == 0 {
			order = append(order, ev.Method+ev.Kind.String())
		}
	}))
	order = nil
	ctx := t.Context()
	transfer := rt.CallAsync(ctx, acct("a"), "Transfer", refInt("b", 30))
	deposit := rt.CallAsync(ctx, acct("a"), "Deposit", wire.AppendInt(nil, 5))
	richer := rt.CallAsync(ctx, acct("a"), "Richer", wire.AppendRef(nil, "b", false))
	state := stateflow.Go(func() ([]byte, error) { return rt.State(ctx, acct("a")) })
	for rt.queued() < 4 {
		// the State request is submitted by its goroutine
	}
	rt.Drain()
	for _, f := range []*stateflow.Future[[]byte]{transfer, deposit, richer, state} {
		if _, err := f.Get(ctx); err != nil {
			t.Fatal(err)
		}
	}
	// Richer and State ran while a was held by the transfer and saw the
	// balance as last stored (the transfer debits after its call).
	if got, _ := richer.Get(ctx); !bytes.Equal(got, wire.AppendBool(nil, false)) {
		t.Errorf("Richer = %x", got)
	}
	if got, _ := deposit.Get(ctx); !bytes.Equal(got, wire.AppendInt(nil, 75)) {
		t.Errorf("Deposit = %x, want the balance after the transfer plus 5", got)
	}
	want := []string{"TransferInvoke", "RicherInvoke", "GetState", "DepositInvoke"}
	if !slices.Equal(order, want) {
		t.Errorf("client requests ran in order %v, want %v", order, want)
	}
	if hs := rt.Holds(); len(hs) != 0 {
		t.Errorf("holds left: %+v", hs)
	}
}

func (r *Runtime) queued() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.queue)
}

// Two chains that wait for each other: one fails with an error naming the
// cycle, the other finishes, and no hold is left.
func TestDeadlockDeterministic(t *testing.T) {
	rt := newAccounts(t, 10, []string{"a", "b"}, WithManualDrain())
	ctx := t.Context()
	fa := rt.CallAsync(ctx, acct("a"), "Embrace", refInt("b", 100))
	fb := rt.CallAsync(ctx, acct("b"), "Embrace", refInt("a", 100))
	rt.Drain()
	resA, errA := fa.Get(ctx)
	_, errB := fb.Get(ctx)
	// First come, first served: both take their account and read the other's
	// flag; a's chain calls b first and waits; b's chain then calls a, which
	// would close the cycle, so that call is refused and b's Embrace fails.
	re := regexp.MustCompile(`^Account/b\.Embrace failed: deadlock: chain ([0-9a-f]{8}) calls Account/a\.Deposit, which waits for Account/a held by Account/a\.Embrace of chain ([0-9a-f]{8}); chain ([0-9a-f]{8}) calls Account/b\.Deposit, which waits for Account/b held by Account/b\.Embrace of chain ([0-9a-f]{8})$`)
	m := re.FindStringSubmatch(fmt.Sprint(errB))
	if m == nil || m[1] != m[4] || m[2] != m[3] || m[1] == m[2] {
		t.Fatalf("b.Embrace: %v", errB)
	}
	if n, _ := decodeInt(resA); errA != nil || n != 11 {
		t.Errorf("a.Embrace = %d, %v; want 11", n, errA)
	}
	// The loser's first step (Busy) stays; its failed step changed nothing.
	if a, b := rt.account(t, "a"), rt.account(t, "b"); a.Busy || a.Balance != 10 || !b.Busy || b.Balance != 11 {
		t.Errorf("a %+v, b %+v", a, b)
	}
	if hs := rt.Holds(); len(hs) != 0 || rt.locks.Parked() != 0 {
		t.Errorf("holds left: %+v", hs)
	}
}

func decodeInt(b []byte) (int, error) {
	d := wire.NewDecoder(b)
	v := int(d.Int())
	return v, d.Finish()
}

// Random interleavings of concurrent transfers, each replayed from its
// seed: the total is kept, balances never go negative, and each balance is
// its initial value plus exactly the successful transfers.
func TestShuffledTransfers(t *testing.T) {
	const accounts, initial = 4, 50
	keys := []string{"w", "x", "y", "z"}
	deadlocks := 0
	for seed := range uint64(30) {
		rt := newAccounts(t, initial, keys, WithManualDrain(), WithShuffle(seed))
		rng := rand.New(rand.NewPCG(seed, 1))
		type transfer struct {
			from, to, amount int
			f                *stateflow.Future[[]byte]
		}
		var ts []transfer
		for range 12 {
			tr := transfer{from: rng.IntN(accounts), to: rng.IntN(accounts), amount: 1 + rng.IntN(40)}
			tr.f = rt.CallAsync(t.Context(), acct(keys[tr.from]), "Transfer", refInt(keys[tr.to], tr.amount))
			ts = append(ts, tr)
		}
		rt.Drain()
		want := []int{initial, initial, initial, initial}
		for _, tr := range ts {
			_, err := tr.f.Get(t.Context())
			var oe *stateflow.OpError
			switch {
			case err == nil:
				want[tr.from] -= tr.amount
				want[tr.to] += tr.amount
			case errors.As(err, &oe) && strings.HasPrefix(oe.Message, "deadlock: "):
				deadlocks++
			case !strings.Contains(fmt.Sprint(err), "insufficient funds"):
				t.Fatalf("seed %d: %v", seed, err)
			}
		}
		for i, k := range keys {
			if a := rt.account(t, k); a.Balance != want[i] || a.Balance < 0 {
				t.Errorf("seed %d: %s = %d, want %d", seed, k, a.Balance, want[i])
			}
		}
	}
	if deadlocks == 0 {
		t.Error("no interleaving deadlocked: the test does not exercise deadlock detection")
	}
	t.Logf("%d transfers broken by deadlocks", deadlocks)
}

// A seed replays its interleaving exactly.
func TestShuffleReplays(t *testing.T) {
	run := func() []string {
		var trace []string
		rt := newAccounts(t, 20, []string{"a", "b", "c"}, WithManualDrain(), WithShuffle(7), WithTrace(func(ev engine.Event) {
			trace = append(trace, ev.String())
		}))
		for _, c := range [][2]string{{"a", "b"}, {"b", "c"}, {"c", "a"}, {"a", "c"}} {
			rt.CallAsync(t.Context(), acct(c[0]), "Transfer", refInt(c[1], 3))
		}
		rt.Drain()
		return trace
	}
	first, second := run(), run()
	if !slices.Equal(first, second) {
		t.Errorf("two runs with seed 7 differ:\n%s\n--\n%s", strings.Join(first, "\n"), strings.Join(second, "\n"))
	}
}

// A retry with the idempotency key of a request in flight joins it: one
// execution, one answer for both.
func TestIdempotentRetryInFlight(t *testing.T) {
	rt := newAccounts(t, 10, []string{"a", "b"}, WithManualDrain())
	ctx := stateflow.WithIdempotencyKey(t.Context(), "t1")
	f1 := rt.CallAsync(ctx, acct("a"), "Transfer", refInt("b", 4))
	f2 := rt.CallAsync(ctx, acct("a"), "Transfer", refInt("b", 4))
	f3 := rt.CallAsync(ctx, acct("a"), "Transfer", refInt("b", 5))
	rt.Drain()
	for _, f := range []*stateflow.Future[[]byte]{f1, f2} {
		if _, err := f.Get(t.Context()); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := f3.Get(t.Context()); !errors.Is(err, stateflow.ErrIdempotencyConflict) {
		t.Errorf("other arguments with the key: %v", err)
	}
	if a := rt.account(t, "a"); a.Balance != 6 {
		t.Errorf("balance %d, want one transfer of 4", a.Balance)
	}
}

// A caller that stops waiting before its request started: the request
// never runs, even when it was parked for a held entity.
func TestGiveUpBeforeStart(t *testing.T) {
	rt := newAccounts(t, 10, []string{"a", "b"}, WithManualDrain())
	ctx, cancel := context.WithCancel(t.Context())
	transfer := rt.CallAsync(t.Context(), acct("a"), "Transfer", refInt("b", 4))
	deposit := rt.CallAsync(ctx, acct("a"), "Deposit", wire.AppendInt(nil, 100))
	cancel()
	if _, err := deposit.Get(t.Context()); !errors.Is(err, context.Canceled) {
		t.Fatalf("Deposit: %v", err)
	}
	rt.Drain()
	if _, err := transfer.Get(t.Context()); err != nil {
		t.Fatal(err)
	}
	if a := rt.account(t, "a"); a.Balance != 6 {
		t.Errorf("balance %d, want 6: the abandoned deposit must not run", a.Balance)
	}
}

// Close answers the requests in flight.
func TestCloseAnswersWaiting(t *testing.T) {
	rt := New(testprog.Program(), WithManualDrain())
	f := rt.CallAsync(t.Context(), acct("a"), "Deposit", wire.AppendInt(nil, 1))
	rt.Close()
	if _, err := f.Get(t.Context()); !errors.Is(err, ErrClosed) {
		t.Errorf("a request queued at Close: %v", err)
	}
}
