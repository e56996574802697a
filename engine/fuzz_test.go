package engine

import (
	"testing"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/internal/testprog"
)

func FuzzDecodeEvent(f *testing.F) {
	seeds := []Event{
		sampleEvent(),
		{Kind: Ping},
		{ID: NewID(), Kind: Create, Target: stateflow.Address{Entity: "Item"}, Payload: []byte{10, 'j', 'e', 'a', 'n', 's', 20}},
		{ID: NewID(), Kind: Failed, Target: stateflow.Address{Entity: "Item", Key: "x"}, Method: "Take",
			Payload: AppendFailure(nil, Failure{Code: FailOperation, Message: "not enough stock"})},
	}
	for _, ev := range seeds {
		raw := AppendEvent(nil, &ev)
		f.Add(raw)
		f.Add(raw[:len(raw)/2])
	}
	f.Add([]byte{})
	f.Add([]byte{FormatVersion})
	f.Add([]byte{2, byte(Invoke)})
	f.Fuzz(func(t *testing.T, raw []byte) {
		ev, err := Decode(raw)
		if err != nil {
			if _, ok := err.(*DecodeError); !ok {
				t.Fatalf("error %v is %T, not *DecodeError", err, err)
			}
			return
		}
		again, err := Decode(AppendEvent(nil, &ev))
		if err != nil {
			t.Fatalf("re-encoding a decoded event does not decode: %v", err)
		}
		if !sameEvent(&ev, &again) {
			t.Fatalf("re-encoding changed the event: %+v -> %+v", ev, again)
		}
		if ev.Kind == Failed {
			DecodeFailure(ev.Payload) // must not panic either
		}
	})
}

// FuzzResume delivers replies with arbitrary continuation records and
// payloads to Account: the operator never panics, and either drops the
// event with Err or answers it.
func FuzzResume(f *testing.F) {
	good := AppendContinuation(nil, &Continuation{Caller: stateflow.Address{Entity: "Account", Key: "a"}, Method: "Transfer", PC: 1, Frame: []byte{2}})
	f.Add(good, []byte{2}, uint8(Result))
	f.Add(good, AppendFailure(nil, Failure{Code: FailPanic, Message: "x"}), uint8(Failed))
	f.Add(good[:len(good)-1], []byte{}, uint8(NotFound))
	f.Add([]byte{1, 7, 'A', 'c', 'c', 'o', 'u', 'n', 't', 1, 'a', 6, 'E', 'm', 'b', 'r', 'a', 'c', 'e', 1, 3, 2, 4, 0}, []byte{1}, uint8(FieldValue))
	op := NewOperator(prog.Entity("Account"))
	state := prog.Entity("Account").EncodeState(nil, &testprog.Account{ID: "a", Balance: 9})
	f.Fuzz(func(t *testing.T, rec, payload []byte, kind uint8) {
		ev := Event{ID: NewID(), Kind: Kind(kind), Target: stateflow.Address{Entity: "Account", Key: "a"}, Payload: payload,
			Stack: [][]byte{good, rec}}
		if !ev.Kind.IsReply() {
			ev.Kind = Result
		}
		var out Outcome
		op.Step(&ev, state, true, &out)
		if (out.Err == nil) == (out.HasReply() || len(out.Events) > 0) {
			return
		}
		t.Fatalf("err %v, reply %s, %d events", out.Err, out.Reply.Kind, len(out.Events))
	})
}
