package engine

import (
	"errors"
	"testing"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/ir"
	"github.com/stateflow-go/stateflow/wire"
)

// probeProgram has one entity, Probe, whose split method M suspends at its
// entry (a call of Other/o.N) and runs after at PC 1 as after says.
func probeProgram(entry, after ir.ResumeFunc) *ir.Program {
	enc := func(b []byte, s any) []byte {
		v := s.(*probe)
		return wire.AppendInt(wire.AppendString(b, v.Key), v.N)
	}
	dec := func(b []byte) (any, error) {
		d := wire.NewDecoder(b)
		v := &probe{Key: d.String(), N: d.Int()}
		return v, d.Finish()
	}
	resume := func(s any, in *ir.StepIn, out *ir.StepOut) error {
		s.(*probe).N++ // every step changes the state
		if in.PC == 0 {
			if entry != nil {
				return entry(s, in, out)
			}
			out.PC = 1
			out.Call = ir.RemoteCall{Kind: ir.CallMethod, Target: stateflow.Address{Entity: "Other", Key: "o"}, Member: "N"}
			return nil
		}
		return after(s, in, out)
	}
	return (&ir.Program{Name: "probes", Entities: []*ir.Entity{{
		Name: "Probe", EncodeState: enc, DecodeState: dec, Key: func(s any) string { return s.(*probe).Key },
		Methods: []*ir.Method{{Name: "M", Split: true, Resume: resume}},
	}}}).MustLink()
}

// probe is the state of a Probe.
type probe struct {
	Key string
	N   int64
}

func TestSplitMisbehaving(t *testing.T) {
	addr := stateflow.Address{Entity: "Probe", Key: "p"}
	state := wire.AppendInt(wire.AppendString(nil, "p"), 0)
	caller := record(acct("c"), "Outer", 4, nil)
	opErr := func(panicked bool) ir.ResumeFunc {
		return func(s any, in *ir.StepIn, out *ir.StepOut) error {
			return &stateflow.OpError{Entity: "Other", Key: "o", Method: "N", Message: "callee says no", Panic: panicked}
		}
	}
	tests := []struct {
		name      string
		entry     ir.ResumeFunc // nil: suspend with a call
		after     ir.ResumeFunc
		code      FailCode
		msg       string
		param     string
		atEntry   bool // the failure happens at PC 0
		releasing bool
	}{
		{name: "callee failure propagated", after: opErr(false), code: FailCallee, msg: "callee says no", releasing: true},
		{name: "callee panic propagated", after: opErr(true), code: FailPanic, msg: "callee says no", releasing: true},
		{name: "own error", after: func(any, *ir.StepIn, *ir.StepOut) error { return errors.New("mine") },
			code: FailOperation, msg: "mine", releasing: true},
		{name: "panic", after: func(any, *ir.StepIn, *ir.StepOut) error { panic("bang") },
			code: FailPanic, msg: "bang", releasing: true},
		{name: "undecodable frame", after: func(any, *ir.StepIn, *ir.StepOut) error {
			return &stateflow.ArgError{Err: errors.New("short frame")}
		}, code: FailInternal, msg: "resuming M at pc 1: short frame", releasing: true},
		{name: "no resume point", after: func(s any, in *ir.StepIn, out *ir.StepOut) error { return nil },
			code: FailInternal, msg: "M suspended without a resume point (pc 0)", releasing: true},
		{name: "unknown call kind", after: func(s any, in *ir.StepIn, out *ir.StepOut) error {
			out.PC, out.Call.Kind = 2, 77
			return nil
		}, code: FailInternal, msg: "M made a remote call of unknown kind callkind(77)", releasing: true},
		{name: "key change", after: func(s any, in *ir.StepIn, out *ir.StepOut) error {
			s.(*probe).Key = "q"
			out.Done = true
			return nil
		}, code: FailKeyChanged, msg: `the operation changed the key from "p" to "q"`, releasing: true},
		{name: "key change at a suspension", atEntry: true, entry: func(s any, in *ir.StepIn, out *ir.StepOut) error {
			s.(*probe).Key = "q"
			out.PC = 1
			return nil
		}, code: FailKeyChanged, msg: `the operation changed the key from "p" to "q"`},
		{name: "bad arguments", atEntry: true, entry: func(any, *ir.StepIn, *ir.StepOut) error {
			return &stateflow.ArgError{Param: "x", Err: errors.New("invalid")}
		}, code: FailBadArgs, msg: "invalid", param: "x"},
		{name: "entry panic", atEntry: true, entry: func(any, *ir.StepIn, *ir.StepOut) error { panic("early") },
			code: FailPanic, msg: "early"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			op := NewOperator(probeProgram(tt.entry, tt.after).Entity("Probe"))
			var out Outcome
			ev := Event{ID: NewID(), Kind: Invoke, Target: addr, Method: "M", Stack: [][]byte{caller}}
			op.Step(&ev, state, true, &out)
			if !tt.atEntry {
				if out.Hold != HoldAcquire || !out.Write || len(out.Events) != 1 {
					t.Fatalf("entry: hold %v, write %v, events %v", out.Hold, out.Write, out.Events)
				}
				stored := append([]byte(nil), out.State...)
				reply := Event{ID: ev.ID, Kind: Result, Target: addr, Stack: [][]byte{caller, append([]byte(nil), out.Events[0].Stack[1]...)}}
				op.Step(&reply, stored, true, &out)
			}
			f, err := DecodeFailure(out.Reply.Payload)
			if out.Reply.Kind != Failed || err != nil || f.Code != tt.code || f.Message != tt.msg || f.Param != tt.param {
				t.Fatalf("reply %s %+v (%v), want %s %q", out.Reply.Kind, f, err, tt.code, tt.msg)
			}
			if out.Reply.Target != acct("c") || out.Reply.Method != "Outer" || len(out.Reply.Stack) != 1 {
				t.Errorf("the failure goes to %s", out.Reply.String())
			}
			if (out.Write && tt.code != FailOperation) || len(out.Events) != 0 {
				t.Errorf("a failed step writes (%v) or sends %v", out.Write, out.Events)
			}
			if want := HoldKeep; tt.releasing {
				if out.Hold != HoldRelease {
					t.Errorf("hold %v, want release", out.Hold)
				}
			} else if out.Hold != want {
				t.Errorf("hold %v, want keep", out.Hold)
			}
		})
	}
}
