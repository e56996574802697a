package engine

import (
	"errors"
	"regexp"
	"slices"
	"testing"

	"github.com/stateflow-go/stateflow"
)

func acct(key string) stateflow.Address { return stateflow.Address{Entity: "Account", Key: key} }

func chainID(n byte) ID { return ID{n, n, n, n} }

// deposit is an exclusive event of chain c for account key.
func deposit(c ID, key string) *Event {
	return &Event{ID: c, Kind: Invoke, Target: acct(key), Method: "Deposit"}
}

var accountOp = NewOperator(prog.Entity("Account"))

func TestLocksAdmit(t *testing.T) {
	l := NewLocks[string]()
	c1, c2 := chainID(1), chainID(2)
	mustRun := func(ev *Event, want bool) {
		t.Helper()
		run, err := l.Admit(ev, accountOp, ev.Method)
		if err != nil || run != want {
			t.Fatalf("Admit(%s of chain %s) = %v, %v; want %v", ev, ev.ID.Short(), run, err, want)
		}
	}
	// Nothing is held: everything runs.
	mustRun(deposit(c2, "a"), true)
	if err := l.Acquire(acct("a"), c1, "Transfer"); err != nil {
		t.Fatal(err)
	}
	// The holding chain is admitted (reentrancy); readonly operations, state
	// requests, state reads and replies of other chains too.
	mustRun(deposit(c1, "a"), true)
	for _, ev := range []*Event{
		{ID: c2, Kind: Invoke, Target: acct("a"), Method: "Richer"},
		{ID: c2, Kind: GetField, Target: acct("a"), Method: "Balance"},
		{ID: c2, Kind: GetState, Target: acct("a")},
		{ID: c2, Kind: Result, Target: acct("a"), Method: "Transfer"},
		{ID: c2, Kind: Invoke, Target: acct("a"), Method: "Unknown"},
		deposit(c2, "b"),
	} {
		mustRun(ev, true)
	}
	// An exclusive event of another chain waits, in arrival order.
	c3 := chainID(3)
	mustRun(deposit(c2, "a"), false)
	mustRun(&Event{ID: c3, Kind: SetState, Target: acct("a"), Method: "third"}, false)
	if l.Parked() != 2 {
		t.Errorf("Parked = %d, want 2", l.Parked())
	}
	if _, ok := l.Next(acct("a")); ok {
		t.Error("Next handed out an event of a held entity")
	}
	hs := l.Holds()
	want := []HoldInfo{{Entity: acct("a"), Chain: c1, Method: "Transfer", Count: 1, Waiting: []ID{c2, c3}}}
	if len(hs) != 1 || hs[0].Entity != want[0].Entity || hs[0].Chain != c1 || hs[0].Count != 1 || !slices.Equal(hs[0].Waiting, want[0].Waiting) {
		t.Errorf("Holds = %+v, want %+v", hs, want)
	}
	// A nested hold of the same chain counts.
	if err := l.Acquire(acct("a"), c1, "PayTwice"); err != nil {
		t.Fatal(err)
	}
	if err := l.Release(acct("a"), c1); err != nil {
		t.Fatal(err)
	}
	if _, ok := l.Next(acct("a")); ok {
		t.Error("the entity is free after one of two releases")
	}
	if err := l.Release(acct("a"), c1); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Deposit", "third"} {
		item, ok := l.Next(acct("a"))
		if !ok || item != want {
			t.Fatalf("Next = %q, %v; want %q", item, ok, want)
		}
	}
	if _, ok := l.Next(acct("a")); ok || l.Parked() != 0 || len(l.Holds()) != 0 || len(l.entities) != 0 {
		t.Errorf("bookkeeping left behind: %d parked, holds %+v, %d entries", l.Parked(), l.Holds(), len(l.entities))
	}
}

func TestLocksMisuse(t *testing.T) {
	l := NewLocks[int]()
	c1, c2 := chainID(1), chainID(2)
	if err := l.Release(acct("a"), c1); err == nil {
		t.Error("a release without a hold succeeded")
	}
	l.Acquire(acct("a"), c1, "Transfer")
	if err := l.Acquire(acct("a"), c2, "Transfer"); err == nil {
		t.Error("a second chain took a held entity")
	}
	if err := l.Release(acct("a"), c2); err == nil {
		t.Error("another chain released the hold")
	}
	out := &Outcome{Hold: HoldRelease}
	if err := l.Apply(deposit(c2, "a"), out); err == nil {
		t.Error("Apply released another chain's hold")
	}
	out.Hold = HoldKeep
	if err := l.Apply(deposit(c2, "a"), out); err != nil {
		t.Error(err)
	}
}

