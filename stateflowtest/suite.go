package stateflowtest

import (
	"bytes"
	"context"
	"fmt"
	"testing"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/internal/testprog"
	"github.com/stateflow-go/stateflow/ir"
)

// RunRuntimeSuite runs the runtime conformance scenarios, each as a subtest
// with a fresh client that newClient returns for the test program. The
// client must be closed by newClient's test cleanup, if it needs closing.
func RunRuntimeSuite(t *testing.T, newClient func(t *testing.T, prog *ir.Program) stateflow.Client) {
	for _, s := range scenarios {
		t.Run(s.name, func(t *testing.T) {
			prog := testprog.Program()
			e := &env{TB: t, c: newClient(t, prog), prog: prog, ctx: t.Context()}
			s.run(e)
		})
	}
}

// scenario is one conformance test.
type scenario struct {
	name string
	run  func(e *env)
}

var scenarios = []scenario{
	{"Create", testCreate},
	{"CreateWithoutConstructor", testCreateWithoutConstructor},
	{"CreateDuplicate", testCreateDuplicate},
	{"CreateConstructorError", testCreateConstructorError},
	{"CreateBadArguments", testCreateBadArguments},
	{"Calls", testCalls},
	{"MultipleResults", testMultipleResults},
	{"References", testReferences},
	{"ErrorKeepsChanges", testErrorKeepsChanges},
	{"PanicLeavesStateUnchanged", testPanicLeavesState},
	{"BadArgumentsLeaveStateUnchanged", testBadArguments},
	{"NotFound", testNotFound},
	{"IdempotentRetries", testIdempotentRetries},
	{"IdempotentCreate", testIdempotentCreate},
	{"IdempotentFailure", testIdempotentFailure},
	{"IdempotencyConflict", testIdempotencyConflict},
	{"ConcurrentCallsOnOneKey", testConcurrentCalls},
	{"CanceledContext", testCanceledContext},
	{"SplitRemoteCall", testSplitRemoteCall},
	{"SplitStateRequest", testSplitStateRequest},
	{"SplitRemoteCreate", testSplitRemoteCreate},
	{"SplitCallBack", testSplitCallBack},
	{"SplitCalleePanic", testSplitCalleePanic},
	{"SplitNested", testSplitNested},
	{"SplitFailedStep", testSplitFailedStep},
	{"SplitBadArguments", testSplitBadArguments},
	{"Deadlock", testDeadlock},
	{"ConcurrentTransfers", testConcurrentTransfers},
}

// env is one scenario's client and the helpers the scenarios share.
type env struct {
	testing.TB
	c    stateflow.Client
	prog *ir.Program
	ctx  context.Context
}

func itemAddr(key string) stateflow.Address { return stateflow.Address{Entity: "Item", Key: key} }
func userAddr(key string) stateflow.Address { return stateflow.Address{Entity: "User", Key: key} }

// encode returns the encoded state of a plain-Go entity value.
func (e *env) encode(entity string, plain any) []byte {
	return e.prog.Entity(entity).EncodeState(nil, plain)
}

// createItem creates an item both in plain Go and in the runtime, checks
// the key, and returns the plain value.
func (e *env) createItem(id string, price int) *testprog.Item {
	e.Helper()
	plain, err := testprog.NewItem(id, price)
	if err != nil {
		e.Fatalf("plain NewItem(%q, %d): %v", id, price, err)
	}
	key, err := e.c.Create(e.ctx, "Item", newItemArgs(id, price))
	if err != nil {
		e.Fatalf("Create Item(%q, %d): %v", id, price, err)
	}
	if key != plain.Key() {
		e.Fatalf("Create Item(%q, %d) returned key %q, plain Go's is %q", id, price, key, plain.Key())
	}
	return plain
}

// createUser creates a user (an entity without constructor) from its state.
func (e *env) createUser(plain *testprog.User) {
	e.Helper()
	key, err := e.c.Create(e.ctx, "User", e.encode("User", plain))
	if err != nil {
		e.Fatalf("Create User %q: %v", plain.ID, err)
	}
	if key != plain.Key() {
		e.Fatalf("Create User returned key %q, plain Go's is %q", key, plain.Key())
	}
}

// call invokes a method that must succeed and returns its results.
func (e *env) call(addr stateflow.Address, method string, args []byte) []byte {
	e.Helper()
	res, err := e.c.Call(e.ctx, addr, method, args)
	if err != nil {
		e.Fatalf("Call %s.%s: %v", addr, method, err)
	}
	return res
}

// wantState checks that the runtime holds the state of the plain value.
func (e *env) wantState(addr stateflow.Address, plain any) {
	e.Helper()
	e.wantStateBytes(addr, e.encode(addr.Entity, plain))
}

// wantStateBytes checks that the runtime holds the encoded state want.
func (e *env) wantStateBytes(addr stateflow.Address, want []byte) {
	e.Helper()
	got, err := e.c.State(e.ctx, addr)
	if err != nil {
		e.Fatalf("State %s: %v", addr, err)
	}
	if !bytes.Equal(got, want) {
		e.Errorf("state of %s = %s, want %s (plain Go)", addr, e.show(addr.Entity, got), e.show(addr.Entity, want))
	}
}

// show renders an encoded state for a failure message.
func (e *env) show(entity string, state []byte) string {
	v, err := e.prog.Entity(entity).DecodeState(state)
	if err != nil {
		return fmt.Sprintf("%x (%v)", state, err)
	}
	return fmt.Sprintf("%+v", v)
}

// plainPanic runs fn and returns its panic value as a message.
func plainPanic(fn func()) (msg string) {
	defer func() { msg = fmt.Sprint(recover()) }()
	fn()
	return "<no panic>"
}

// callWith is call with another context.
func (e *env) callWith(ctx context.Context, addr stateflow.Address, method string, args []byte) []byte {
	e.Helper()
	res, err := e.c.Call(ctx, addr, method, args)
	if err != nil {
		e.Fatalf("Call %s.%s: %v", addr, method, err)
	}
	return res
}
