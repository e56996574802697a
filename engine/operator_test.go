package engine

import (
	"bytes"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/internal/testprog"
	"github.com/stateflow-go/stateflow/ir"
	"github.com/stateflow-go/stateflow/wire"
)

var prog = testprog.Program()

func encItem(it *testprog.Item) []byte { return prog.Entity("Item").EncodeState(nil, it) }
func encUser(u *testprog.User) []byte  { return prog.Entity("User").EncodeState(nil, u) }

func jeans() *testprog.Item {
	return &testprog.Item{ID: "jeans", Price: 10, Stock: 5, Tags: []string{"blue"}}
}

var jeansAddr = stateflow.Address{Entity: "Item", Key: "jeans"}

// stepCase is one event executed against one state.
type stepCase struct {
	name   string
	ev     Event
	state  []byte // nil: the entity does not exist
	kind   Kind   // the reply's kind, 0 for none
	fail   Failure
	result []byte // the reply's payload when it is not Failed
	write  []byte // the state written, nil for none
	events []Event
	err    string // a substring of out.Err
}

func invoke(method string, args []byte) Event {
	return Event{ID: NewID(), Kind: Invoke, Target: jeansAddr, Method: method, Payload: args}
}

func TestStepItem(t *testing.T) {
	take := func(n int) (*testprog.Item, []byte) {
		it := jeans()
		left, err := it.Take(n)
		if err != nil {
			t.Fatal(err)
		}
		return it, wire.AppendInt(nil, int64(left))
	}
	took, tookResult := take(3)
	takeFailed := jeans()
	_, takeErr := takeFailed.Take(9)
	set7 := jeans()
	set7.SetStock(7)
	price, tags := jeans().Info()
	info := wire.AppendInt(nil, int64(price))
	info = wire.AppendLen(info, len(tags), tags == nil)
	for _, s := range tags {
		info = wire.AppendString(info, s)
	}
	shirt, _ := testprog.NewItem("shirt", 20)
	_, negErr := testprog.NewItem("bad", -1)
	newItemArgs := func(id string, price int) []byte {
		return wire.AppendInt(wire.AppendString(nil, id), int64(price))
	}
	u1 := &testprog.User{ID: "u1", Balance: 3, Basket: []*testprog.Item{{ID: "jeans"}, nil}}
	corrupt := append(encItem(jeans()), 9) // a trailing byte
	trailing := "wire: at byte " + strconv.Itoa(len(corrupt)-1) + ": 1 trailing bytes"

	tests := []stepCase{
		{name: "set stock", ev: invoke("SetStock", wire.AppendInt(nil, 7)), state: encItem(jeans()),
			kind: Result, write: encItem(set7)},
		{name: "unchanged state is not written", ev: invoke("SetStock", wire.AppendInt(nil, 5)), state: encItem(jeans()),
			kind: Result},
		{name: "take", ev: invoke("Take", wire.AppendInt(nil, 3)), state: encItem(jeans()),
			kind: Result, result: tookResult, write: encItem(took)},
		{name: "take fails, its changes kept as in plain Go", ev: invoke("Take", wire.AppendInt(nil, 9)), state: encItem(jeans()),
			kind: Failed, fail: Failure{Code: FailOperation, Message: takeErr.Error(), Results: wire.AppendInt(nil, 0)}, write: encItem(takeFailed)},
		{name: "panic, state unchanged", ev: invoke("Explode", nil), state: encItem(jeans()),
			kind: Failed, fail: Failure{Code: FailPanic, Message: "boom"}},
		{name: "readonly", ev: invoke("EnoughStock", nil), state: encItem(jeans()),
			kind: Result, result: wire.AppendBool(nil, jeans().EnoughStock())},
		{name: "multiple results", ev: invoke("Info", nil), state: encItem(jeans()),
			kind: Result, result: info, write: nil},
		{name: "bad arguments", ev: invoke("SetStock", nil), state: encItem(jeans()),
			kind: Failed, fail: Failure{Code: FailBadArgs, Message: "wire: at byte 0: invalid varint"}},
		{name: "trailing argument bytes", ev: invoke("Take", []byte{2, 2}), state: encItem(jeans()),
			kind: Failed, fail: Failure{Code: FailBadArgs, Message: "wire: at byte 1: 1 trailing bytes"}},
		{name: "unknown method", ev: invoke("Buy", nil), state: encItem(jeans()),
			kind: NotFound, result: []byte("method Item.Buy")},
		{name: "missing entity", ev: invoke("Take", wire.AppendInt(nil, 1)),
			kind: NotFound, result: []byte("Item/jeans")},
		{name: "corrupt stored state", ev: invoke("Take", wire.AppendInt(nil, 1)), state: corrupt,
			kind: Failed, fail: Failure{Code: FailInternal, Message: "stored state of Item/jeans does not decode: " + trailing}},
		{name: "find", ev: Event{Kind: Find, Target: jeansAddr}, state: encItem(jeans()), kind: Found},
		{name: "find missing", ev: Event{Kind: Find, Target: jeansAddr}, kind: NotFound, result: []byte("Item/jeans")},
		{name: "get state", ev: Event{Kind: GetState, Target: jeansAddr}, state: encItem(jeans()),
			kind: State, result: encItem(jeans())},
		{name: "get missing", ev: Event{Kind: GetState, Target: jeansAddr}, kind: NotFound, result: []byte("Item/jeans")},
		{name: "set state", ev: Event{Kind: SetState, Target: jeansAddr, Payload: encItem(set7)}, state: encItem(jeans()),
			kind: State, write: encItem(set7)},
		{name: "set state creates", ev: Event{Kind: SetState, Target: jeansAddr, Payload: encItem(set7)},
			kind: State, write: encItem(set7)},
		{name: "set state of another key", ev: Event{Kind: SetState, Target: jeansAddr, Payload: encItem(shirt)},
			kind: Failed, fail: Failure{Code: FailBadArgs, Message: `state of Item/jeans has the key "shirt"`}},
		{name: "set corrupt state", ev: Event{Kind: SetState, Target: jeansAddr, Payload: corrupt},
			kind: Failed, fail: Failure{Code: FailBadArgs, Message: "state of Item/jeans: " + trailing}},
		{name: "ping", ev: Event{Kind: Ping, Target: jeansAddr}, kind: Pong},
		{name: "construct", ev: Event{Kind: Create, Target: stateflow.Address{Entity: "Item"}, Payload: newItemArgs("shirt", 20)},
			events: []Event{{Kind: Create, Target: stateflow.Address{Entity: "Item", Key: "shirt"}, Method: "NewItem", Payload: encItem(shirt)}}},
		{name: "construct names the constructor", ev: Event{Kind: Create, Target: stateflow.Address{Entity: "Item"}, Method: "NewItem", Payload: newItemArgs("shirt", 20)},
			events: []Event{{Kind: Create, Target: stateflow.Address{Entity: "Item", Key: "shirt"}, Method: "NewItem", Payload: encItem(shirt)}}},
		{name: "constructor error", ev: Event{Kind: Create, Target: stateflow.Address{Entity: "Item"}, Payload: newItemArgs("bad", -1)},
			kind: Failed, fail: Failure{Code: FailOperation, Message: negErr.Error()}},
		{name: "constructor bad arguments", ev: Event{Kind: Create, Target: stateflow.Address{Entity: "Item"}, Payload: []byte{3}},
			kind: Failed, fail: Failure{Code: FailBadArgs, Message: "wire: at byte 1: string length 3 exceeds the 0 bytes left"}},
		{name: "constructor empty key", ev: Event{Kind: Create, Target: stateflow.Address{Entity: "Item"}, Payload: newItemArgs("", 1)},
			kind: Failed, fail: Failure{Code: FailBadArgs, Message: "the new Item has an empty key"}},
		{name: "unknown constructor", ev: Event{Kind: Create, Target: stateflow.Address{Entity: "Item"}, Method: "MakeItem"},
			kind: NotFound, result: []byte("constructor Item.MakeItem")},
		{name: "place", ev: Event{Kind: Create, Target: jeansAddr, Method: "NewItem", Payload: encItem(jeans())},
			kind: Created, write: encItem(jeans())},
		{name: "place existing", ev: Event{Kind: Create, Target: jeansAddr, Payload: encItem(jeans())}, state: encItem(set7),
			kind: Failed, fail: Failure{Code: FailExists, Message: "Item/jeans exists"}},
		{name: "create from state", ev: Event{Kind: Create, Target: stateflow.Address{Entity: "User"}, Payload: encUser(u1)},
			events: []Event{{Kind: Create, Target: stateflow.Address{Entity: "User", Key: "u1"}, Payload: encUser(u1)}}},
		{name: "create from corrupt state", ev: Event{Kind: Create, Target: stateflow.Address{Entity: "User"}, Payload: []byte{1}},
			kind: Failed, fail: Failure{Code: FailBadArgs, Message: "state of a new User: wire: at byte 1: string length 1 exceeds the 0 bytes left"}},
		{name: "create from state with an empty key", ev: Event{Kind: Create, Target: stateflow.Address{Entity: "User"}, Payload: encUser(&testprog.User{})},
			kind: Failed, fail: Failure{Code: FailBadArgs, Message: "the new User has an empty key"}},
		{name: "reply without continuation", ev: Event{Kind: Result, Target: jeansAddr}, state: encItem(jeans()),
			err: "Result event for Item/jeans has no continuation"},
		{name: "unknown entity", ev: Event{Kind: Invoke, Target: stateflow.Address{Entity: "Shoe", Key: "x"}, Method: "Wear"},
			kind: NotFound, result: []byte("entity Shoe")},
		{name: "ping unknown entity", ev: Event{Kind: Ping}, kind: Pong},
	}
	router := NewIngressRouter(prog, 4)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			runStep(t, router.RouteEvent(&tt.ev).Operator, tt)
		})
	}
}

