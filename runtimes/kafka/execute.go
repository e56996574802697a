package kafka

import (
	"fmt"

	"github.com/stateflow-go/stateflow/engine"
	"github.com/twmb/franz-go/pkg/kgo"
)

// handle takes one consumed record: a client's request, an event from
// another worker, or the reply of an idempotent request on its way to its
// record. A record that does not decode is logged with its place and
// skipped; it stays in its topic.
func (w *Worker) handle(rec *kgo.Record) {
	if isTick(rec) {
		return
	}
	var it item
	route, err := w.router.Route(rec.Value, &it.ev)
	if err != nil {
		w.meter.badRecords.Inc()
		w.log.Error("record skipped: it is not an event", "topic", rec.Topic, "partition", rec.Partition, "offset", rec.Offset, "err", err)
		return
	}
	it.route = route
	switch {
	case rec.Topic == w.topics.requests && keyed(it.ev.ID):
		w.admitKeyed(&it, rec.Partition, rec.Value)
	case rec.Topic == w.topics.internal && it.ev.Kind.IsReply() && len(it.ev.Stack) == 0:
		w.recordReply(it.ev.ID, rec.Value)
	default:
		if int32(it.route.Partition) != rec.Partition {
			w.meter.badRecords.Inc()
			w.log.Error("record skipped: its target belongs to another partition", "topic", rec.Topic, "partition", rec.Partition, "offset", rec.Offset, "event", it.ev.String())
			return
		}
		w.run(&it)
	}
}

// run executes one event on its target: it admits it (or parks it while
// another chain holds the target, or refuses it to break a deadlock),
// runs the operator on the target's state, and records the step's
// effects in the transaction. Then it runs the event parked for the
// target, if the target is free.
func (w *Worker) run(it *item) {
	ev := &it.ev
	part := int32(it.route.Partition)
	if w.split {
		run, err := w.locks.Admit(ev, it.route.Operator, *it)
		if err != nil {
			w.out.Refuse(ev, err)
			w.send(part)
			return
		}
		if !run {
			w.park(it)
			return
		}
	}
	w.tx.events++
	var state []byte
	exists := false
	if it.route.Stateful {
		w.key = appendAddrKey(w.key[:0], stateFamily, ev.Target)
		var err error
		if state, exists, err = w.get(w.key); err != nil {
			w.abort(it, fmt.Errorf("reading the state of %s: %w", ev.Target, err))
			return
		}
	}
	it.route.Operator.Step(ev, state, exists, &w.out)
	if w.out.Err != nil {
		w.abort(it, w.out.Err)
		return
	}
	if w.out.Write {
		w.key = appendAddrKey(w.key[:0], stateFamily, ev.Target)
		w.tx.set(part, w.key, w.out.State)
	}
	if w.out.Hold != engine.HoldKeep {
		if err := w.applyHold(ev, part); err != nil {
			w.abort(it, err)
			return
		}
	}
	w.send(part)
	w.wake(it)
}

// send routes the events and the reply of the last step.
func (w *Worker) send(part int32) {
	for i := range w.out.Events {
		w.emit(&w.out.Events[i])
	}
	if w.out.HasReply() {
		w.emit(&w.out.Reply)
	}
}

// emit routes an event a step produced: a reply to a client goes to the
// replies topic (through its idempotency record for a keyed request); an
// event for an entity of a partition this worker owns runs in this
// transaction; any other goes to the internal topic.
func (w *Worker) emit(ev *engine.Event) {
	dest, raw := w.egress.Route(nil, ev)
	if dest == engine.ToClient {
		w.toClient(ev.ID, raw)
		return
	}
	var next item
	route, err := w.router.Route(raw, &next.ev)
	if err != nil {
		// The egress router encoded it a moment ago: this is a bug.
		w.log.Error("an event produced by a step does not decode", "target", ev.Target, "err", err)
		return
	}
	next.route = route
	w.forward(next, raw)
}

// forward runs it in this transaction when its partition is owned here,
// or sends it (encoded as raw) to the internal topic. A transaction runs
// at most twice MaxPoll events: beyond that, events go through Kafka too,
// so that a long chain (a loop of remote calls) cannot keep a transaction
// open and the records that arrive meanwhile waiting.
func (w *Worker) forward(it item, raw []byte) {
	part := int32(it.route.Partition)
	if w.owned[part] && !w.cfg.ViaKafka && w.tx.events < 2*w.cfg.MaxPoll {
		w.queue = append(w.queue, it)
		w.meter.localHops.Inc()
		return
	}
	w.tx.out = append(w.tx.out, &kgo.Record{Topic: w.topics.internal, Partition: part, Value: raw})
	w.meter.kafkaHops.Inc()
}

// toClient sends a client's reply: straight to the replies topic, or, for
// a keyed request, first to its idempotency record.
func (w *Worker) toClient(id engine.ID, raw []byte) {
	part := idPartition(id, w.cfg.Partitions)
	if !keyed(id) {
		w.tx.out = append(w.tx.out, &kgo.Record{Topic: w.topics.replies, Partition: part, Key: id[:], Value: raw})
		return
	}
	if w.owned[part] && !w.cfg.ViaKafka {
		w.recordReply(id, raw)
		return
	}
	w.tx.out = append(w.tx.out, &kgo.Record{Topic: w.topics.internal, Partition: part, Value: raw})
}

// abort ends the chain of an event that could not execute: its client
// gets a Failed reply naming err, and the chain's holds are released.
func (w *Worker) abort(it *item, err error) {
	ev := &it.ev
	w.log.Warn("event dropped", "event", ev.String(), "chain", ev.ID.String(), "err", err)
	failed := engine.Event{ID: ev.ID, Hop: ev.Hop + 1, Kind: engine.Failed, Target: ev.Target, Method: ev.Method,
		Payload: engine.AppendFailure(nil, engine.Failure{Code: engine.FailInternal, Message: err.Error()})}
	w.toClient(ev.ID, engine.AppendEvent(nil, &failed))
	if w.split {
		w.abandon(ev.ID)
	}
}
