package engine

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/ir"
)

// The execution of split methods: one step per event, continuations on the
// event's stack (see Continuation and Operator.Step).

// start runs the first step of split method m, invoked by ev, on the
// decoded state s.
func (o *Operator) start(ev *Event, m *ir.Method, s any, state []byte, out *Outcome) {
	out.in = ir.StepIn{PC: 0, Args: ev.Payload}
	o.step(ev, m, s, state, false, out)
}

// resume runs the step of the split method waiting for the reply ev: the
// method of ev's top continuation record, at its PC, with the reply or the
// failure it carries.
func (o *Operator) resume(ev *Event, state []byte, exists bool, out *Outcome) {
	n := len(ev.Stack)
	if n == 0 {
		out.Err = fmt.Errorf("engine: %s event for %s has no continuation to resume", ev.Kind, ev.Target)
		return
	}
	var rec recordView
	if err := rec.decode(ev.Stack[n-1]); err != nil {
		out.Err = fmt.Errorf("engine: %s event for %s: %w", ev.Kind, ev.Target, err)
		return
	}
	e := o.entity
	if string(rec.entity) != ev.Target.Entity || string(rec.key) != ev.Target.Key {
		out.Err = fmt.Errorf("engine: %s event for %s carries a continuation of %s/%s", ev.Kind, ev.Target, rec.entity, rec.key)
		return
	}
	var m *ir.Method
	if e != nil {
		m = e.Method(string(rec.method))
	}
	if m == nil || !m.Split {
		out.Err = fmt.Errorf("engine: continuation of %s names %q, which is no split method", ev.Target, rec.method)
		return
	}
	// self stands for the suspended invocation: its reply goes to the rest
	// of the stack.
	self := Event{ID: ev.ID, Hop: ev.Hop, Kind: Invoke, Target: ev.Target, Method: m.Name, Stack: ev.Stack[:n-1]}
	out.in = ir.StepIn{PC: rec.pc, Frame: rec.frame}
	switch ev.Kind {
	case Result, FieldValue, Created:
		out.in.Reply = ev.Payload
	case Failed, NotFound:
		out.failure, out.in.Reply = callFailure(ev)
		out.in.Failure = &out.failure
	default:
		out.Err = fmt.Errorf("engine: %s event for %s cannot resume %s", ev.Kind, ev.Target, m.Name)
		return
	}
	held := !m.Readonly
	defer func() {
		if r := recover(); r != nil { // a hook of the generated code panicked
			o.failStep(&self, FailPanic, panicMessage(r), held, out)
		}
	}()
	if !exists {
		o.failStep(&self, FailInternal, ev.Target.String()+" vanished while "+m.Name+" was suspended", held, out)
		return
	}
	s, err := e.DecodeState(state)
	if err != nil {
		o.failStep(&self, FailInternal, "stored state of "+ev.Target.String()+" does not decode: "+err.Error(), held, out)
		return
	}
	o.step(&self, m, s, state, held, out)
}

// callFailure turns a Failed or NotFound reply into the failure the
// suspended caller sees, and the results the callee returned beside its
// error (nil if none). Every failure but a panic is Returned: it reaches
// the call site's error result where the call site has one (DESIGN §2), so
// a caller can compensate for a callee that returned an error, a missing
// entity, a key that exists or a call broken to end a deadlock. A panic
// propagates as in plain Go.
func callFailure(ev *Event) (ir.CallFailure, []byte) {
	if ev.Kind == NotFound {
		return ir.CallFailure{Message: (&stateflow.NotFoundError{What: string(ev.Payload)}).Error(), Returned: true}, nil
	}
	f, err := DecodeFailure(ev.Payload)
	if err != nil {
		return ir.CallFailure{Message: "undecodable failure: " + err.Error(), Returned: true}, nil
	}
	switch f.Code {
	case FailPanic:
		return ir.CallFailure{Message: f.Message, Panic: true}, nil
	case FailBadArgs:
		return ir.CallFailure{Message: (&stateflow.ArgError{Param: f.Param, Err: errors.New(f.Message)}).Error(), Returned: true}, nil
	}
	return ir.CallFailure{Message: f.Message, Returned: true}, f.Results
}

