package local

import (
	"bytes"
	"context"
	"fmt"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/engine"
)

// request stamps req with its ID, waits for its turn, runs it to quiescence
// (or answers it from the reply kept for its idempotency key) and returns
// the decoded reply.
func (r *Runtime) request(ctx context.Context, req engine.Event) (engine.Event, error) {
	if err := ctx.Err(); err != nil {
		return engine.Event{}, err
	}
	key := stateflow.IdempotencyKey(ctx)
	if key != "" {
		req.ID = engine.IDFromKey(key)
	} else {
		req.ID = engine.NewID()
	}
	select {
	case r.turn <- struct{}{}:
	case <-ctx.Done():
		return engine.Event{}, ctx.Err()
	}
	defer func() { <-r.turn }()
	if err := ctx.Err(); err != nil {
		return engine.Event{}, err
	}
	if r.closed {
		return engine.Event{}, ErrClosed
	}

	var fingerprint [32]byte
	if key != "" {
		fingerprint = req.Fingerprint()
		if s, ok := r.replies[req.ID]; ok {
			if s.fingerprint != fingerprint {
				return engine.Event{}, fmt.Errorf("%w: key %q", stateflow.ErrIdempotencyConflict, key)
			}
			return engine.Decode(s.reply)
		}
	}
	raw, err := r.run(engine.AppendEvent(nil, &req))
	if err != nil {
		return engine.Event{}, err
	}
	if key != "" {
		r.replies[req.ID] = stored{fingerprint: fingerprint, reply: raw}
	}
	return engine.Decode(raw)
}

// run executes the encoded request and every event it causes until the
// queue is empty, and returns the encoded reply that reached the client.
// The caller holds the turn.
func (r *Runtime) run(raw []byte) ([]byte, error) {
	r.queue = append(r.queue[:0], raw)
	var reply []byte
	for len(r.queue) > 0 {
		raw := r.queue[0]
		r.queue[0] = nil
		r.queue = r.queue[1:]

		route, err := r.ingress.Route(raw, &r.ev)
		if err != nil {
			return nil, fmt.Errorf("local: %w", err)
		}
		if r.trace != nil {
			r.trace(r.ev)
		}
		part := r.parts[route.Partition]
		var state []byte
		exists := false
		if route.Stateful {
			state, exists = part[r.ev.Target]
		}
		route.Operator.Step(&r.ev, state, exists, &r.out)
		if r.out.Err != nil {
			return nil, fmt.Errorf("local: %w", r.out.Err)
		}
		if r.out.Write {
			part[r.ev.Target] = bytes.Clone(r.out.State)
		}
		for i := range r.out.Events {
			if err := r.emit(&r.out.Events[i], &reply); err != nil {
				return nil, err
			}
		}
		if r.out.HasReply() {
			if err := r.emit(&r.out.Reply, &reply); err != nil {
				return nil, err
			}
		}
	}
	if reply == nil {
		return nil, fmt.Errorf("local: request ended without a reply")
	}
	return reply, nil
}

// emit routes an event the operator produced: back into the queue, or as
// the client's reply.
func (r *Runtime) emit(ev *engine.Event, reply *[]byte) error {
	dest, raw := r.egress.Route(nil, ev)
	if dest == engine.ToSystem {
		r.queue = append(r.queue, raw)
		return nil
	}
	if *reply != nil {
		return fmt.Errorf("local: a second reply to the client: %s", ev)
	}
	*reply = raw
	return nil
}
