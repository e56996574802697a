package embedded

import (
	"sync/atomic"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/engine"
)

// partition is one worker: it owns the entities whose addresses hash to
// it, runs their events one at a time in arrival order, and keeps their
// states in a cache in front of the store.
type partition struct {
	rt *Runtime
	id int
	in *inbox

	// free holds the rounds not being filled or committed; a worker that
	// finds it empty waits for the committer, which bounds how far
	// execution runs ahead of durability.
	free    chan *round
	seq     uint64        // the last round started
	durable atomic.Uint64 // the last round committed
	// awaiting reports that the partition is in the committer's list of
	// partitions to wake; guarded by the committer's mu.
	awaiting bool

	cache      map[stateflow.Address]*cached
	cacheLimit int
	dirty      []*cached // entries written in the round being filled

	items []item // the events of the round being filled
	ready []item // events unparked by this partition's steps: run next
	out   engine.Outcome
	key   []byte
	steps uint64 // steps executed, for sampling their duration
}

// stepSample is how many steps run per step whose duration is measured.
const stepSample = 16

// cached is the state of one entity as the partition last wrote it.
type cached struct {
	addr    stateflow.Address
	state   []byte
	exists  bool
	written uint64 // the round that last wrote it; 0 when read from the store
	dirty   bool   // in the dirty list of the round being filled
}

// roundsPerPartition is how many rounds a partition may have filled and
// not yet committed.
const roundsPerPartition = 8

func newPartition(rt *Runtime, id int) *partition {
	p := &partition{
		rt:         rt,
		id:         id,
		in:         newInbox(rt.cfg.queueLimit),
		free:       make(chan *round, roundsPerPartition),
		cache:      make(map[stateflow.Address]*cached),
		cacheLimit: max(rt.cfg.cacheLimit/rt.cfg.partitions, 1),
	}
	for range roundsPerPartition {
		p.free <- &round{part: p}
	}
	return p
}

// run executes the partition's events until the runtime stops it.
//
// Events execute into the open round as they arrive. Once the queue is
// empty, the round is handed to the committer if the committer is idle or
// the round sent events to other steps; otherwise it keeps collecting
// while a commit runs, so that the next commit takes everything that
// arrived meanwhile (group commit). A full round goes at once.
func (p *partition) run() {
	defer p.rt.workers.Done()
	var open *round
	for {
		select {
		case <-p.in.wake:
		case <-p.rt.stop:
			if open != nil {
				p.submit(open)
			}
			return
		}
		for !p.rt.failed() {
			var n int
			if open == nil || open.events < p.rt.cfg.roundLimit {
				p.items = p.in.take(p.items[:0], p.rt.cfg.roundLimit-roundEvents(open))
				n = len(p.items)
			}
			if n > 0 {
				if open == nil {
					open = p.openRound()
				}
				for i := range p.items {
					p.execute(&p.items[i], open)
					for len(p.ready) > 0 {
						next := p.ready[0]
						p.ready = p.ready[1:]
						p.execute(&next, open)
					}
				}
				clear(p.items)
			}
			if open == nil {
				break
			}
			if open.events >= p.rt.cfg.roundLimit {
				p.submit(open)
				open = nil
				continue
			}
			if n > 0 {
				continue // take what arrived meanwhile before handing over
			}
			// Events for other steps go out at once: they are handed
			// over only once their round is queued for commit, and a
			// chain should not wait a commit per hop.
			if p.rt.commits.idle.Load() || len(open.handoffs) > 0 {
				p.submit(open)
				open = nil
				continue
			}
			// Wait for events, or for the committer to become idle. The
			// committer sets idle before it wakes the waiting partitions,
			// so checking after registering loses no wake-up.
			p.rt.commits.await(p)
			if !p.rt.commits.idle.Load() {
				break
			}
			p.submit(open)
			open = nil
		}
	}
}

func roundEvents(r *round) int {
	if r == nil {
		return 0
	}
	return r.events
}

// openRound starts a round; it waits while every round of the partition
// is being committed.
func (p *partition) openRound() *round {
	r := <-p.free
	r.reset()
	p.seq++
	r.seq = p.seq
	r.started = p.rt.now()
	return r
}

// submit seals r and hands it to the committer, then hands the events its
// steps sent to their partitions.
func (p *partition) submit(r *round) {
	p.seal(r)
	p.rt.commits.submit(r)
	// The round is queued for commit before any of its events can run, so
	// a step that consumes one commits in the same group or a later one.
	for i := range r.handoffs {
		h := &r.handoffs[i]
		h.to.in.pushInternal(h.it)
	}
	p.evict()
}

// load returns the cached state of addr, reading it from the store when it
// is not cached.
func (p *partition) load(addr stateflow.Address) (*cached, error) {
	if c := p.cache[addr]; c != nil {
		return c, nil
	}
	p.key = appendStateKey(p.key[:0], addr)
	v, ok, err := p.rt.st.Get(p.key, nil)
	if err != nil {
		return nil, err
	}
	c := &cached{addr: addr, state: v, exists: ok}
	p.cache[addr] = c
	return c, nil
}

// write replaces the cached state of c; the round writes it to the store
// when it is sealed.
func (p *partition) write(c *cached, state []byte, r *round) {
	c.state = append(c.state[:0], state...)
	c.exists = true
	c.written = r.seq
	if !c.dirty {
		c.dirty = true
		p.dirty = append(p.dirty, c)
	}
}

// seal adds the states written during the round to its batch: the last
// state of each entity, once.
func (p *partition) seal(r *round) {
	for _, c := range p.dirty {
		p.key = appendStateKey(p.key[:0], c.addr)
		r.batch.Set(p.key, c.state)
		c.dirty = false
	}
	clear(p.dirty)
	p.dirty = p.dirty[:0]
}

// evict drops cached states beyond the cache limit, keeping those whose
// last write is not yet durable (the store does not have them yet).
func (p *partition) evict() {
	if len(p.cache) <= p.cacheLimit {
		return
	}
	durable := p.durable.Load()
	target := p.cacheLimit - p.cacheLimit/8
	for addr, c := range p.cache {
		if len(p.cache) <= target {
			return
		}
		if c.written <= durable {
			delete(p.cache, addr)
		}
	}
}
