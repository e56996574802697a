package engine

import (
	"errors"

	"github.com/stateflow-go/stateflow/ir"
)

// Outcome is what one step produced. Operator.Step fills it; a runtime reuses
// one Outcome across steps so that its buffers are reused too, which means
// that State, the reply's payload and the events' payloads and stacks are
// valid only until the next step (copy what must be kept, or encode it with
// the EgressRouter first).
type Outcome struct {
	// Write reports that State is the entity's new encoded state: the step
	// created the entity or changed its state. A failed step never writes.
	Write bool
	// State is the new encoded state when Write is set.
	State []byte
	// Reply answers the event; its Kind is 0 when the step forwards the
	// event instead of answering it (see HasReply). A reply whose stack is
	// not empty targets the caller of its top continuation record.
	Reply Event
	// Events are further events the step sends into the system: requests
	// to other entities, among them the call of a suspended split method.
	Events []Event
	// Hold is how the step changes the hold that the event's chain has on
	// the event's target (see Locks.Apply).
	Hold HoldChange
	// Err is set when the event could not be executed and has no one to
	// answer (a reply with no continuation to resume, a corrupt
	// continuation record): the runtime drops it, reports Err and abandons
	// the chain (see Locks.Abandon). There is no Reply then.
	Err error

	state   []byte     // buffer behind State
	payload []byte     // buffer behind the reply's or the events' payload
	results []byte     // buffer for the results of a split step
	frame   []byte     // buffer for the frame of a split step
	record  []byte     // buffer behind the pushed continuation record
	stack   [][]byte   // buffer behind the stack of a call event
	step    ir.StepOut // the output of a split step
	in      ir.StepIn  // the input of a split step
	failure ir.CallFailure
}

// HoldChange is how a step changes the hold of its event's chain on the
// event's target.
type HoldChange uint8

// The hold changes.
const (
	// HoldKeep: the hold is unchanged.
	HoldKeep HoldChange = iota
	// HoldAcquire: a split operation suspended at its entry; its chain
	// holds the target until the operation finishes (a count per chain:
	// a nested operation of the same chain adds one).
	HoldAcquire
	// HoldRelease: a split operation that held the target finished or
	// failed; its chain's count on the target drops by one.
	HoldRelease
)

// String returns "keep", "acquire" or "release".
func (h HoldChange) String() string {
	switch h {
	case HoldKeep:
		return "keep"
	case HoldAcquire:
		return "acquire"
	case HoldRelease:
		return "release"
	}
	return "HoldChange(?)"
}

// HasReply reports whether the step answered the event.
func (out *Outcome) HasReply() bool { return out.Reply.Kind != 0 }

// Refuse fills out as the answer to the request ev without executing it: a
// Failed reply, with code FailDeadlock for a *DeadlockError and
// FailInternal for any other err. A runtime refuses the event whose wait
// Locks.Admit found to close a deadlock; the reply goes to the caller like
// any callee failure.
func (out *Outcome) Refuse(ev *Event, err error) {
	out.reset()
	code := FailInternal
	var de *DeadlockError
	if errors.As(err, &de) {
		code = FailDeadlock
	}
	out.fail(ev, code, err.Error(), "")
}

func (out *Outcome) reset() {
	out.Write = false
	out.State = nil
	out.Reply = Event{}
	clear(out.Events)
	out.Events = out.Events[:0]
	out.Hold = HoldKeep
	out.Err = nil
}

// reply answers ev with kind and payload. When ev has a stack the reply
// goes to the caller of its top record.
func (out *Outcome) reply(ev *Event, kind Kind, payload []byte) {
	out.Reply = Event{ID: ev.ID, Hop: ev.Hop + 1, Kind: kind, Target: ev.Target, Method: ev.Method, Payload: payload, Stack: ev.Stack}
	if len(ev.Stack) == 0 {
		return
	}
	caller, method, err := callerOf(ev.Stack[len(ev.Stack)-1])
	if err != nil {
		out.abort(errors.New("engine: reply of " + ev.Target.String() + " to a continuation: " + err.Error()))
		return
	}
	out.Reply.Target, out.Reply.Method = caller, method
}

// abort discards everything the step produced and sets Err.
func (out *Outcome) abort(err error) {
	out.reset()
	out.Err = err
}

// fail answers ev with a Failed reply and discards any write, event or
// hold change.
func (out *Outcome) fail(ev *Event, code FailCode, msg, param string) {
	out.Write = false
	out.State = nil
	clear(out.Events)
	out.Events = out.Events[:0]
	out.Hold = HoldKeep
	out.payload = AppendFailure(out.payload[:0], Failure{Code: code, Message: msg, Param: param})
	out.reply(ev, Failed, out.payload)
}

// failOperation answers ev with the operation's own error: unlike fail, it
// keeps the step's write, as plain Go keeps the changes a method made before
// returning an error, and carries the results returned with the error.
func (out *Outcome) failOperation(ev *Event, err error, results []byte) {
	if len(results) == 0 {
		results = nil
	}
	out.payload = AppendFailure(out.payload[:0], Failure{Code: FailOperation, Message: err.Error(), Results: results})
	out.reply(ev, Failed, out.payload)
}

// notFound answers ev with NotFound naming what.
func (out *Outcome) notFound(ev *Event, what ...string) {
	out.payload = out.payload[:0]
	for _, s := range what {
		out.payload = append(out.payload, s...)
	}
	out.reply(ev, NotFound, out.payload)
}

// notFoundAddr answers ev with NotFound naming its target.
func (out *Outcome) notFoundAddr(ev *Event) {
	out.notFound(ev, ev.Target.Entity, "/", ev.Target.Key)
}