// step runs one step of split method m, whose input is out.in, on the
// decoded state s of ev's target (state is its encoding). ev stands for
// the invocation: the reply goes to its stack. held reports that the
// chain holds the target for m (every step after a non-readonly method's
// first).
func (o *Operator) step(ev *Event, m *ir.Method, s any, state []byte, held bool, out *Outcome) {
	e := o.entity
	so := &out.step
	*so = ir.StepOut{Results: out.results[:0], Frame: out.frame[:0]}
	if err := callResume(m.Resume, s, &out.in, so); err != nil {
		code, msg, param := stepFailure(m, out.in.PC, err)
		if code == FailOperation {
			// The method returned its own error: as in plain Go, the
			// changes it made are kept.
			if !m.Readonly && !o.keepState(ev, s, state, out) {
				o.releaseOnFailure(held, out)
				return
			}
			out.results = append(out.results[:0], so.Results...)
			out.failOperation(ev, err, out.results)
		} else {
			out.fail(ev, code, msg, param)
		}
		o.releaseOnFailure(held, out)
		return
	}
	if cap(so.Results) > cap(out.results) {
		out.results = so.Results[:0]
	}
	if cap(so.Frame) > cap(out.frame) {
		out.frame = so.Frame[:0]
	}
	if !so.Done && so.PC <= 0 {
		o.failStep(ev, FailInternal, m.Name+" suspended without a resume point (pc "+strconv.Itoa(so.PC)+")", held, out)
		return
	}
	if !m.Readonly {
		if key := e.Key(s); key != ev.Target.Key {
			o.failStep(ev, FailKeyChanged, fmt.Sprintf("the operation changed the key from %q to %q", ev.Target.Key, key), held, out)
			return
		}
		out.state = e.EncodeState(out.state[:0], s)
		if !bytes.Equal(out.state, state) {
			out.Write, out.State = true, out.state
		}
	}
	if so.Done {
		out.reply(ev, Result, so.Results)
		if held && out.Err == nil {
			out.Hold = HoldRelease
		}
		return
	}
	o.suspend(ev, m, held, out)
}

// suspend pushes the continuation of the suspended step and emits the call
// it makes.
func (o *Operator) suspend(ev *Event, m *ir.Method, held bool, out *Outcome) {
	so := &out.step
	call := &so.Call
	next := Event{ID: ev.ID, Hop: ev.Hop + 1, Target: call.Target, Method: call.Member, Payload: call.Args}
	switch call.Kind {
	case ir.CallMethod:
		next.Kind = Invoke
	case ir.ReadField:
		next.Kind = GetField
	case ir.CreateEntity:
		next.Kind = Create
		next.Target.Key = ""
	default:
		o.failStep(ev, FailInternal, m.Name+" made a remote call of unknown kind "+call.Kind.String(), held, out)
		return
	}
	out.record = AppendContinuation(out.record[:0], &Continuation{Caller: ev.Target, Method: m.Name, PC: so.PC, Frame: so.Frame})
	out.stack = append(append(out.stack[:0], ev.Stack...), out.record)
	next.Stack = out.stack
	out.Events = append(out.Events, next)
	if !held && !m.Readonly {
		out.Hold = HoldAcquire
	}
}

// releaseOnFailure releases the hold of a failed method that held its
// entity.
func (o *Operator) releaseOnFailure(held bool, out *Outcome) {
	if held {
		out.Hold = HoldRelease
	}
}

// failStep answers ev with a Failed reply, releasing the hold of a method
// that held its entity.
func (o *Operator) failStep(ev *Event, code FailCode, msg string, held bool, out *Outcome) {
	out.fail(ev, code, msg, "")
	if held && out.Err == nil {
		out.Hold = HoldRelease
	}
}

// stepFailure classifies the error of a step at pc: a panic, a callee
// failure propagated by the generated code (*stateflow.OpError, keeping
// its Panic flag and its message), undecodable arguments (at pc 0) or an
// undecodable frame or reply (later), or the method's own error.
func stepFailure(m *ir.Method, pc int, err error) (FailCode, string, string) {
	var pe *panicError
	if errors.As(err, &pe) {
		return FailPanic, pe.msg, ""
	}
	var oe *stateflow.OpError
	if errors.As(err, &oe) {
		if oe.Panic {
			return FailPanic, oe.Message, ""
		}
		return FailCallee, oe.Message, ""
	}
	var ae *stateflow.ArgError
	if errors.As(err, &ae) {
		msg := "invalid"
		if ae.Err != nil {
			msg = ae.Err.Error()
		}
		if pc == 0 {
			return FailBadArgs, msg, ae.Param
		}
		return FailInternal, "resuming " + m.Name + " at pc " + strconv.Itoa(pc) + ": " + msg, ""
	}
	return FailOperation, err.Error(), ""
}

// panicError is a panic recovered from a resume function.
type panicError struct{ msg string }

func (e *panicError) Error() string { return "panic: " + e.msg }

// callResume runs one step, turning a panic into a *panicError.
func callResume(resume ir.ResumeFunc, s any, in *ir.StepIn, so *ir.StepOut) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &panicError{msg: panicMessage(r)}
		}
	}()
	return resume(s, in, so)
}

// calledBySelf reports whether ev, an Invoke, comes from a split method of
// its own target: the caller of its top record is the target. Only such
// calls may reach an internal method.
func calledBySelf(ev *Event) bool {
	n := len(ev.Stack)
	if n == 0 {
		return false
	}
	var rec recordView
	if rec.decode(ev.Stack[n-1]) != nil {
		return false
	}
	return string(rec.entity) == ev.Target.Entity && string(rec.key) == ev.Target.Key
}
