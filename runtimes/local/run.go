package local

import (
	"bytes"
	"fmt"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/engine"
)

// drain executes events until none is ready or queued and returns how many
// it executed. The caller holds the turn.
func (r *Runtime) drain() int {
	n := 0
	for {
		raw, ok := r.next(nil)
		if !ok {
			return n
		}
		r.execute(raw)
		n++
	}
}

// drainFor drains for the caller waiting for mine: until the queue is
// empty, or until mine is answered and another caller waits to take over.
// The caller holds the turn.
func (r *Runtime) drainFor(mine *call) {
	for {
		raw, ok := r.next(mine)
		if !ok {
			return
		}
		r.execute(raw)
	}
}

// next removes the event to execute next: an unparked one first, then
// the oldest queued one (a random one with WithShuffle). It returns none
// when mine, if not nil, is answered and another caller waits.
func (r *Runtime) next(mine *call) ([]byte, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.closed {
		return nil, false
	}
	if mine != nil && r.waiting > 1 {
		select {
		case <-mine.done:
			return nil, false
		default:
		}
	}
	if len(r.ready) > 0 {
		raw := r.ready[0]
		r.ready[0] = nil
		r.ready = r.ready[1:]
		return raw, true
	}
	n := len(r.queue)
	if n == 0 {
		return nil, false
	}
	i := 0
	if r.rng != nil {
		i = r.rng.IntN(n)
	}
	raw := r.queue[i]
	if i == 0 {
		r.queue[0] = nil
		r.queue = r.queue[1:]
	} else {
		copy(r.queue[i:], r.queue[i+1:])
		r.queue[n-1] = nil
		r.queue = r.queue[:n-1]
	}
	return raw, true
}

// execute runs one encoded event: it routes it, admits or parks it (or
// refuses it to break a deadlock), runs the step, stores the state, applies
// the hold change, sends what the step produced and unparks the next event
// waiting for the target if the target is free. The caller holds the turn.
func (r *Runtime) execute(raw []byte) {
	ev := &r.ev
	route, err := r.ingress.Route(raw, ev)
	if err != nil {
		r.lost(raw, err)
		return
	}
	run, err := r.locks.Admit(ev, route.Operator, raw)
	if err != nil {
		r.traceEvent(ev)
		r.out.Refuse(ev, err)
		r.send()
		return
	}
	if !run {
		return
	}
	if ev.Hop == 0 && len(ev.Stack) == 0 && ev.Kind.IsRequest() && !r.start(ev.ID) {
		r.wake(ev.Target) // its caller gave up before it started
		return
	}
	r.traceEvent(ev)
	part := r.parts[route.Partition]
	var state []byte
	exists := false
	if route.Stateful {
		state, exists = part[ev.Target]
	}
	route.Operator.Step(ev, state, exists, &r.out)
	if r.out.Err != nil {
		r.abort(ev.ID, fmt.Errorf("local: %w", r.out.Err))
		return
	}
	if r.out.Write {
		part[ev.Target] = bytes.Clone(r.out.State)
	}
	if err := r.locks.Apply(ev, &r.out); err != nil {
		r.abort(ev.ID, fmt.Errorf("local: %w", err))
		return
	}
	r.send()
	r.wake(ev.Target)
}

func (r *Runtime) traceEvent(ev *engine.Event) {
	if r.trace != nil {
		r.trace(*ev)
	}
}

// send routes the events and the reply of the last step: into the queue,
// or to the waiting client.
func (r *Runtime) send() {
	r.mu.Lock()
	defer r.mu.Unlock()
	for i := range r.out.Events {
		r.emit(&r.out.Events[i])
	}
	if r.out.HasReply() {
		r.emit(&r.out.Reply)
	}
}

// emit routes one event; r.mu is held.
func (r *Runtime) emit(ev *engine.Event) {
	dest, raw := r.egress.Route(nil, ev)
	if dest == engine.ToSystem {
		r.queue = append(r.queue, raw)
		return
	}
	c := r.calls[ev.ID]
	if c == nil {
		return
	}
	delete(r.calls, ev.ID)
	if c.key != "" {
		r.replies[ev.ID] = stored{fingerprint: c.fingerprint, reply: raw}
	}
	c.finish(raw, nil)
}

// wake moves the next event parked for addr, if addr is free, to the
// ready list.
func (r *Runtime) wake(addr stateflow.Address) {
	if raw, ok := r.locks.Next(addr); ok {
		r.mu.Lock()
		r.ready = append(r.ready, raw)
		r.mu.Unlock()
	}
}

// abort ends chain id, whose event could not execute: its client gets err
// and its holds are released.
func (r *Runtime) abort(id engine.ID, err error) {
	r.mu.Lock()
	if c := r.calls[id]; c != nil {
		delete(r.calls, id)
		c.finish(nil, err)
	}
	r.mu.Unlock()
	for _, addr := range r.locks.Abandon(id) {
		r.wake(addr)
	}
}

// lost handles an event that does not decode: the chain named by its ID,
// when the ID is readable, is aborted.
func (r *Runtime) lost(raw []byte, err error) {
	var id engine.ID
	if len(raw) >= 2+len(id) {
		copy(id[:], raw[2:])
		r.abort(id, fmt.Errorf("local: %w", err))
	}
}
