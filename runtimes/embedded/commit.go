package embedded

import (
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/stateflow-go/stateflow/store"
)

// committer commits the rounds of every partition in the order they were
// queued. It takes all the rounds queued while the previous commit ran and
// applies them as one atomic, synced batch (group commit), then releases
// their replies: a client sees a reply only once everything that led to it
// is durable.
type committer struct {
	rt     *Runtime
	in     chan *round
	done   chan struct{}
	merged store.Batch
	rounds []*round

	// idle is set while the committer waits for rounds or gathers them
	// for its next commit: a partition hands its open round over at once
	// then, and keeps filling it otherwise.
	idle atomic.Bool
	// waiting holds the partitions with an open round to wake when the
	// committer becomes idle.
	mu      sync.Mutex
	waiting []*partition
}

func newCommitter(rt *Runtime) *committer {
	return &committer{rt: rt, in: make(chan *round, roundsPerPartition*len(rt.parts)), done: make(chan struct{})}
}

// submit queues a round for commit.
func (c *committer) submit(r *round) { c.in <- r }

// await records that p holds an open round, to wake p when the
// committer becomes idle.
func (c *committer) await(p *partition) {
	c.mu.Lock()
	if !p.awaiting {
		p.awaiting = true
		c.waiting = append(c.waiting, p)
	}
	c.mu.Unlock()
}

// wakeWaiting becomes idle and wakes the partitions with open rounds.
func (c *committer) wakeWaiting() {
	c.idle.Store(true)
	c.mu.Lock()
	waiting := c.waiting
	c.waiting = nil
	c.mu.Unlock()
	for _, p := range waiting {
		c.mu.Lock()
		p.awaiting = false
		c.mu.Unlock()
		p.in.signal()
	}
}

// run commits queued rounds until in is closed.
func (c *committer) run() {
	defer close(c.done)
	for {
		var r *round
		select {
		case r = <-c.in:
		default:
			c.wakeWaiting()
			r = <-c.in
		}
		if r == nil {
			return
		}
		c.rounds = append(c.rounds[:0], r)
		// Every partition holding an open round gets to hand it over for
		// this commit, even when others keep the committer busy with full
		// rounds.
		c.wakeWaiting()
		runtime.Gosched()
	gather:
		for len(c.rounds) < c.rt.cfg.groupLimit {
			select {
			case r, ok := <-c.in:
				if !ok {
					break gather
				}
				c.rounds = append(c.rounds, r)
			default:
				break gather
			}
		}
		c.idle.Store(false)
		c.commit(c.rounds)
		clear(c.rounds)
	}
}

// commit applies the rounds as one batch and answers their requests.
func (c *committer) commit(rounds []*round) {
	rt := c.rt
	c.merged.Reset()
	events := 0
	for _, r := range rounds {
		c.merged.Append(&r.batch)
		events += r.events
	}
	if c.merged.Len() > 0 && !rt.failed() {
		start := rt.now()
		err := rt.st.Apply(&c.merged, !rt.cfg.noSync)
		rt.metrics.commit.Observe(rt.now().Sub(start).Seconds())
		rt.metrics.commitEvents.Observe(float64(events))
		rt.metrics.commitBytes.Observe(float64(c.merged.Size()))
		if err != nil {
			rt.fail(err)
		} else if rt.cfg.afterCommit != nil {
			rt.cfg.afterCommit()
		}
	}
	failed := rt.failure()
	now := rt.now()
	rt.metrics.events.Add(float64(events))
	for _, r := range rounds {
		rt.metrics.latency.Observe(now.Sub(r.started).Seconds())
		r.part.durable.Store(r.seq)
	}
	for _, r := range rounds {
		for _, rep := range r.replies {
			if failed != nil {
				rt.calls.finish(rep.id, nil, failed)
			} else {
				rt.calls.finish(rep.id, rep.raw, nil)
			}
		}
		r.part.free <- r
	}
	rt.pending.Add(int64(-events))
}
