package engine

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/ir"
	"github.com/stateflow-go/stateflow/wire"
)

// Operator executes events against the states of one entity type. It holds
// no state of its own: the runtime passes each entity's encoded state in and
// stores what the step writes. It is safe for concurrent use.
type Operator struct {
	entity *ir.Entity // nil: the operator of unknown entity types
}

// NewOperator returns the operator of entity e.
func NewOperator(e *ir.Entity) *Operator { return &Operator{entity: e} }

// Entity returns the operator's entity, or nil for the operator that answers
// events for unknown entity types.
func (o *Operator) Entity() *ir.Entity { return o.entity }

// Step executes one event against one entity's encoded state and fills out.
// state and exists are what the runtime holds for ev.Target (ignored by
// stateless events, see Route.Stateful). The step calls the program's hooks
// (state codecs, constructor, operation, resume function) and never lets a
// panic of user code escape: it becomes a Failed reply and the state is
// left as it was.
//
// The semantics per kind:
//
//   - Create without a key runs the constructor on the payload's arguments
//     (or, for an entity without a constructor, decodes the payload as its
//     state), takes the key from the new entity and forwards a Create with
//     that key and the encoded state; it does not reply. Create with a key
//     fails with FailExists when the entity exists, and otherwise writes the
//     state and replies Created (to a continuation, Created carries the new
//     key as a wire string in its payload).
//   - Invoke replies NotFound for an unknown method, a client's call of an
//     internal method or a missing entity, Failed for undecodable
//     arguments (FailBadArgs), an error returned by the operation
//     (FailOperation), a panic (FailPanic) or a changed key
//     (FailKeyChanged), and Result with the encoded results otherwise.
//     Only a successful step of a non-readonly operation writes, and only
//     when the encoded state changed. A split operation runs its first step
//     (see below).
//   - GetField replies FieldValue with the encoded value of the field named
//     by ev.Method, or NotFound for a missing entity or an unknown field.
//   - Find replies Found or NotFound; GetState replies State with the
//     encoded state or NotFound; SetState validates the payload as the
//     entity's state (it must decode and carry the target's key), writes it
//     and replies State; Ping replies Pong.
//   - A reply (Result, FieldValue, Created, Failed, NotFound) with a stack
//     resumes the split method of its top record at the record's PC. A
//     reply without a stack, of another kind or with a corrupt top record
//     is dropped with out.Err set.
//
// A step of a split method ends in one of three ways. It finishes: the
// reply (Result with its results) goes to the next record down, or to the
// client when there is none. It suspends: its state is written, its
// continuation record is pushed and the call it makes (Invoke, GetField or
// Create) is the one event of out.Events. It fails: Failed goes to the next
// record down and the state of that step is not written; earlier steps
// stay committed. out.Hold says when the chain takes or gives back the
// entity (see HoldChange).
func (o *Operator) Step(ev *Event, state []byte, exists bool, out *Outcome) {
	out.reset()
	if ev.Kind.IsReply() {
		o.resume(ev, state, exists, out)
		return
	}
	if o.entity == nil {
		if ev.Kind == Ping {
			out.reply(ev, Pong, nil)
			return
		}
		out.notFound(ev, "entity ", ev.Target.Entity)
		return
	}
	defer func() {
		if r := recover(); r != nil {
			out.fail(ev, FailPanic, panicMessage(r), "")
		}
	}()
	switch ev.Kind {
	case Invoke:
		o.invoke(ev, state, exists, out)
	case GetField:
		o.getField(ev, state, exists, out)
	case Create:
		if ev.Target.Key == "" {
			o.construct(ev, out)
		} else {
			o.place(ev, exists, out)
		}
	case Find:
		if exists {
			out.reply(ev, Found, nil)
		} else {
			out.notFoundAddr(ev)
		}
	case GetState:
		if exists {
			out.reply(ev, State, state)
		} else {
			out.notFoundAddr(ev)
		}
	case SetState:
		o.setState(ev, out)
	case Ping:
		out.reply(ev, Pong, nil)
	default:
		out.Err = fmt.Errorf("engine: event of unknown kind %s for %s", ev.Kind, ev.Target)
	}
}

// Exclusive reports whether ev needs its target exclusively: an Invoke of
// an operation that is not readonly, or a SetState. Such an event waits
// while another call chain holds the target (see Locks.Admit); every other
// event (readonly operations, GetField, GetState, Find, Create, Ping and
// all replies) runs at once.
func (o *Operator) Exclusive(ev *Event) bool {
	if o.entity == nil {
		return false
	}
	switch ev.Kind {
	case Invoke:
		m := o.entity.Method(ev.Method)
		return m != nil && !m.Readonly
	case SetState:
		return true
	}
	return false
}

// invoke runs an operation.
func (o *Operator) invoke(ev *Event, state []byte, exists bool, out *Outcome) {
	e := o.entity
	m := e.Method(ev.Method)
	if m == nil || (m.Internal && !calledBySelf(ev)) {
		out.notFound(ev, "method ", e.Name, ".", ev.Method)
		return
	}
	if !exists {
		out.notFoundAddr(ev)
		return
	}
	s, err := e.DecodeState(state)
	if err != nil {
		out.fail(ev, FailInternal, "stored state of "+ev.Target.String()+" does not decode: "+err.Error(), "")
		return
	}
	if m.Split {
		o.start(ev, m, s, state, out)
		return
	}
	results, err := m.Invoke(s, ev.Payload, out.payload[:0])
	if err != nil && isArgError(err) {
		failCall(ev, out, err)
		return
	}
	if !m.Readonly && !o.keepState(ev, s, state, out) {
		return
	}
	if err != nil {
		out.results = append(out.results[:0], results...) // the payload buffer is reused below
		out.failOperation(ev, err, out.results)
		return
	}
	out.payload = results
	out.reply(ev, Result, out.payload)
}

