package stateflowtest

import (
	"errors"
	"strings"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/internal/testprog"
)

// Scenarios of split methods called by one client at a time: the results,
// errors and states must be plain Go's.

func testSplitRemoteCall(e *env) {
	a, b := e.createAccount("a", 100), e.createAccount("b", 10)
	transfer := func(to *testprog.Account, amount int) {
		e.Helper()
		plain := a.Transfer(to, amount)
		_, err := e.c.Call(e.ctx, accountAddr("a"), "Transfer", refIntArgs(to.ID, amount))
		if plain == nil {
			if err != nil {
				e.Errorf("Transfer(%s, %d): %v, plain Go succeeds", to.ID, amount, err)
			}
		} else {
			e.wantOpError(err, "a", "Transfer", plain.Error(), false)
		}
		e.wantState(accountAddr("a"), a)
		e.wantState(accountAddr("b"), b)
	}
	transfer(b, 30)   // a remote call that succeeds
	transfer(b, 1000) // the method's own error, before the call
	transfer(b, -5)   // the callee's error, received and returned by the caller
	transfer(a, 20)   // a call of the caller itself: the deposit is seen after the call

	// A call of a missing entity fails the caller; the step before the call
	// changed nothing, so nothing changes.
	before := e.encode("Account", a)
	_, err := e.c.Call(e.ctx, accountAddr("a"), "Transfer", refIntArgs("nobody", 1))
	var oe *stateflow.OpError
	if !errors.As(err, &oe) || oe.Panic || !strings.Contains(oe.Message, "Account/nobody") || !strings.Contains(oe.Message, "not found") {
		e.Errorf("Transfer to a missing account: %v, want an *OpError naming Account/nobody as not found", err)
	}
	e.wantStateBytes(accountAddr("a"), before)
	transfer(b, 70)
}

func testSplitStateRequest(e *env) {
	a, b := e.createAccount("a", 100), e.createAccount("b", 10)
	for _, c := range []struct{ self, other *testprog.Account }{{a, b}, {b, a}, {a, a}} {
		got, err := decodeBool(e.call(accountAddr(c.self.ID), "Richer", refArg(c.other.ID)))
		if want := c.self.Richer(c.other); err != nil || got != want {
			e.Errorf("%s.Richer(%s) = %v (%v), want %v", c.self.ID, c.other.ID, got, err, want)
		}
	}
	_, err := e.c.Call(e.ctx, accountAddr("a"), "Richer", refArg("nobody"))
	var oe *stateflow.OpError
	if !errors.As(err, &oe) || !strings.Contains(oe.Message, "Account/nobody") {
		e.Errorf("Richer than a missing account: %v, want an *OpError naming Account/nobody", err)
	}
	e.wantState(accountAddr("a"), a)
}

func testSplitRemoteCreate(e *env) {
	a := e.createAccount("a", 100)
	open := func(id string, amount int) {
		e.Helper()
		n, plain := a.Open(id, amount)
		res, err := e.c.Call(e.ctx, accountAddr("a"), "Open", newAccountArgs(id, amount))
		if plain != nil {
			e.wantOpError(err, "a", "Open", plain.Error(), false)
		} else if err != nil {
			e.Errorf("Open(%q, %d): %v, plain Go succeeds", id, amount, err)
		} else {
			key, isNil, err := decodeRef(res)
			if err != nil || isNil || key != n.ID {
				e.Errorf("Open(%q, %d) = %q nil=%v (%v), want %q", id, amount, key, isNil, err, n.ID)
			}
			e.wantState(accountAddr(id), n)
		}
		e.wantState(accountAddr("a"), a)
	}
	open("c", 30)   // a remote create
	open("d", -5)   // the constructor's error, received by the caller
	open("e", 1000) // the method's own error
	open("f", 70)

	// A create whose key exists reaches the call site's error result.
	_, err := e.c.Call(e.ctx, accountAddr("a"), "Open", newAccountArgs("c", 0))
	e.wantOpError(err, "a", "Open", "Account/c exists", false)
	e.wantState(accountAddr("a"), a)
}

func newAccountArgs(id string, balance int) []byte { return newItemArgs(id, balance) }

