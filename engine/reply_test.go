package engine

import (
	"errors"
	"strings"
	"testing"

	"github.com/stateflow-go/stateflow"
)

func TestReplyError(t *testing.T) {
	failed := func(f Failure) Event {
		return Event{Kind: Failed, Target: jeansAddr, Method: "Take", Payload: AppendFailure(nil, f)}
	}
	tests := []struct {
		name  string
		reply Event
		is    error  // errors.Is target, nil for success
		text  string // substring of the message
		check func(t *testing.T, err error)
	}{
		{name: "result", reply: Event{Kind: Result}},
		{name: "created", reply: Event{Kind: Created}},
		{name: "found", reply: Event{Kind: Found}},
		{name: "state", reply: Event{Kind: State}},
		{name: "pong", reply: Event{Kind: Pong}},
		{name: "field value", reply: Event{Kind: FieldValue}},
		{name: "not found", reply: Event{Kind: NotFound, Payload: []byte("method Item.Buy")},
			is: stateflow.ErrNotFound, text: "method Item.Buy not found"},
		{name: "exists", reply: failed(Failure{Code: FailExists, Message: "Item/jeans exists"}),
			is: stateflow.ErrExists, text: "Item/jeans"},
		{name: "bad args", reply: failed(Failure{Code: FailBadArgs, Message: "invalid varint", Param: "n"}),
			is: stateflow.ErrBadRequest, text: "parameter n: invalid varint",
			check: func(t *testing.T, err error) {
				var ae *stateflow.ArgError
				if !errors.As(err, &ae) || ae.Param != "n" {
					t.Errorf("%v is not an ArgError for n", err)
				}
			}},
		{name: "operation", reply: failed(Failure{Code: FailOperation, Message: "not enough stock"}),
			text: "Item/jeans.Take failed: not enough stock",
			check: func(t *testing.T, err error) {
				var oe *stateflow.OpError
				if !errors.As(err, &oe) || oe.Panic || oe.Message != "not enough stock" || oe.Key != "jeans" {
					t.Errorf("%#v is not the operation's OpError", err)
				}
			}},
		{name: "panic", reply: failed(Failure{Code: FailPanic, Message: "boom"}),
			text: "Item/jeans.Take panicked: boom",
			check: func(t *testing.T, err error) {
				var oe *stateflow.OpError
				if !errors.As(err, &oe) || !oe.Panic {
					t.Errorf("%#v is not a panic OpError", err)
				}
			}},
		{name: "key changed", reply: failed(Failure{Code: FailKeyChanged, Message: "changed"}),
			text: "Item/jeans.Take failed: changed"},
		{name: "callee", reply: failed(Failure{Code: FailCallee, Message: "stateflow: Item/x not found"}),
			text: "Item/jeans.Take failed: stateflow: Item/x not found"},
		{name: "deadlock", reply: failed(Failure{Code: FailDeadlock, Message: "deadlock: chain 01020304 calls ..."}),
			text: "Item/jeans.Take failed: deadlock: chain 01020304",
			check: func(t *testing.T, err error) {
				var oe *stateflow.OpError
				if !errors.As(err, &oe) || oe.Panic {
					t.Errorf("%#v is not an OpError", err)
				}
			}},
		{name: "internal", reply: failed(Failure{Code: FailInternal, Message: "corrupt"}),
			text: "internal error at Item/jeans: corrupt"},
		{name: "corrupt failure", reply: Event{Kind: Failed, Target: jeansAddr, Payload: []byte{1, 5}},
			text: "Failed reply from Item/jeans"},
		{name: "unknown failure code", reply: Event{Kind: Failed, Target: jeansAddr, Payload: []byte{40, 0, 0}},
			text: "unknown code 40"},
		{name: "request", reply: Event{Kind: Invoke}, text: "Invoke event is not a reply"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := ReplyError(&tt.reply)
			if tt.text == "" {
				if err != nil {
					t.Fatalf("ReplyError = %v, want nil", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.text) {
				t.Fatalf("ReplyError = %v, want a message containing %q", err, tt.text)
			}
			if tt.is != nil && !errors.Is(err, tt.is) {
				t.Errorf("%v does not match %v", err, tt.is)
			}
			if tt.check != nil {
				tt.check(t, err)
			}
		})
	}
}

func TestFailCodeString(t *testing.T) {
	for c := FailOperation; c <= FailDeadlock; c++ {
		if s := c.String(); s == "" || strings.HasPrefix(s, "FailCode(") {
			t.Errorf("code %d has no name", c)
		}
	}
	if FailCode(0).String() != "FailCode(0)" || FailCode(99).String() != "FailCode(99)" {
		t.Error("unknown codes are not rendered as FailCode(n)")
	}
}
