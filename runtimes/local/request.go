package local

import (
	"context"
	"errors"
	"fmt"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/engine"
)

// call is a client request in flight and the callers waiting for its
// reply. Its fields other than done, reply and err are guarded by
// Runtime.mu; reply and err are set before done is closed.
type call struct {
	done  chan struct{}
	reply []byte // the encoded reply
	err   error

	waiters     int  // callers still waiting
	started     bool // its first event executed
	key         string
	fingerprint [32]byte
}

// finish answers the callers.
func (c *call) finish(reply []byte, err error) {
	c.reply, c.err = reply, err
	close(c.done)
}

// result decodes the reply.
func (c *call) result() (engine.Event, error) {
	if c.err != nil {
		return engine.Event{}, c.err
	}
	return engine.Decode(c.reply)
}

// submit stamps req with its ID and queues it. A request with an
// idempotency key is answered from the reply kept for the key, or joins
// the same request in flight, instead of running again.
func (r *Runtime) submit(ctx context.Context, req engine.Event) (*call, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	key := stateflow.IdempotencyKey(ctx)
	if key != "" {
		req.ID = engine.IDFromKey(key)
	} else {
		req.ID = engine.NewID()
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.closed {
		return nil, ErrClosed
	}
	var fingerprint [32]byte
	if key != "" {
		fingerprint = req.Fingerprint()
		if s, ok := r.replies[req.ID]; ok {
			if s.fingerprint != fingerprint {
				return nil, fmt.Errorf("%w: key %q", stateflow.ErrIdempotencyConflict, key)
			}
			c := &call{done: make(chan struct{})}
			c.finish(s.reply, nil)
			if !r.manual {
				r.waiting++
			}
			return c, nil
		}
		if c := r.calls[req.ID]; c != nil {
			if c.fingerprint != fingerprint {
				return nil, fmt.Errorf("%w: key %q", stateflow.ErrIdempotencyConflict, key)
			}
			c.waiters++
			if !r.manual {
				r.waiting++
			}
			return c, nil
		}
	}
	c := &call{done: make(chan struct{}), waiters: 1, key: key, fingerprint: fingerprint}
	if !r.manual {
		r.waiting++ // until the caller leaves await
	}
	r.calls[req.ID] = c
	r.queue = append(r.queue, engine.AppendEvent(nil, &req))
	return c, nil
}

// await waits for the reply of c (submitted with error err). Unless the
// runtime drains manually, waiting callers take turns executing queued
// events, their own and other requests': a caller drains until its own
// reply has come and another caller is there to take over, or until the
// queue is empty.
func (r *Runtime) await(ctx context.Context, c *call, err error) (engine.Event, error) {
	if err != nil {
		return engine.Event{}, err
	}
	if r.manual {
		select {
		case <-c.done:
			return c.result()
		case <-ctx.Done():
			r.giveUp(c)
			return engine.Event{}, ctx.Err()
		}
	}
	defer r.leave() // submit counted the caller in r.waiting
	for {
		select {
		case <-c.done:
			return c.result()
		case r.turn <- struct{}{}:
			r.drainFor(c)
			<-r.turn
			select {
			case <-c.done:
				return c.result()
			default:
				if r.idle() {
					// Every event ran, and this request is parked for an
					// entity that nothing will release: a bookkeeping bug.
					return engine.Event{}, errStuck
				}
			}
		case <-ctx.Done():
			r.giveUp(c)
			return engine.Event{}, ctx.Err()
		}
	}
}

var errStuck = errors.New("local: the request waits for an entity that no running call will release")

// leave records that a caller stopped waiting. When it was the last one
// and events are left (chains whose callers gave up), a goroutine drains
// them, so that every chain that started runs to its end.
func (r *Runtime) leave() {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.waiting--
	if r.waiting == 0 && !r.closed && !r.background && len(r.queue)+len(r.ready) > 0 {
		r.background = true
		go r.drainBackground()
	}
}

// drainBackground drains while no caller waits.
func (r *Runtime) drainBackground() {
	for {
		r.turn <- struct{}{}
		r.drain()
		<-r.turn
		r.mu.Lock()
		if r.waiting > 0 || r.closed || len(r.queue)+len(r.ready) == 0 {
			r.background = false
			r.mu.Unlock()
			return
		}
		r.mu.Unlock()
	}
}

// idle reports whether no event is ready or queued.
func (r *Runtime) idle() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.queue)+len(r.ready) == 0
}

// giveUp records that a caller stopped waiting. A request nobody waits for
// any more does not start; one that started runs to its end.
func (r *Runtime) giveUp(c *call) {
	r.mu.Lock()
	defer r.mu.Unlock()
	c.waiters--
}

// start marks the client request of chain id as started, unless nobody
// waits for it any more: then it forgets the request and returns false.
func (r *Runtime) start(id engine.ID) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	c := r.calls[id]
	if c == nil || c.started {
		return true
	}
	if c.waiters == 0 {
		delete(r.calls, id)
		return false
	}
	c.started = true
	return true
}
