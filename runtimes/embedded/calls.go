package embedded

import (
	"context"
	"sync"

	"github.com/stateflow-go/stateflow/engine"
)

// call is a client request in flight: the callers waiting for its reply.
// Retries of an idempotent request join the call of the first attempt.
type call struct {
	id          engine.ID
	keyed       bool
	fingerprint [32]byte
	waiters     int // callers still waiting; 0 lets a queued request be dropped
	started     bool

	done  chan struct{} // closed when reply or err is set
	reply []byte        // the encoded reply
	err   error
}

// callTable holds the calls in flight by request ID. It is sharded to keep
// lock contention low.
type callTable struct {
	shards [32]callShard
}

type callShard struct {
	mu    sync.Mutex
	calls map[engine.ID]*call
}

func newCallTable() *callTable {
	t := &callTable{}
	for i := range t.shards {
		t.shards[i].calls = make(map[engine.ID]*call)
	}
	return t
}

func (t *callTable) shard(id engine.ID) *callShard { return &t.shards[id[0]%uint8(len(t.shards))] }

// join returns the call of id, creating it when there is none (created
// reports that). A joining caller counts as a waiter.
func (t *callTable) join(id engine.ID, keyed bool, fingerprint [32]byte) (c *call, created bool) {
	s := t.shard(id)
	s.mu.Lock()
	defer s.mu.Unlock()
	if c := s.calls[id]; c != nil {
		c.waiters++
		return c, false
	}
	c = &call{id: id, keyed: keyed, fingerprint: fingerprint, waiters: 1, done: make(chan struct{})}
	s.calls[id] = c
	return c, true
}

// get returns the call of id, or nil.
func (t *callTable) get(id engine.ID) *call {
	s := t.shard(id)
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.calls[id]
}

// leave records that a caller stopped waiting (its context ended).
func (t *callTable) leave(c *call) {
	s := t.shard(c.id)
	s.mu.Lock()
	c.waiters--
	s.mu.Unlock()
}

// pending reports whether c is still wanted: it has started, or someone
// waits for it. A request that has not started and that every caller
// left is removed and must not run.
func (t *callTable) pending(c *call) bool {
	s := t.shard(c.id)
	s.mu.Lock()
	defer s.mu.Unlock()
	if c.started || c.waiters > 0 {
		return true
	}
	if s.calls[c.id] == c {
		delete(s.calls, c.id)
		c.err = context.Canceled
		close(c.done)
	}
	return false
}

// started records that c's first step ran: it runs to its end even if its
// callers leave.
func (t *callTable) started(c *call) {
	s := t.shard(c.id)
	s.mu.Lock()
	c.started = true
	s.mu.Unlock()
}

// finish answers the call of id, if there is one, and removes it.
func (t *callTable) finish(id engine.ID, reply []byte, err error) {
	s := t.shard(id)
	s.mu.Lock()
	c := s.calls[id]
	if c != nil {
		delete(s.calls, id)
	}
	s.mu.Unlock()
	if c != nil {
		c.reply, c.err = reply, err
		close(c.done)
	}
}

// finishCall answers c, if it is still in the table.
func (t *callTable) finishCall(c *call, reply []byte, err error) {
	s := t.shard(c.id)
	s.mu.Lock()
	ok := s.calls[c.id] == c
	if ok {
		delete(s.calls, c.id)
	}
	s.mu.Unlock()
	if ok {
		c.reply, c.err = reply, err
		close(c.done)
	}
}

// failAll answers every call with err.
func (t *callTable) failAll(err error) {
	for i := range t.shards {
		s := &t.shards[i]
		s.mu.Lock()
		calls := s.calls
		s.calls = make(map[engine.ID]*call)
		s.mu.Unlock()
		for _, c := range calls {
			c.err = err
			close(c.done)
		}
	}
}
