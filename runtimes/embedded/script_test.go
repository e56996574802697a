package embedded_test

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/internal/testprog"
	"github.com/stateflow-go/stateflow/wire"
)

// op is one client request of a scripted run.
type op struct {
	kind   string // "create", "call" or "state"
	entity string
	addr   stateflow.Address
	method string
	args   []byte
}

func itemArgs(id string, price int) []byte {
	return wire.AppendInt(wire.AppendString(nil, id), int64(price))
}

func intArg(n int) []byte { return wire.AppendInt(nil, int64(n)) }

func user(id string, balance int) []byte {
	return testprog.Program().Entity("User").EncodeState(nil, &testprog.User{ID: id, Balance: balance})
}

func item(key string) stateflow.Address { return stateflow.Address{Entity: "Item", Key: key} }
func acct(key string) stateflow.Address { return stateflow.Address{Entity: "Account", Key: key} }

func accountArgs(id string, balance int) []byte {
	return wire.AppendInt(wire.AppendString(nil, id), int64(balance))
}

func refInt(key string, n int) []byte {
	return wire.AppendInt(wire.AppendRef(nil, key, false), int64(n))
}
func usr(key string) stateflow.Address { return stateflow.Address{Entity: "User", Key: key} }

// script is a run that touches every kind of step: creates in two steps
// (constructor, then placement on the key's partition), creates from a
// state, writes, reads, failures, panics and missing entities, and split
// operations that suspend across remote calls, state requests, remote
// creates, calls back into their caller and nested split calls.
func script() []op {
	refs := wire.AppendRef(wire.AppendRef(wire.AppendLen(nil, 2, false), "jeans", false), "shirt", false)
	return []op{
		{kind: "create", entity: "Item", args: itemArgs("jeans", 10)},
		{kind: "create", entity: "Item", args: itemArgs("shirt", 20)},
		{kind: "create", entity: "User", args: user("u1", 100)},
		{kind: "create", entity: "User", args: user("u2", 0)},
		{kind: "call", addr: item("jeans"), method: "SetStock", args: intArg(5)},
		{kind: "call", addr: item("jeans"), method: "Take", args: intArg(2)},
		{kind: "call", addr: item("jeans"), method: "Take", args: intArg(9)}, // fails
		{kind: "call", addr: usr("u1"), method: "Deposit", args: intArg(-30)},
		{kind: "call", addr: usr("u2"), method: "Deposit", args: intArg(30)},
		{kind: "create", entity: "Item", args: itemArgs("jeans", 1)}, // exists
		{kind: "create", entity: "Item", args: itemArgs("bad", -1)},  // constructor error
		{kind: "call", addr: item("shirt"), method: "Explode"},       // panics
		{kind: "call", addr: usr("u1"), method: "SetBasket", args: refs},
		{kind: "call", addr: usr("u1"), method: "First"},
		{kind: "call", addr: item("ghost"), method: "Take", args: intArg(1)}, // not found
		{kind: "state", addr: item("jeans")},
		{kind: "call", addr: item("jeans"), method: "Take", args: intArg(3)},
		{kind: "call", addr: usr("u2"), method: "Deposit", args: intArg(5)},
		{kind: "create", entity: "Item", args: itemArgs("socks", 3)},
		{kind: "call", addr: item("socks"), method: "SetStock", args: intArg(8)},
		{kind: "call", addr: usr("u1"), method: "Deposit", args: intArg(1)},
		{kind: "create", entity: "Account", args: accountArgs("a", 100)},
		{kind: "create", entity: "Account", args: accountArgs("b", 10)},
		{kind: "call", addr: acct("a"), method: "Transfer", args: refInt("b", 30)},
		{kind: "call", addr: acct("b"), method: "Transfer", args: refInt("a", 500)}, // insufficient funds
		{kind: "call", addr: acct("a"), method: "Richer", args: wire.AppendRef(nil, "b", false)},
		{kind: "call", addr: acct("a"), method: "Open", args: wire.AppendInt(wire.AppendString(nil, "c"), 5)},
		{kind: "call", addr: acct("a"), method: "Bounce", args: refInt("b", 7)},
		{kind: "call", addr: acct("b"), method: "PayTwice", args: refInt("c", 4)},
		{kind: "call", addr: acct("a"), method: "Transfer", args: refInt("ghost", 1)}, // callee missing
		{kind: "call", addr: acct("c"), method: "Poke", args: wire.AppendRef(nil, "a", false)},
	}
}

// addrs are the entities whose states a run's outcome includes.
var addrs = []stateflow.Address{item("jeans"), item("shirt"), item("socks"), item("bad"), usr("u1"), usr("u2"),
	acct("a"), acct("b"), acct("c")}

// do runs one op and renders its answer.
func do(ctx context.Context, c stateflow.Client, o op) (string, error) {
	var res any
	var err error
	switch o.kind {
	case "create":
		res, err = c.Create(ctx, o.entity, o.args)
	case "call":
		var b []byte
		b, err = c.Call(ctx, o.addr, o.method, o.args)
		res = fmt.Sprintf("%x", b)
	case "state":
		var b []byte
		b, err = c.State(ctx, o.addr)
		res = fmt.Sprintf("%x", b)
	}
	if err != nil {
		var oe *stateflow.OpError
		var nf *stateflow.NotFoundError
		if errors.As(err, &oe) || errors.As(err, &nf) || errors.Is(err, stateflow.ErrExists) {
			return "error: " + err.Error(), nil
		}
		return "", err
	}
	return fmt.Sprint(res), nil
}

// runScript runs the script with one idempotency key per op and returns
// the answers and the final states.
func runScript(ctx context.Context, c stateflow.Client, prefix string) (string, error) {
	var b strings.Builder
	for i, o := range script() {
		ans, err := do(stateflow.WithIdempotencyKey(ctx, fmt.Sprintf("%s%d", prefix, i)), c, o)
		if err != nil {
			return b.String(), fmt.Errorf("op %d (%s %s%s.%s): %w", i, o.kind, o.entity, o.addr, o.method, err)
		}
		fmt.Fprintf(&b, "%d: %s\n", i, ans)
	}
	b.WriteString(states(ctx, c))
	return b.String(), nil
}

// states renders the states of addrs.
func states(ctx context.Context, c stateflow.Client) string {
	var b strings.Builder
	for _, a := range addrs {
		s, err := c.State(ctx, a)
		if err != nil {
			fmt.Fprintf(&b, "%s: %v\n", a, err)
		} else {
			fmt.Fprintf(&b, "%s: %x\n", a, s)
		}
	}
	return b.String()
}