// runStep executes tt and checks its outcome, and that the step left its
// inputs alone.
func runStep(t *testing.T, op *Operator, tt stepCase) {
	t.Helper()
	ev := tt.ev
	ev.ID = NewID()
	evBefore := ev
	evBefore.Payload = append([]byte(nil), ev.Payload...)
	stateBefore := append([]byte(nil), tt.state...)

	var out Outcome
	// A previous step leaves buffers and fields behind, which must not leak.
	op.Step(&Event{Kind: Ping}, nil, false, &out)
	out.Write, out.State = true, []byte("stale")
	op.Step(&ev, tt.state, tt.state != nil, &out)

	if !sameEvent(&ev, &evBefore) || !bytes.Equal(tt.state, stateBefore) {
		t.Errorf("the step modified its inputs")
	}
	if tt.err != "" {
		if out.Err == nil || !strings.Contains(out.Err.Error(), tt.err) || out.HasReply() {
			t.Errorf("Err = %v, reply %v; want an error containing %q and no reply", out.Err, out.Reply.Kind, tt.err)
		}
		return
	}
	if out.Err != nil {
		t.Fatalf("Err = %v", out.Err)
	}
	if out.Reply.Kind != tt.kind {
		t.Fatalf("reply %s %q, want %s", out.Reply.Kind, out.Reply.Payload, tt.kind)
	}
	if out.HasReply() {
		r := out.Reply
		wantMethod := ev.Method
		if ev.Kind == Create && ev.Target.Key == "" && tt.kind == Failed && op.entity.Constructor != nil {
			wantMethod = op.entity.Constructor.Name // a failed constructor is named in the reply
		}
		if r.ID != ev.ID || r.Target != ev.Target || r.Method != wantMethod {
			t.Errorf("reply header %v %v %q does not match the request", r.ID, r.Target, r.Method)
		}
		if tt.kind == Failed {
			f, err := DecodeFailure(r.Payload)
			if err != nil || !reflect.DeepEqual(f, tt.fail) {
				t.Errorf("failure %+v (%v), want %+v", f, err, tt.fail)
			}
		} else if !bytes.Equal(r.Payload, tt.result) {
			t.Errorf("reply payload %q, want %q", r.Payload, tt.result)
		}
	}
	if out.Write != (tt.write != nil) || !bytes.Equal(out.State, tt.write) {
		t.Errorf("write %v %q, want %q", out.Write, out.State, tt.write)
	}
	if len(out.Events) != len(tt.events) {
		t.Fatalf("%d events, want %d: %v", len(out.Events), len(tt.events), out.Events)
	}
	for i, want := range tt.events {
		want.ID = ev.ID
		if got := out.Events[i]; !sameEvent(&got, &want) {
			t.Errorf("event %d = %v %q, want %v %q", i, got.String(), got.Payload, want.String(), want.Payload)
		}
	}
}

