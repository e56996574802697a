package engine

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/internal/testprog"
	"github.com/stateflow-go/stateflow/ir"
	"github.com/stateflow-go/stateflow/wire"
)

func encAccount(a *testprog.Account) []byte { return prog.Entity("Account").EncodeState(nil, a) }

func refInt(key string, n int) []byte {
	return wire.AppendInt(wire.AppendRef(nil, key, false), int64(n))
}

// record encodes a continuation record.
func record(caller stateflow.Address, method string, pc int, frame []byte) []byte {
	return AppendContinuation(nil, &Continuation{Caller: caller, Method: method, PC: pc, Frame: frame})
}

// copyEvent copies what an outcome's event aliases, so that the next step
// can reuse the outcome.
func copyEvent(ev Event) Event {
	ev.Payload = bytes.Clone(ev.Payload)
	stack := make([][]byte, len(ev.Stack))
	for i, r := range ev.Stack {
		stack[i] = bytes.Clone(r)
	}
	ev.Stack = stack
	return ev
}

// A transfer, event by event: the first step suspends with a call and a
// pushed record, the callee replies to the record's caller, the resume
// finishes and answers the client.
func TestSplitStepByStep(t *testing.T) {
	a, b := &testprog.Account{ID: "a", Balance: 100}, &testprog.Account{ID: "b", Balance: 10}
	var out Outcome
	req := Event{ID: NewID(), Kind: Invoke, Target: acct("a"), Method: "Transfer", Payload: refInt("b", 30)}
	accountOp.Step(&req, encAccount(a), true, &out)
	if out.Err != nil || out.HasReply() || out.Write || out.Hold != HoldAcquire || len(out.Events) != 1 {
		t.Fatalf("first step: err %v, reply %v, write %v, hold %v, %d events", out.Err, out.Reply.Kind, out.Write, out.Hold, len(out.Events))
	}
	call := copyEvent(out.Events[0])
	if call.Kind != Invoke || call.Target != acct("b") || call.Method != "Deposit" || call.ID != req.ID || call.Hop != 1 ||
		!bytes.Equal(call.Payload, wire.AppendInt(nil, 30)) || len(call.Stack) != 1 {
		t.Fatalf("call %s hop %d %x", call.String(), call.Hop, call.Payload)
	}
	rec, err := DecodeContinuation(call.Stack[0])
	want := Continuation{Caller: acct("a"), Method: "Transfer", PC: 1, Frame: wire.AppendInt(nil, 30)}
	if err != nil || !sameRecord(&rec, &want) {
		t.Fatalf("pushed record %+v (%v), want %+v", rec, err, want)
	}

	accountOp.Step(&call, encAccount(b), true, &out)
	b.Deposit(30)
	reply := copyEvent(out.Reply)
	if reply.Kind != Result || reply.Target != acct("a") || reply.Method != "Transfer" || reply.Hop != 2 || len(reply.Stack) != 1 ||
		!bytes.Equal(reply.Payload, wire.AppendInt(nil, 40)) || !out.Write || !bytes.Equal(out.State, encAccount(b)) || out.Hold != HoldKeep {
		t.Fatalf("callee's reply %s hop %d %x, write %v", reply.String(), reply.Hop, reply.Payload, out.Write)
	}

	accountOp.Step(&reply, encAccount(a), true, &out)
	a.Balance -= 30
	r := out.Reply
	if out.Err != nil || r.Kind != Result || r.Target != acct("a") || r.Method != "Transfer" || r.Hop != 3 || len(r.Stack) != 0 ||
		len(r.Payload) != 0 || !out.Write || !bytes.Equal(out.State, encAccount(a)) || out.Hold != HoldRelease || len(out.Events) != 0 {
		t.Fatalf("last step: err %v, reply %s, write %v, hold %v", out.Err, r.String(), out.Write, out.Hold)
	}
	if dest, _ := (EgressRouter{}).Route(nil, &r); dest != ToClient {
		t.Errorf("the last reply goes to %s", dest)
	}
}

func TestCallFailure(t *testing.T) {
	failed := func(f Failure) *Event { return &Event{Kind: Failed, Payload: AppendFailure(nil, f)} }
	tests := []struct {
		name string
		ev   *Event
		want ir.CallFailure
	}{
		{"returned error", failed(Failure{Code: FailOperation, Message: "invalid amount -1"}),
			ir.CallFailure{Message: "invalid amount -1", Returned: true}},
		{"existing key", failed(Failure{Code: FailExists, Message: "Account/c exists"}),
			ir.CallFailure{Message: "Account/c exists", Returned: true}},
		{"panic", failed(Failure{Code: FailPanic, Message: "boom"}), ir.CallFailure{Message: "boom", Panic: true}},
		{"propagated", failed(Failure{Code: FailCallee, Message: "deadlock: x"}), ir.CallFailure{Message: "deadlock: x", Returned: true}},
		{"deadlock", failed(Failure{Code: FailDeadlock, Message: "deadlock: y"}), ir.CallFailure{Message: "deadlock: y", Returned: true}},
		{"bad args", failed(Failure{Code: FailBadArgs, Message: "invalid varint", Param: "n"}),
			ir.CallFailure{Message: "stateflow: parameter n: invalid varint", Returned: true}},
		{"key changed", failed(Failure{Code: FailKeyChanged, Message: "k"}), ir.CallFailure{Message: "k", Returned: true}},
		{"not found", &Event{Kind: NotFound, Payload: []byte("Account/x")}, ir.CallFailure{Message: "stateflow: Account/x not found", Returned: true}},
		{"corrupt", &Event{Kind: Failed, Payload: []byte{1}}, ir.CallFailure{Message: "undecodable failure: engine: decode failure: wire: at byte 1: invalid uvarint", Returned: true}},
	}
	for _, tt := range tests {
		if got, _ := callFailure(tt.ev); got != tt.want {
			t.Errorf("%s: %+v, want %+v", tt.name, got, tt.want)
		}
	}
}

