package stateflowtest

import (
	"errors"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/internal/testprog"
)

func testIdempotentRetries(e *env) {
	plain := &testprog.User{ID: "u1"}
	e.createUser(plain)
	ctx := stateflow.WithIdempotencyKey(e.ctx, "deposit-1")
	want := plain.Deposit(5) // the effect happens once
	for try := range 3 {
		res, err := e.c.Call(ctx, userAddr("u1"), "Deposit", intArg(5))
		if err != nil {
			e.Fatalf("try %d: %v", try, err)
		}
		if got, err := decodeInt(res); err != nil || got != want {
			e.Errorf("try %d: Deposit(5) = %d (%v), want the first answer %d", try, got, err, want)
		}
	}
	e.wantState(userAddr("u1"), plain)

	// Another key is another request.
	want = plain.Deposit(5)
	res := e.callWith(stateflow.WithIdempotencyKey(e.ctx, "deposit-2"), userAddr("u1"), "Deposit", intArg(5))
	if got, err := decodeInt(res); err != nil || got != want {
		e.Errorf("Deposit(5) with a new key = %d (%v), want %d", got, err, want)
	}
	e.wantState(userAddr("u1"), plain)
}

func testIdempotentCreate(e *env) {
	ctx := stateflow.WithIdempotencyKey(e.ctx, "create-jeans")
	plain, _ := testprog.NewItem("jeans", 10)
	for try := range 2 {
		key, err := e.c.Create(ctx, "Item", newItemArgs("jeans", 10))
		if err != nil || key != plain.Key() {
			e.Fatalf("try %d: Create = %q, %v; want %q and no error", try, key, err, plain.Key())
		}
	}
	e.wantState(itemAddr("jeans"), plain)
	// Without the key the same create is a duplicate.
	if _, err := e.c.Create(e.ctx, "Item", newItemArgs("jeans", 10)); !errors.Is(err, stateflow.ErrExists) {
		e.Errorf("Create without the key: %v, want ErrExists", err)
	}
}

func testIdempotentFailure(e *env) {
	plain := e.createItem("jeans", 10)
	ctx := stateflow.WithIdempotencyKey(e.ctx, "take")
	var first string
	for try := range 2 {
		_, err := e.c.Call(ctx, itemAddr("jeans"), "Take", intArg(1))
		var oe *stateflow.OpError
		if !errors.As(err, &oe) {
			e.Fatalf("try %d: Take(1) on an empty stock: %v, want an *OpError", try, err)
		}
		if try == 0 {
			first = err.Error()
		} else if err.Error() != first {
			e.Errorf("retry answered %q, the first answer was %q", err, first)
		}
		// The stock is raised after the failure, but the retry keeps the
		// first answer.
		e.call(itemAddr("jeans"), "SetStock", intArg(5))
	}
	plain.SetStock(5)
	e.wantState(itemAddr("jeans"), plain)
}

func testIdempotencyConflict(e *env) {
	plain := &testprog.User{ID: "u1"}
	e.createUser(plain)
	ctx := stateflow.WithIdempotencyKey(e.ctx, "k")
	e.callWith(ctx, userAddr("u1"), "Deposit", intArg(5))
	plain.Deposit(5)
	if _, err := e.c.Call(ctx, userAddr("u1"), "Deposit", intArg(6)); !errors.Is(err, stateflow.ErrIdempotencyConflict) {
		e.Errorf("other arguments with the same key: %v, want ErrIdempotencyConflict", err)
	}
	if _, err := e.c.Create(ctx, "Item", newItemArgs("jeans", 1)); !errors.Is(err, stateflow.ErrIdempotencyConflict) {
		e.Errorf("another request kind with the same key: %v, want ErrIdempotencyConflict", err)
	}
	e.wantState(userAddr("u1"), plain)
}
