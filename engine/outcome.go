package engine

// Outcome is what one step produced. Operator.Step fills it; a runtime reuses
// one Outcome across steps so that its buffers are reused too, which means
// that State, the reply's payload and the events' payloads are valid only
// until the next step (copy what must be kept, or encode it with the
// EgressRouter first).
type Outcome struct {
	// Write reports that State is the entity's new encoded state: the step
	// created the entity or changed its state. A failed step never writes.
	Write bool
	// State is the new encoded state when Write is set.
	State []byte
	// Reply answers the event; its Kind is 0 when the step forwards the
	// event instead of answering it (see HasReply).
	Reply Event
	// Events are further events the step sends into the system: requests
	// to other entities.
	Events []Event
	// Err is set when the event could not be executed and has no one to
	// answer (a reply with no continuation to resume): the runtime drops it
	// and reports Err. There is no Reply then.
	Err error

	state   []byte // buffer behind State
	payload []byte // buffer behind the reply's or the events' payload
}

// HasReply reports whether the step answered the event.
func (out *Outcome) HasReply() bool { return out.Reply.Kind != 0 }

func (out *Outcome) reset() {
	out.Write = false
	out.State = nil
	out.Reply = Event{}
	clear(out.Events)
	out.Events = out.Events[:0]
	out.Err = nil
}

// reply answers ev with kind and payload.
func (out *Outcome) reply(ev *Event, kind Kind, payload []byte) {
	out.Reply = Event{ID: ev.ID, Kind: kind, Target: ev.Target, Method: ev.Method, Payload: payload, Stack: ev.Stack}
}

// fail answers ev with a Failed reply and discards any write or event.
func (out *Outcome) fail(ev *Event, code FailCode, msg, param string) {
	out.Write = false
	out.State = nil
	clear(out.Events)
	out.Events = out.Events[:0]
	out.payload = AppendFailure(out.payload[:0], Failure{Code: code, Message: msg, Param: param})
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
