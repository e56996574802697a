package stateflowtest

import (
	"errors"
	"strings"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/internal/testprog"
	"github.com/stateflow-go/stateflow/wire"
)

// Helpers for the scenarios of testprog's Account, whose operations are
// split methods.

func accountAddr(key string) stateflow.Address { return stateflow.Address{Entity: "Account", Key: key} }

// refArg encodes a reference parameter; refIntArgs a reference and an int.
func refArg(key string) []byte { return wire.AppendRef(nil, key, false) }
func refIntArgs(key string, n int) []byte {
	return wire.AppendInt(refArg(key), int64(n))
}

// createAccount creates an account both in plain Go and in the runtime.
func (e *env) createAccount(id string, balance int) *testprog.Account {
	e.Helper()
	plain, err := testprog.NewAccount(id, balance)
	if err != nil {
		e.Fatalf("plain NewAccount(%q, %d): %v", id, balance, err)
	}
	args := wire.AppendInt(wire.AppendString(nil, id), int64(balance))
	key, err := e.c.Create(e.ctx, "Account", args)
	if err != nil || key != id {
		e.Fatalf("Create Account(%q, %d) = %q, %v", id, balance, key, err)
	}
	return plain
}

// account returns the runtime's state of an account, decoded.
func (e *env) account(key string) *testprog.Account {
	e.Helper()
	b, err := e.c.State(e.ctx, accountAddr(key))
	if err != nil {
		e.Fatalf("State %s: %v", accountAddr(key), err)
	}
	v, err := e.prog.Entity("Account").DecodeState(b)
	if err != nil {
		e.Fatalf("state of %s does not decode: %v", accountAddr(key), err)
	}
	return v.(*testprog.Account)
}

// wantOpError checks that err is the *OpError of a failed call of
// key.method with the given message and panic flag.
func (e *env) wantOpError(err error, key, method, msg string, panicked bool) {
	e.Helper()
	var oe *stateflow.OpError
	if !errors.As(err, &oe) {
		e.Errorf("%s.%s: %v, want an *OpError with %q", accountAddr(key), method, err, msg)
		return
	}
	want := stateflow.OpError{Entity: "Account", Key: key, Method: method, Message: msg, Panic: panicked}
	if *oe != want {
		e.Errorf("OpError %+v, want %+v", *oe, want)
	}
}

// plainErr is the message of a plain-Go error, or "<nil>".
func plainErr(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

// isDeadlock reports whether err is the failure of a call that a deadlock
// broke: an *OpError whose message names the cycle.
func isDeadlock(err error) bool {
	oe := asOpError(err)
	return oe != nil && !oe.Panic && strings.HasPrefix(oe.Message, "deadlock: ")
}

// asOpError returns the *OpError in err's chain, or nil.
func asOpError(err error) *stateflow.OpError {
	var oe *stateflow.OpError
	if errors.As(err, &oe) {
		return oe
	}
	return nil
}

func decodeInts(b []byte, n int) ([]int, error) {
	d := wire.NewDecoder(b)
	out := make([]int, n)
	for i := range out {
		out[i] = int(d.Int())
	}
	return out, d.Finish()
}
