package embedded

import (
	"fmt"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/engine"
)

// execute runs one event as a step of round r. It admits the event to its
// target (or parks it while another call chain holds the target, or
// refuses it to break a deadlock), loads the target's state, runs the
// operator, and records in r what the step wrote, the hold it took or
// gave back, the events it sent, the reply it owes and the deletion of the
// event's own outbox record, so that all of it commits together. Then it
// runs the event parked for the target, if the target is free.
func (p *partition) execute(it *item, r *round) {
	ev := &it.ev
	if it.call != nil && !p.rt.calls.pending(it.call) {
		r.events++ // every caller left before the request ran
		p.wake(ev.Target)
		return
	}
	if p.rt.split {
		run, err := p.rt.holds.admit(it)
		if err != nil {
			r.events++
			p.consume(it, r)
			p.out.Refuse(ev, err)
			p.send(it, r)
			return
		}
		if !run {
			return // parked: it runs when its target is free
		}
	}
	r.events++
	if it.call != nil {
		p.rt.calls.started(it.call)
	}
	var c *cached
	var state []byte
	exists := false
	if it.route.Stateful {
		var err error
		if c, err = p.load(ev.Target); err != nil {
			p.rt.fail(fmt.Errorf("reading the state of %s: %w", ev.Target, err))
			return
		}
		state, exists = c.state, c.exists
	}
	// Reading the clock costs as much as a small step: time one step in
	// stepSample.
	p.steps++
	if p.rt.cfg.tracer != nil {
		defer p.traceStep(ev).End()
	}
	if p.steps%stepSample == 0 {
		start := p.rt.now()
		it.route.Operator.Step(ev, state, exists, &p.out)
		p.rt.metrics.step.Observe(p.rt.now().Sub(start).Seconds())
	} else {
		it.route.Operator.Step(ev, state, exists, &p.out)
	}

	p.consume(it, r)
	out := &p.out
	if out.Err != nil {
		p.abort(it, r, out.Err)
		return
	}
	if out.Write {
		p.write(c, out.State, r)
	}
	if out.Hold != engine.HoldKeep {
		var err error
		if p.key, err = p.rt.holds.apply(ev, out, &r.batch, p.key); err != nil {
			p.abort(it, r, err)
			return
		}
	}
	p.send(it, r)
	p.wake(ev.Target)
}

// consume deletes the outbox record of an event that ran.
func (p *partition) consume(it *item, r *round) {
	if it.outbox != 0 {
		p.key = appendOutboxKey(p.key[:0], it.outbox)
		r.batch.Delete(p.key)
	}
}

// send emits the events and the reply of the last step.
func (p *partition) send(it *item, r *round) {
	out := &p.out
	for i := range out.Events {
		p.emit(&out.Events[i], r)
	}
	if out.HasReply() {
		p.emit(&out.Reply, r)
	} else if it.call != nil && it.call.keyed {
		// The request continues in other steps: a retry must wait for
		// them, even after a crash, instead of running it again.
		rec := replyRecord{fingerprint: it.call.fingerprint}
		p.key = appendReplyKey(p.key[:0], it.ev.ID)
		r.batch.Set(p.key, appendReplyRecord(nil, &rec))
	}
}

// abort ends the chain of an event that could not execute: the chain's
// client gets a Failed reply naming err (kept like any reply, so that a
// retry gets it too), and the chain's holds are released.
func (p *partition) abort(it *item, r *round, err error) {
	ev := &it.ev
	p.rt.log.Warn("event dropped", "partition", p.id, "event", ev.String(), "chain", ev.ID.String(), "err", err)
	failed := engine.Event{ID: ev.ID, Hop: ev.Hop + 1, Kind: engine.Failed, Target: ev.Target, Method: ev.Method,
		Payload: engine.AppendFailure(nil, engine.Failure{Code: engine.FailInternal, Message: err.Error()})}
	raw := engine.AppendEvent(nil, &failed)
	p.keepReply(ev.ID, raw, r)
	r.replies = append(r.replies, reply{id: ev.ID, raw: raw})
	if !p.rt.split {
		return
	}
	for _, next := range p.rt.holds.abandon(ev.ID, &r.batch) {
		to := p.rt.parts[next.route.Partition]
		if to == p {
			p.ready = append(p.ready, next)
		} else {
			to.in.pushReady(next)
		}
	}
}

// wake queues the event parked for addr, if addr is free, to run next.
func (p *partition) wake(addr stateflow.Address) {
	if !p.rt.split {
		return
	}
	if next, ok := p.rt.holds.next(addr); ok {
		p.ready = append(p.ready, next)
	}
}

// emit routes an event a step produced: into the outbox and to the
// partition of its target, or, for a client's reply, into the round's
// replies (and the store, for an idempotent request).
func (p *partition) emit(ev *engine.Event, r *round) {
	dest, raw := p.rt.egress.Route(nil, ev)
	if dest == engine.ToClient {
		p.keepReply(ev.ID, raw, r)
		r.replies = append(r.replies, reply{id: ev.ID, raw: raw})
		return
	}
	seq := p.rt.outSeq.Add(1)
	p.key = appendOutboxKey(p.key[:0], seq)
	r.batch.Set(p.key, raw)
	h := handoff{it: item{outbox: seq}}
	route, err := p.rt.ingress.Route(raw, &h.it.ev)
	if err != nil {
		// The egress router encoded it a moment ago: this is a bug.
		p.rt.fail(fmt.Errorf("an event produced by %s does not decode: %w", ev.Target, err))
		return
	}
	h.it.route = route
	h.to = p.rt.parts[route.Partition]
	r.handoffs = append(r.handoffs, h)
	p.rt.pending.Add(1)
}

// keepReply stores the reply of an idempotent request with its
// fingerprint. A request is idempotent when its call says so, or, for a
// request whose call is gone (it started before a restart), when the
// store holds its pending record.
func (p *partition) keepReply(id engine.ID, raw []byte, r *round) {
	rec := replyRecord{done: true, unixNano: p.rt.now().UnixNano(), reply: raw}
	if c := p.rt.calls.get(id); c != nil {
		if !c.keyed {
			return
		}
		rec.fingerprint = c.fingerprint
	} else {
		p.key = appendReplyKey(p.key[:0], id)
		b, ok, err := p.rt.st.Get(p.key, nil)
		if err != nil {
			p.rt.fail(fmt.Errorf("reading the record of request %s: %w", id, err))
			return
		}
		if !ok {
			return
		}
		old, err := decodeReplyRecord(p.key, b)
		if err != nil {
			p.rt.fail(err)
			return
		}
		rec.fingerprint = old.fingerprint
	}
	p.key = appendReplyKey(p.key[:0], id)
	r.batch.Set(p.key, appendReplyRecord(nil, &rec))
}