// boxProgram is an entity whose operations misbehave in ways testprog's do
// not: changing the key, failing with a named parameter, mutating in a
// readonly method.
func boxProgram() *ir.Program {
	type box struct {
		Key string
		N   int64
	}
	enc := func(b []byte, s any) []byte {
		v := s.(*box)
		return wire.AppendInt(wire.AppendString(b, v.Key), v.N)
	}
	dec := func(b []byte) (any, error) {
		d := wire.NewDecoder(b)
		v := &box{Key: d.String(), N: d.Int()}
		return v, d.Finish()
	}
	return (&ir.Program{Name: "boxes", Entities: []*ir.Entity{{
		Name: "Box", EncodeState: enc, DecodeState: dec, Key: func(s any) string { return s.(*box).Key },
		Methods: []*ir.Method{
			{Name: "Rename", Invoke: func(s any, args, dst []byte) ([]byte, error) {
				s.(*box).Key = "other"
				return dst, nil
			}},
			{Name: "Named", Invoke: func(s any, args, dst []byte) ([]byte, error) {
				return nil, &stateflow.ArgError{Param: "x", Err: nil}
			}},
			{Name: "Sneak", Readonly: true, Invoke: func(s any, args, dst []byte) ([]byte, error) {
				s.(*box).N++
				return wire.AppendInt(dst, s.(*box).N), nil
			}},
			{Name: "PanicErr", Invoke: func(s any, args, dst []byte) ([]byte, error) {
				panic(stateflow.ErrBadRequest)
			}},
		},
	}}}).MustLink()
}

func TestStepMisbehaving(t *testing.T) {
	p := boxProgram()
	e := p.Entity("Box")
	addr := stateflow.Address{Entity: "Box", Key: "b"}
	state := wire.AppendInt(wire.AppendString(nil, "b"), 1)
	call := func(m string) Event { return Event{Kind: Invoke, Target: addr, Method: m} }
	tests := []stepCase{
		{name: "key change", ev: call("Rename"), state: state,
			kind: Failed, fail: Failure{Code: FailKeyChanged, Message: `the operation changed the key from "b" to "other"`}},
		{name: "named parameter", ev: call("Named"), state: state,
			kind: Failed, fail: Failure{Code: FailBadArgs, Message: "invalid", Param: "x"}},
		{name: "readonly never writes", ev: call("Sneak"), state: state,
			kind: Result, result: wire.AppendInt(nil, 2)},
		{name: "panic with an error", ev: call("PanicErr"), state: state,
			kind: Failed, fail: Failure{Code: FailPanic, Message: stateflow.ErrBadRequest.Error()}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { runStep(t, NewOperator(e), tt) })
	}
}
