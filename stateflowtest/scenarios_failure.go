package stateflowtest

import (
	"context"
	"errors"
	"strings"

	"github.com/stateflow-go/stateflow"
)

func testErrorKeepsChanges(e *env) {
	plain := e.createItem("jeans", 10)
	e.call(itemAddr("jeans"), "SetStock", intArg(2))
	plain.SetStock(2)

	// Plain Go's Take changes the stock and then returns an error; the
	// runtime keeps the change too: an operation's own error is a normal
	// return, not a failure that rolls back.
	_, plainErr := plain.Take(5)
	if plainErr == nil {
		e.Fatal("plain Take(5) did not fail")
	}
	_, err := e.c.Call(e.ctx, itemAddr("jeans"), "Take", intArg(5))
	var oe *stateflow.OpError
	if !errors.As(err, &oe) {
		e.Fatalf("Take(5): %v, want an *OpError", err)
	}
	want := stateflow.OpError{Entity: "Item", Key: "jeans", Method: "Take", Message: plainErr.Error()}
	if *oe != want {
		e.Errorf("OpError %+v, want %+v", *oe, want)
	}
	e.wantStateBytes(itemAddr("jeans"), e.encode("Item", plain))
}

func testPanicLeavesState(e *env) {
	plain := e.createItem("jeans", 10)
	before := e.encode("Item", plain)
	msg := plainPanic(plain.Explode)
	_, err := e.c.Call(e.ctx, itemAddr("jeans"), "Explode", nil)
	var oe *stateflow.OpError
	if !errors.As(err, &oe) {
		e.Fatalf("Explode: %v, want an *OpError", err)
	}
	want := stateflow.OpError{Entity: "Item", Key: "jeans", Method: "Explode", Message: msg, Panic: true}
	if *oe != want {
		e.Errorf("OpError %+v, want %+v", *oe, want)
	}
	e.wantStateBytes(itemAddr("jeans"), before)
	// The entity still works.
	e.call(itemAddr("jeans"), "SetStock", intArg(1))
}

func testBadArguments(e *env) {
	plain := e.createItem("jeans", 10)
	for name, args := range map[string][]byte{
		"missing":  nil,
		"trailing": append(intArg(3), 1),
	} {
		_, err := e.c.Call(e.ctx, itemAddr("jeans"), "Take", args)
		var ae *stateflow.ArgError
		if !errors.As(err, &ae) || !errors.Is(err, stateflow.ErrBadRequest) {
			e.Errorf("Take with %s arguments: %v, want an *ArgError", name, err)
		}
	}
	e.wantState(itemAddr("jeans"), plain)
}

func testNotFound(e *env) {
	e.createItem("jeans", 10)
	check := func(what string, err error, names string) {
		e.Helper()
		var nf *stateflow.NotFoundError
		if !errors.Is(err, stateflow.ErrNotFound) || !errors.As(err, &nf) {
			e.Errorf("%s: %v, want a *NotFoundError", what, err)
			return
		}
		if !strings.Contains(err.Error(), names) {
			e.Errorf("%s: %q does not name %q", what, err, names)
		}
	}
	_, err := e.c.Call(e.ctx, itemAddr("shirt"), "Take", intArg(1))
	check("call on a missing key", err, "shirt")
	_, err = e.c.Call(e.ctx, itemAddr("jeans"), "Buy", nil)
	check("call of an unknown method", err, "Buy")
	_, err = e.c.Call(e.ctx, stateflow.Address{Entity: "Shoe", Key: "x"}, "Wear", nil)
	check("call on an unknown entity", err, "Shoe")
	_, err = e.c.Create(e.ctx, "Shoe", nil)
	check("create of an unknown entity", err, "Shoe")
	_, err = e.c.State(e.ctx, itemAddr("shirt"))
	check("state of a missing key", err, "shirt")
	_, err = e.c.State(e.ctx, stateflow.Address{Entity: "Shoe", Key: "x"})
	check("state of an unknown entity", err, "Shoe")
	if _, err := e.c.State(e.ctx, itemAddr("shirt")); err == nil {
		e.Error("a failed call created its entity")
	}
}

func testCanceledContext(e *env) {
	plain := e.createItem("jeans", 10)
	ctx, cancel := context.WithCancel(e.ctx)
	cancel()
	if _, err := e.c.Call(ctx, itemAddr("jeans"), "SetStock", intArg(9)); !errors.Is(err, context.Canceled) {
		e.Errorf("Call with a canceled context: %v, want context.Canceled", err)
	}
	if _, err := e.c.Create(ctx, "Item", newItemArgs("shirt", 1)); !errors.Is(err, context.Canceled) {
		e.Errorf("Create with a canceled context: %v, want context.Canceled", err)
	}
	e.wantState(itemAddr("jeans"), plain)
	if _, err := e.c.State(e.ctx, itemAddr("shirt")); !errors.Is(err, stateflow.ErrNotFound) {
		e.Errorf("a canceled Create created its entity: %v", err)
	}
}