// keepState encodes the state s an operation left behind and marks it for
// writing when it differs from the stored state. It fails the step instead
// when the operation changed the entity's key, and reports whether it did
// not.
func (o *Operator) keepState(ev *Event, s any, state []byte, out *Outcome) bool {
	e := o.entity
	if key := e.Key(s); key != ev.Target.Key {
		out.fail(ev, FailKeyChanged, fmt.Sprintf("the operation changed the key from %q to %q", ev.Target.Key, key), "")
		return false
	}
	out.state = e.EncodeState(out.state[:0], s)
	if !bytes.Equal(out.state, state) {
		out.Write, out.State = true, out.state
	}
	return true
}

// isArgError reports an argument decoding failure.
func isArgError(err error) bool {
	var ae *stateflow.ArgError
	return errors.As(err, &ae)
}

// failCall answers a call whose hook returned err: a *stateflow.ArgError is
// a bad argument, anything else the operation's own error.
func failCall(ev *Event, out *Outcome, err error) {
	var ae *stateflow.ArgError
	if errors.As(err, &ae) {
		msg := "invalid"
		if ae.Err != nil {
			msg = ae.Err.Error()
		}
		out.fail(ev, FailBadArgs, msg, ae.Param)
		return
	}
	out.fail(ev, FailOperation, err.Error(), "")
}

// construct runs the first half of a Create without a key: it builds the
// entity, and forwards it with its key to the partition that owns it.
func (o *Operator) construct(ev *Event, out *Outcome) {
	e := o.entity
	var s any
	var err error
	req := ev
	if c := e.Constructor; c != nil {
		if ev.Method != "" && ev.Method != c.Name {
			out.notFound(ev, "constructor ", e.Name, ".", ev.Method)
			return
		}
		named := *ev // failures name the constructor that ran
		named.Method = c.Name
		req = &named
		if s, err = c.Create(ev.Payload); err != nil {
			failCall(req, out, err)
			return
		}
		if s == nil {
			out.fail(req, FailOperation, c.Name+" returned no entity", "")
			return
		}
	} else if s, err = e.DecodeState(ev.Payload); err != nil {
		out.fail(req, FailBadArgs, "state of a new "+e.Name+": "+err.Error(), "")
		return
	}
	key := e.Key(s)
	if key == "" {
		out.fail(req, FailBadArgs, "the new "+e.Name+" has an empty key", "")
		return
	}
	out.payload = e.EncodeState(out.payload[:0], s)
	out.Events = append(out.Events, Event{
		ID: ev.ID, Kind: Create, Target: stateflow.Address{Entity: e.Name, Key: key},
		Method: req.Method, Payload: out.payload, Stack: ev.Stack,
	})
}

// place runs the second half of a Create: it stores the new entity's state
// unless the key is taken.
func (o *Operator) place(ev *Event, exists bool, out *Outcome) {
	if exists {
		out.fail(ev, FailExists, ev.Target.String()+" exists", "")
		return
	}
	if !o.validState(ev, out) {
		return
	}
	out.Write, out.State = true, out.state
	if len(ev.Stack) > 0 { // a remote create: the caller resumes with the key
		out.payload = wire.AppendString(out.payload[:0], ev.Target.Key)
		out.reply(ev, Created, out.payload)
		return
	}
	out.reply(ev, Created, nil)
}

// getField answers a state request.
func (o *Operator) getField(ev *Event, state []byte, exists bool, out *Outcome) {
	e := o.entity
	if !exists {
		out.notFoundAddr(ev)
		return
	}
	if e.ReadField == nil {
		out.notFound(ev, "field ", e.Name, ".", ev.Method)
		return
	}
	s, err := e.DecodeState(state)
	if err != nil {
		out.fail(ev, FailInternal, "stored state of "+ev.Target.String()+" does not decode: "+err.Error(), "")
		return
	}
	v, ok := e.ReadField(out.payload[:0], s, ev.Method)
	if !ok {
		out.notFound(ev, "field ", e.Name, ".", ev.Method)
		return
	}
	out.payload = v
	out.reply(ev, FieldValue, v)
}

// setState replaces the entity's state.
func (o *Operator) setState(ev *Event, out *Outcome) {
	if !o.validState(ev, out) {
		return
	}
	out.Write, out.State = true, out.state
	out.reply(ev, State, nil)
}

// validState decodes the payload as the target's state and re-encodes it
// into out.state; on failure it answers ev and returns false.
func (o *Operator) validState(ev *Event, out *Outcome) bool {
	e := o.entity
	s, err := e.DecodeState(ev.Payload)
	if err != nil {
		out.fail(ev, FailBadArgs, "state of "+ev.Target.String()+": "+err.Error(), "")
		return false
	}
	if key := e.Key(s); key != ev.Target.Key || key == "" {
		out.fail(ev, FailBadArgs, fmt.Sprintf("state of %s has the key %q", ev.Target, key), "")
		return false
	}
	out.state = e.EncodeState(out.state[:0], s)
	return true
}

// panicMessage renders a recovered panic value.
func panicMessage(r any) string {
	if err, ok := r.(error); ok {
		return err.Error()
	}
	return fmt.Sprint(r)
}