func testSplitCallBack(e *env) {
	a, b := e.createAccount("a", 5), e.createAccount("b", 0)
	// a -> b -> a: the call back into a runs within the chain, and a sees
	// its effect when it resumes.
	n, bal, plain := a.Bounce(b, 7)
	res := e.call(accountAddr("a"), "Bounce", refIntArgs("b", 7))
	got, err := decodeInts(res, 2)
	if plain != nil || err != nil || got[0] != n || got[1] != bal {
		e.Errorf("Bounce = %v (%v), want %d, %d (plain Go, %v)", got, err, n, bal, plain)
	}
	e.wantState(accountAddr("a"), a)
	e.wantState(accountAddr("b"), b)

	// The callee's error comes back through the chain; the caller's first
	// step stays committed (Busy), exactly as in plain Go.
	_, _, plain = a.Bounce(b, -1)
	_, err = e.c.Call(e.ctx, accountAddr("a"), "Bounce", refIntArgs("b", -1))
	e.wantOpError(err, "a", "Bounce", plainErr(plain), false)
	e.wantState(accountAddr("a"), a)

	// Relay asks a state request of an account that is not busy.
	_, plain = b.Relay(b, 1)
	_, err = e.c.Call(e.ctx, accountAddr("b"), "Relay", refIntArgs("b", 1))
	e.wantOpError(err, "b", "Relay", plainErr(plain), false)
	e.wantState(accountAddr("b"), b)
}

func testSplitCalleePanic(e *env) {
	a, b := e.createAccount("a", 5), e.createAccount("b", 9)
	bBefore := e.encode("Account", b)
	msg := plainPanic(func() { a.Poke(b) })
	_, err := e.c.Call(e.ctx, accountAddr("a"), "Poke", refArg("b"))
	e.wantOpError(err, "a", "Poke", msg, true)
	// The caller's step before the call is committed, as in plain Go; the
	// callee's failed step left its state as it was.
	e.wantState(accountAddr("a"), a)
	e.wantStateBytes(accountAddr("b"), bBefore)
}

func testSplitNested(e *env) {
	a, b := e.createAccount("a", 100), e.createAccount("b", 0)
	for _, amount := range []int{10, 60, -1} {
		plain := a.PayTwice(b, amount)
		_, err := e.c.Call(e.ctx, accountAddr("a"), "PayTwice", refIntArgs("b", amount))
		if plain == nil && err != nil {
			e.Errorf("PayTwice(b, %d): %v, plain Go succeeds", amount, err)
		} else if plain != nil {
			e.wantOpError(err, "a", "PayTwice", plain.Error(), false)
		}
		e.wantState(accountAddr("a"), a)
		e.wantState(accountAddr("b"), b)
	}
	// pay is an internal split method: clients cannot call it.
	_, err := e.c.Call(e.ctx, accountAddr("a"), "pay", refIntArgs("b", 1))
	if !errors.Is(err, stateflow.ErrNotFound) || !strings.Contains(err.Error(), "pay") {
		e.Errorf("client call of the internal method pay: %v, want ErrNotFound naming it", err)
	}
	e.wantState(accountAddr("a"), a)
}

func testSplitFailedStep(e *env) {
	a, b := e.createAccount("a", 1), e.createAccount("b", 2)
	// Embrace gives up after reading b's flag 3 times: plain Go returns the
	// error after resetting a.Busy, and so does the runtime: a method's own
	// error keeps the changes of every step, the last one included.
	_, plain := a.Embrace(b, 3)
	_, err := e.c.Call(e.ctx, accountAddr("a"), "Embrace", refIntArgs("b", 3))
	e.wantOpError(err, "a", "Embrace", plainErr(plain), false)
	e.wantState(accountAddr("a"), a)
	e.wantState(accountAddr("b"), b)
}

func testSplitBadArguments(e *env) {
	a := e.createAccount("a", 1)
	for name, args := range map[string][]byte{
		"missing":  nil,
		"trailing": append(refIntArgs("b", 1), 0),
	} {
		_, err := e.c.Call(e.ctx, accountAddr("a"), "Transfer", args)
		if !errors.Is(err, stateflow.ErrBadRequest) {
			e.Errorf("Transfer with %s arguments: %v, want ErrBadRequest", name, err)
		}
	}
	e.wantState(accountAddr("a"), a)
}