// Chains waiting in a cycle: the event that would close it is refused
// with an error naming every chain, call and entity of the cycle.
func TestLocksDeadlock(t *testing.T) {
	l := NewLocks[int]()
	c1, c2, c3 := chainID(1), chainID(2), chainID(3)
	l.Acquire(acct("a"), c1, "Embrace")
	l.Acquire(acct("b"), c2, "Embrace")
	l.Acquire(acct("c"), c3, "Embrace")
	if run, err := l.Admit(deposit(c1, "b"), accountOp, 1); run || err != nil { // c1 waits for c2
		t.Fatalf("Admit = %v, %v", run, err)
	}
	if run, err := l.Admit(deposit(c2, "c"), accountOp, 2); run || err != nil { // c2 waits for c3
		t.Fatalf("Admit = %v, %v", run, err)
	}
	run, err := l.Admit(deposit(c3, "a"), accountOp, 3) // c3 would wait for c1: a cycle
	var de *DeadlockError
	if run || !errors.As(err, &de) {
		t.Fatalf("Admit closing a cycle = %v, %v; want a *DeadlockError", run, err)
	}
	if len(de.Cycle) != 3 || de.Cycle[0].Chain != c3 || de.Cycle[1].Chain != c1 || de.Cycle[2].Chain != c2 || de.Cycle[2].Holder != c3 {
		t.Errorf("cycle %+v", de.Cycle)
	}
	want := "deadlock: chain 03030303 calls Account/a.Deposit, which waits for Account/a held by Account/a.Embrace of chain 01010101; " +
		"chain 01010101 calls Account/b.Deposit, which waits for Account/b held by Account/b.Embrace of chain 02020202; " +
		"chain 02020202 calls Account/c.Deposit, which waits for Account/c held by Account/c.Embrace of chain 03030303"
	if err.Error() != want {
		t.Errorf("error:\n%s\nwant:\n%s", err, want)
	}
	if l.Parked() != 2 {
		t.Errorf("the refused event was parked: %d parked", l.Parked())
	}
	// The refused chain fails and gives up its holds; the chain waiting
	// for it runs next.
	freed := l.Abandon(c3)
	if !slices.Equal(freed, []stateflow.Address{acct("c")}) {
		t.Errorf("Abandon freed %v", freed)
	}
	if item, ok := l.Next(acct("c")); !ok || item != 2 {
		t.Errorf("Next(c) = %v, %v; want chain 2's event", item, ok)
	}
	// A wait that does not close a cycle is not a deadlock.
	l.Acquire(acct("c"), c2, "Deposit")
	if run, err := l.Admit(deposit(c3, "a"), accountOp, 4); run || err != nil {
		t.Errorf("Admit = %v, %v; want parked", run, err)
	}
}

func TestLocksAbandonForgetsParked(t *testing.T) {
	l := NewLocks[int]()
	c1, c2 := chainID(1), chainID(2)
	l.Acquire(acct("a"), c1, "Transfer")
	l.Acquire(acct("b"), c2, "Transfer")
	l.Acquire(acct("b"), c2, "Transfer")
	l.Admit(deposit(c2, "a"), accountOp, 7)
	freed := l.Abandon(c2)
	if !slices.Equal(freed, []stateflow.Address{acct("b")}) || l.Parked() != 0 {
		t.Errorf("Abandon freed %v, %d still parked", freed, l.Parked())
	}
	l.Release(acct("a"), c1)
	if _, ok := l.Next(acct("a")); ok {
		t.Error("an abandoned chain's event was handed out")
	}
	if len(l.entities) != 0 {
		t.Errorf("entries left: %v", l.entities)
	}
}

func TestDeadlockMessageShape(t *testing.T) {
	err := &DeadlockError{Cycle: []WaitLink{
		{Chain: chainID(0xab), Call: "Account/b.Deposit", Entity: acct("b"), Holder: chainID(0xcd), HeldBy: "Account/b.Embrace"},
		{Chain: chainID(0xcd), Call: "Account/a.Deposit", Entity: acct("a"), Holder: chainID(0xab), HeldBy: "Account/a.Embrace"},
	}}
	re := regexp.MustCompile(`^deadlock: chain abababab calls Account/b\.Deposit, which waits for Account/b held by Account/b\.Embrace of chain cdcdcdcd; chain cdcdcdcd calls .* of chain abababab$`)
	if !re.MatchString(err.Error()) {
		t.Errorf("message %q", err)
	}
}

func TestLocksWithdraw(t *testing.T) {
	l := NewLocks[string]()
	c1, c2, c3 := chainID(1), chainID(2), chainID(3)
	if err := l.Acquire(acct("a"), c1, "Transfer"); err != nil {
		t.Fatal(err)
	}
	if err := l.Acquire(acct("b"), c2, "Transfer"); err != nil {
		t.Fatal(err)
	}
	for _, c := range []ID{c2, c3} {
		if run, err := l.Admit(deposit(c, "a"), accountOp, c.Short()); run || err != nil {
			t.Fatalf("Admit of chain %s = %v, %v; want parked", c.Short(), run, err)
		}
	}
	if got, ok := l.Withdraw(c2); !ok || got != c2.Short() {
		t.Fatalf("Withdraw(c2) = %q, %v", got, ok)
	}
	if _, ok := l.Withdraw(c2); ok {
		t.Errorf("a second Withdraw(c2) found an event")
	}
	// c2 keeps its hold on b; c3 is still first in a's queue.
	hs := l.Holds()
	if len(hs) != 2 || hs[1].Entity != acct("b") || hs[1].Chain != c2 || !slices.Equal(hs[0].Waiting, []ID{c3}) {
		t.Errorf("holds after Withdraw = %+v", hs)
	}
	if err := l.Release(acct("a"), c1); err != nil {
		t.Fatal(err)
	}
	if got, ok := l.Next(acct("a")); !ok || got != c3.Short() {
		t.Errorf("Next(a) = %q, %v; want chain 3's event", got, ok)
	}
	if l.Parked() != 0 {
		t.Errorf("%d events parked, want 0", l.Parked())
	}
}