// Replies that cannot resume anything are dropped with out.Err.
func TestSplitReplyErrors(t *testing.T) {
	state := encAccount(&testprog.Account{ID: "a"})
	good := record(acct("a"), "Transfer", 1, wire.AppendInt(nil, 1))
	tests := []struct {
		name string
		ev   Event
		err  string
	}{
		{"no stack", Event{Kind: Result, Target: acct("a")}, "no continuation to resume"},
		{"corrupt record", Event{Kind: Result, Target: acct("a"), Stack: [][]byte{{9}}}, "unknown record version 9"},
		{"another caller", Event{Kind: Result, Target: acct("b"), Stack: [][]byte{good}}, "carries a continuation of Account/a"},
		{"unknown method", Event{Kind: Result, Target: acct("a"), Stack: [][]byte{record(acct("a"), "Nope", 1, nil)}}, `names "Nope"`},
		{"plain method", Event{Kind: Result, Target: acct("a"), Stack: [][]byte{record(acct("a"), "Deposit", 1, nil)}}, `names "Deposit"`},
		{"wrong kind", Event{Kind: Pong, Target: acct("a"), Stack: [][]byte{good}}, "Pong event for Account/a cannot resume Transfer"},
		{"unknown entity", Event{Kind: Result, Target: stateflow.Address{Entity: "Shoe", Key: "a"}, Stack: [][]byte{record(stateflow.Address{Entity: "Shoe", Key: "a"}, "M", 1, nil)}}, "no split method"},
	}
	router := NewIngressRouter(prog, 1)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			runStep(t, router.RouteEvent(&tt.ev).Operator, stepCase{ev: tt.ev, state: state, err: tt.err})
		})
	}
	// A reply to a caller whose record below is corrupt: the step ran but
	// cannot answer; nothing is written.
	var out Outcome
	ev := Event{ID: NewID(), Kind: Result, Target: acct("a"), Stack: [][]byte{{7}, good}}
	accountOp.Step(&ev, state, true, &out)
	if out.Err == nil || out.Write || out.HasReply() || out.Hold != HoldKeep {
		t.Errorf("err %v, write %v, reply %v, hold %v", out.Err, out.Write, out.Reply.Kind, out.Hold)
	}
}

func TestInternalMethod(t *testing.T) {
	state := encAccount(&testprog.Account{ID: "a", Balance: 5})
	pay := func(stack ...[]byte) Event {
		return Event{ID: NewID(), Kind: Invoke, Target: acct("a"), Method: "pay", Payload: refInt("b", 1), Stack: stack}
	}
	var out Outcome
	for name, ev := range map[string]Event{
		"client":         pay(),
		"another entity": pay(record(acct("z"), "PayTwice", 2, nil)),
	} {
		accountOp.Step(&ev, state, true, &out)
		if out.Reply.Kind != NotFound || string(out.Reply.Payload) != "method Account.pay" {
			t.Errorf("%s: reply %s %q, want NotFound", name, out.Reply.Kind, out.Reply.Payload)
		}
	}
	ev := pay([]byte{1, 2}) // a corrupt record: nobody to answer
	accountOp.Step(&ev, state, true, &out)
	if out.Err == nil || out.HasReply() {
		t.Errorf("corrupt record: err %v, reply %s", out.Err, out.Reply.Kind)
	}
	ev = pay(record(acct("a"), "PayTwice", 2, nil))
	accountOp.Step(&ev, state, true, &out)
	if out.HasReply() || len(out.Events) != 1 || out.Events[0].Method != "Deposit" || out.Hold != HoldAcquire {
		t.Errorf("a call of pay by its own entity: reply %s, events %v", out.Reply.Kind, out.Events)
	}
}

