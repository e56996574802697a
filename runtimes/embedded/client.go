package embedded

import (
	"bytes"
	"context"
	"fmt"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/engine"
)

// Create runs entity's constructor with the encoded arguments (or, for an
// entity without a constructor, stores the encoded state given as args) and
// returns the new key.
func (rt *Runtime) Create(ctx context.Context, entity string, args []byte) (string, error) {
	reply, err := rt.request(ctx, engine.Event{Kind: engine.Create, Target: stateflow.Address{Entity: entity}, Payload: args})
	if err != nil {
		return "", err
	}
	if err := engine.ExpectReply(&reply, engine.Created); err != nil {
		return "", err
	}
	return reply.Target.Key, nil
}

// Call invokes method on the entity at addr and returns the encoded results.
func (rt *Runtime) Call(ctx context.Context, addr stateflow.Address, method string, args []byte) ([]byte, error) {
	reply, err := rt.request(ctx, engine.Event{Kind: engine.Invoke, Target: addr, Method: method, Payload: args})
	if err != nil {
		return nil, err
	}
	if err := engine.ExpectReply(&reply, engine.Result); err != nil {
		return nil, err
	}
	return bytes.Clone(reply.Payload), nil
}

// State returns the encoded state of the entity at addr.
func (rt *Runtime) State(ctx context.Context, addr stateflow.Address) ([]byte, error) {
	reply, err := rt.request(ctx, engine.Event{Kind: engine.GetState, Target: addr})
	if err != nil {
		return nil, err
	}
	if err := engine.ExpectReply(&reply, engine.State); err != nil {
		return nil, err
	}
	return bytes.Clone(reply.Payload), nil
}

// request stamps req with its ID and either joins the call of an earlier
// attempt, answers from the reply the store keeps for its idempotency key,
// or queues it on its partition; then it waits for the reply.
func (rt *Runtime) request(ctx context.Context, req engine.Event) (engine.Event, error) {
	if err := ctx.Err(); err != nil {
		return engine.Event{}, err
	}
	key := stateflow.IdempotencyKey(ctx)
	var fingerprint [32]byte
	if key != "" {
		req.ID = engine.IDFromKey(key)
		fingerprint = req.Fingerprint()
	} else {
		req.ID = engine.NewID()
	}
	if rt.cfg.tracer != nil {
		traceRequest(ctx, req.ID)
	}
	rt.mu.Lock()
	if rt.closing {
		rt.mu.Unlock()
		return engine.Event{}, ErrClosed
	}
	rt.admit.Add(1)
	rt.mu.Unlock()
	c, err := rt.admitRequest(&req, key, fingerprint)
	rt.admit.Done()
	if err != nil {
		return engine.Event{}, err
	}
	select {
	case <-c.done:
	case <-ctx.Done():
		rt.calls.leave(c)
		return engine.Event{}, ctx.Err()
	}
	if c.err != nil {
		return engine.Event{}, c.err
	}
	return engine.Decode(c.reply)
}

// admitRequest returns the call that will answer req: a call in flight
// with the same ID, a call answered from the store, or a new call queued
// on req's partition.
func (rt *Runtime) admitRequest(req *engine.Event, key string, fingerprint [32]byte) (*call, error) {
	if err := rt.failure(); err != nil {
		return nil, err
	}
	keyed := key != ""
	c, created := rt.calls.join(req.ID, keyed, fingerprint)
	if !created {
		if c.fingerprint != fingerprint {
			rt.calls.leave(c)
			return nil, conflict(key)
		}
		return c, nil
	}
	if keyed {
		rec, ok, err := rt.lookupReply(req.ID)
		if err != nil {
			rt.calls.finishCall(c, nil, err)
			return nil, err
		}
		switch {
		case ok && rec.fingerprint != fingerprint:
			err := conflict(key)
			rt.calls.finishCall(c, nil, err)
			return nil, err
		case ok && rec.done:
			rt.calls.finishCall(c, rec.reply, nil)
			return c, nil
		case ok:
			// The request started before a restart and its pending events
			// are finishing it: wait for its reply.
			return c, nil
		}
	}
	it := item{ev: *req, call: c}
	it.ev.Payload = bytes.Clone(req.Payload)
	it.route = rt.ingress.RouteEvent(&it.ev)
	p := rt.parts[it.route.Partition]
	rt.pending.Add(1)
	if !p.in.pushClient(it) {
		rt.pending.Add(-1)
		rt.metrics.overloaded.Inc()
		err := fmt.Errorf("%w: partition %d has %d requests queued", ErrOverloaded, p.id, rt.cfg.queueLimit)
		rt.calls.finishCall(c, nil, err)
		return nil, err
	}
	return c, nil
}

func conflict(key string) error {
	return fmt.Errorf("%w: key %q", stateflow.ErrIdempotencyConflict, key)
}

// lookupReply reads the record the store keeps for request id.
func (rt *Runtime) lookupReply(id engine.ID) (replyRecord, bool, error) {
	key := appendReplyKey(nil, id)
	b, ok, err := rt.st.Get(key, nil)
	if err != nil || !ok {
		return replyRecord{}, false, err
	}
	rec, err := decodeReplyRecord(key, b)
	return rec, err == nil, err
}
