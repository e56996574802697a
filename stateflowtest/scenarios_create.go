package stateflowtest

import (
	"errors"
	"strings"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/internal/testprog"
)

func testCreate(e *env) {
	jeans := e.createItem("jeans", 10)
	shirt := e.createItem("shirt", 25)
	e.wantState(itemAddr("jeans"), jeans)
	e.wantState(itemAddr("shirt"), shirt)
}

func testCreateWithoutConstructor(e *env) {
	u := &testprog.User{ID: "u1", Balance: 7, Basket: refs("jeans", "", "shirt")}
	e.createUser(u)
	e.wantState(userAddr("u1"), u)
}

func testCreateDuplicate(e *env) {
	first := e.createItem("jeans", 10)
	_, err := e.c.Create(e.ctx, "Item", newItemArgs("jeans", 99))
	if !errors.Is(err, stateflow.ErrExists) {
		e.Fatalf("second Create of Item jeans: %v, want ErrExists", err)
	}
	if !strings.Contains(err.Error(), "jeans") {
		e.Errorf("error %q does not name the key", err)
	}
	e.wantState(itemAddr("jeans"), first)

	u := &testprog.User{ID: "u1", Balance: 1}
	e.createUser(u)
	_, err = e.c.Create(e.ctx, "User", e.encode("User", &testprog.User{ID: "u1", Balance: 2}))
	if !errors.Is(err, stateflow.ErrExists) {
		e.Fatalf("second Create of User u1: %v, want ErrExists", err)
	}
	e.wantState(userAddr("u1"), u)
}

func testCreateConstructorError(e *env) {
	_, plainErr := testprog.NewItem("bad", -1)
	_, err := e.c.Create(e.ctx, "Item", newItemArgs("bad", -1))
	var oe *stateflow.OpError
	if !errors.As(err, &oe) {
		e.Fatalf("Create Item(bad, -1): %v, want an *OpError", err)
	}
	if oe.Message != plainErr.Error() || oe.Panic || oe.Entity != "Item" {
		e.Errorf("OpError %+v, want Entity Item and Message %q (plain Go)", oe, plainErr)
	}
	if _, err := e.c.State(e.ctx, itemAddr("bad")); !errors.Is(err, stateflow.ErrNotFound) {
		e.Errorf("State of an item whose constructor failed: %v, want ErrNotFound", err)
	}
}

func testCreateBadArguments(e *env) {
	for name, args := range map[string][]byte{
		"truncated": newItemArgs("jeans", 10)[:3],
		"trailing":  append(newItemArgs("jeans", 10), 0),
	} {
		if _, err := e.c.Create(e.ctx, "Item", args); !errors.Is(err, stateflow.ErrBadRequest) {
			e.Errorf("Create Item with %s arguments: %v, want ErrBadRequest", name, err)
		}
	}
	if _, err := e.c.Create(e.ctx, "User", []byte{1, 2, 3}); !errors.Is(err, stateflow.ErrBadRequest) {
		e.Errorf("Create User from a corrupt state: %v, want ErrBadRequest", err)
	}
	// An entity needs a key: plain Go accepts NewItem("", 1), a runtime cannot
	// address the result.
	if _, err := e.c.Create(e.ctx, "Item", newItemArgs("", 1)); !errors.Is(err, stateflow.ErrBadRequest) {
		e.Errorf("Create Item with an empty key: %v, want ErrBadRequest", err)
	}
	if _, err := e.c.State(e.ctx, itemAddr("jeans")); !errors.Is(err, stateflow.ErrNotFound) {
		e.Errorf("a failed Create left an entity: %v", err)
	}
}