func TestGetField(t *testing.T) {
	a := &testprog.Account{ID: "a", Balance: 42, Busy: true}
	caller := record(acct("z"), "Richer", 1, nil)
	tests := []stepCase{
		{name: "field", ev: Event{Kind: GetField, Target: acct("a"), Method: "Balance"}, state: encAccount(a),
			kind: FieldValue, result: wire.AppendInt(nil, 42)},
		{name: "bool field", ev: Event{Kind: GetField, Target: acct("a"), Method: "Busy"}, state: encAccount(a),
			kind: FieldValue, result: wire.AppendBool(nil, true)},
		{name: "unknown field", ev: Event{Kind: GetField, Target: acct("a"), Method: "Owner"}, state: encAccount(a),
			kind: NotFound, result: []byte("field Account.Owner")},
		{name: "missing entity", ev: Event{Kind: GetField, Target: acct("a"), Method: "Balance"},
			kind: NotFound, result: []byte("Account/a")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { runStep(t, accountOp, tt) })
	}
	// From a continuation, the value goes to the caller.
	var out Outcome
	ev := Event{ID: NewID(), Kind: GetField, Target: acct("a"), Method: "Balance", Stack: [][]byte{caller}}
	accountOp.Step(&ev, encAccount(a), true, &out)
	if r := out.Reply; r.Kind != FieldValue || r.Target != acct("z") || r.Method != "Richer" || out.Write || out.Hold != HoldKeep {
		t.Errorf("reply %s, write %v", r.String(), out.Write)
	}
}

// A remote create's reply carries the new key to the caller.
func TestRemoteCreateReply(t *testing.T) {
	caller := record(acct("a"), "Open", 1, nil)
	n, _ := testprog.NewAccount("c", 3)
	var out Outcome
	ev := Event{ID: NewID(), Kind: Create, Target: stateflow.Address{Entity: "Account"}, Method: "NewAccount",
		Payload: wire.AppendInt(wire.AppendString(nil, "c"), 3), Stack: [][]byte{caller}}
	accountOp.Step(&ev, nil, false, &out)
	if len(out.Events) != 1 || len(out.Events[0].Stack) != 1 {
		t.Fatalf("construct: %v", out.Events)
	}
	place := copyEvent(out.Events[0])
	accountOp.Step(&place, nil, false, &out)
	r := out.Reply
	if r.Kind != Created || r.Target != acct("a") || r.Method != "Open" || !bytes.Equal(r.Payload, wire.AppendString(nil, "c")) ||
		!out.Write || !bytes.Equal(out.State, encAccount(n)) {
		t.Errorf("reply %s %q, write %v", r.String(), r.Payload, out.Write)
	}
	accountOp.Step(&place, encAccount(n), true, &out)
	if f, _ := DecodeFailure(out.Reply.Payload); out.Reply.Target != acct("a") || f.Code != FailExists || f.Message != "Account/c exists" {
		t.Errorf("existing key: %s %+v", out.Reply.String(), f)
	}
}

func TestRefuse(t *testing.T) {
	var out Outcome
	ev := Event{ID: NewID(), Hop: 4, Kind: Invoke, Target: acct("b"), Method: "Deposit", Stack: [][]byte{record(acct("a"), "Embrace", 2, nil)}}
	out.Write, out.Hold = true, HoldAcquire
	out.Refuse(&ev, &DeadlockError{Cycle: []WaitLink{{Call: "Account/b.Deposit"}}})
	f, err := DecodeFailure(out.Reply.Payload)
	if err != nil || out.Reply.Kind != Failed || f.Code != FailDeadlock || !strings.HasPrefix(f.Message, "deadlock: ") ||
		out.Reply.Target != acct("a") || out.Reply.Method != "Embrace" || out.Reply.Hop != 5 || out.Write || out.Hold != HoldKeep {
		t.Errorf("refused: %s %+v, write %v, hold %v", out.Reply.String(), f, out.Write, out.Hold)
	}
	out.Refuse(&ev, errors.New("gone"))
	if f, _ := DecodeFailure(out.Reply.Payload); f.Code != FailInternal || f.Message != "gone" {
		t.Errorf("other refusal: %+v", f)
	}
}

// A readonly split method neither takes nor gives back its entity, and
// never writes.
func TestReadonlySplitHoldsNothing(t *testing.T) {
	a := encAccount(&testprog.Account{ID: "a", Balance: 3})
	var out Outcome
	ev := Event{ID: NewID(), Kind: Invoke, Target: acct("a"), Method: "Richer", Payload: wire.AppendRef(nil, "b", false)}
	accountOp.Step(&ev, a, true, &out)
	if out.Hold != HoldKeep || out.Write || len(out.Events) != 1 || out.Events[0].Kind != GetField {
		t.Fatalf("first step: hold %v, write %v, events %v", out.Hold, out.Write, out.Events)
	}
	reply := Event{ID: ev.ID, Kind: FieldValue, Target: acct("a"), Payload: wire.AppendInt(nil, 1), Stack: [][]byte{bytes.Clone(out.Events[0].Stack[0])}}
	accountOp.Step(&reply, a, true, &out)
	if out.Hold != HoldKeep || out.Write || out.Reply.Kind != Result || !bytes.Equal(out.Reply.Payload, wire.AppendBool(nil, true)) {
		t.Errorf("resume: hold %v, write %v, reply %s %x", out.Hold, out.Write, out.Reply.Kind, out.Reply.Payload)
	}
}
