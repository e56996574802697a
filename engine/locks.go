package engine

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/stateflow-go/stateflow"
)

// Locks is the bookkeeping of per-entity exclusivity (DESIGN §2) for the
// entities of one runtime, or of one partition: which call chain holds
// which entity and how many times, the events of other chains parked until
// the entity is free, in arrival order, and which chain waits for which.
// It is pure data: no goroutines, no clock, no I/O, no locking; the
// runtime calls it from the one goroutine (or under the one lock) that
// executes events of those entities. T is whatever the runtime keeps of a
// parked event: its encoded bytes, say.
//
// The runtime's loop uses it in three places:
//
//	run, err := locks.Admit(&ev, route.Operator, raw) // before the step
//	if err != nil {
//		out.Refuse(&ev, err) // a deadlock: the caller gets the failure
//	} else if !run {
//		continue // parked; Next hands it back later
//	} else {
//		route.Operator.Step(&ev, state, exists, &out)
//		locks.Apply(&ev, &out) // after the step, with its write
//	}
//	... send out's events and reply ...
//	if item, ok := locks.Next(ev.Target); ok {
//		runSoon(item) // before any other event for ev.Target
//	}
//
// and calls Abandon when a chain ends abnormally (out.Err, a lost event).
//
// A deadlock is found when it forms: a chain runs one event at a time, so
// a parked chain waits for exactly one other chain (the holder of the
// entity it waits for), and Admit follows those waits from the holder; if
// they lead back to the waiting chain, waiting would close a cycle and the
// event is refused instead of parked.
type Locks[T any] struct {
	entities map[stateflow.Address]*lockEntry[T]
	waits    map[ID]stateflow.Address // a parked chain -> the entity it waits for
}

// lockEntry is the hold and the queue of one entity; it exists while the
// entity is held or has parked events.
type lockEntry[T any] struct {
	held   bool
	chain  ID
	count  int
	method string // the operation that took the hold, for messages
	queue  []parked[T]
}

// parked is an event waiting for its entity.
type parked[T any] struct {
	chain ID
	call  string
	item  T
}

// NewLocks returns empty bookkeeping.
func NewLocks[T any]() *Locks[T] {
	return &Locks[T]{entities: make(map[stateflow.Address]*lockEntry[T]), waits: make(map[ID]stateflow.Address)}
}

// Admit decides whether ev, about to be executed by op, runs now. It runs
// unless its target is held by another chain and the event needs the
// target exclusively (Operator.Exclusive): events of the holding chain are
// admitted (call-chain reentrancy), and so are readonly operations, state
// requests and replies. An event that must wait is parked as item at the
// end of its target's queue (run is false, err nil), unless waiting would
// close a cycle of chains waiting for each other: then nothing is parked
// and err is a *DeadlockError naming the cycle.
func (l *Locks[T]) Admit(ev *Event, op *Operator, item T) (run bool, err error) {
	if len(l.entities) == 0 {
		return true, nil
	}
	e := l.entities[ev.Target]
	if e == nil || !e.held || e.chain == ev.ID || !op.Exclusive(ev) {
		return true, nil
	}
	if err := l.cycle(ev, e); err != nil {
		return false, err
	}
	e.queue = append(e.queue, parked[T]{chain: ev.ID, call: describe(ev), item: item})
	l.waits[ev.ID] = ev.Target
	return false, nil
}

// cycle returns a *DeadlockError if ev's chain waiting for e would close a
// cycle.
func (l *Locks[T]) cycle(ev *Event, e *lockEntry[T]) error {
	links := []WaitLink{{Chain: ev.ID, Call: describe(ev), Entity: ev.Target, Holder: e.chain, HeldBy: heldBy(ev.Target, e.method)}}
	h := e.chain
	for range len(l.waits) + 1 {
		if h == ev.ID {
			return &DeadlockError{Cycle: links}
		}
		addr, waiting := l.waits[h]
		if !waiting {
			return nil
		}
		he := l.entities[addr]
		if he == nil || !he.held {
			return nil
		}
		link := WaitLink{Chain: h, Entity: addr, Holder: he.chain, HeldBy: heldBy(addr, he.method)}
		for _, p := range he.queue {
			if p.chain == h {
				link.Call = p.call
			}
		}
		links = append(links, link)
		h = he.chain
	}
	return nil
}

func heldBy(addr stateflow.Address, method string) string { return addr.String() + "." + method }

// Apply records the hold change of a step that executed ev: HoldAcquire
// adds one to the hold of ev's chain on ev.Target (naming ev.Method as the
// holder in messages when it takes the entity), HoldRelease takes one
// away and frees the entity at zero. It returns an error only for a change
// that contradicts the bookkeeping (a hold on an entity another chain
// holds, a release without a hold), which the runtime reports.
func (l *Locks[T]) Apply(ev *Event, out *Outcome) error {
	switch out.Hold {
	case HoldAcquire:
		return l.Acquire(ev.Target, ev.ID, ev.Method)
	case HoldRelease:
		return l.Release(ev.Target, ev.ID)
	}
	return nil
}

// Acquire adds one to chain's hold on addr; method names the operation in
// messages and in Holds.
func (l *Locks[T]) Acquire(addr stateflow.Address, chain ID, method string) error {
	e := l.entities[addr]
	if e == nil {
		e = &lockEntry[T]{}
		l.entities[addr] = e
	}
	if e.held && e.chain != chain {
		return fmt.Errorf("engine: chain %s takes %s, held by chain %s", chain.Short(), addr, e.chain.Short())
	}
	if !e.held {
		e.held, e.chain, e.count, e.method = true, chain, 0, method
	}
	e.count++
	return nil
}

// Release takes one away from chain's hold on addr; at zero the entity is
// free, and Next hands out its parked events.
func (l *Locks[T]) Release(addr stateflow.Address, chain ID) error {
	e := l.entities[addr]
	if e == nil || !e.held || e.chain != chain {
		return fmt.Errorf("engine: chain %s releases %s, which it does not hold", chain.Short(), addr)
	}
	e.count--
	if e.count == 0 {
		e.held, e.chain, e.method = false, ID{}, ""
		l.drop(addr, e)
	}
	return nil
}

// Next removes and returns the first event parked for addr when addr is
// not held. The runtime runs it before any other event for addr, through
// Admit as usual, and calls Next again after that step: each parked event
// runs in turn until one takes the entity.
func (l *Locks[T]) Next(addr stateflow.Address) (item T, ok bool) {
	if len(l.entities) == 0 {
		return item, false
	}
	e := l.entities[addr]
	if e == nil || e.held || len(e.queue) == 0 {
		return item, false
	}
	p := e.queue[0]
	e.queue[0] = parked[T]{}
	e.queue = e.queue[1:]
	delete(l.waits, p.chain)
	l.drop(addr, e)
	return p.item, true
}

// drop forgets the entry of a free entity with no parked events.
func (l *Locks[T]) drop(addr stateflow.Address, e *lockEntry[T]) {
	if !e.held && len(e.queue) == 0 {
		delete(l.entities, addr)
	}
}

// Abandon releases every hold of chain, whatever its count, and forgets
// its parked event, if any: the chain ended without finishing its
// operations (its event was lost or could not execute). It returns the
// entities it freed, sorted, for the runtime to call Next on.
func (l *Locks[T]) Abandon(chain ID) []stateflow.Address {
	var freed []stateflow.Address
	if addr, ok := l.waits[chain]; ok {
		delete(l.waits, chain)
		if e := l.entities[addr]; e != nil {
			e.queue = slices.DeleteFunc(e.queue, func(p parked[T]) bool { return p.chain == chain })
			l.drop(addr, e)
		}
	}
	for addr, e := range l.entities {
		if e.held && e.chain == chain {
			e.held, e.chain, e.count, e.method = false, ID{}, 0, ""
			freed = append(freed, addr)
			l.drop(addr, e)
		}
	}
	slices.SortFunc(freed, compareAddr)
	return freed
}

// Withdraw takes the event parked by chain out of its queue and returns
// it, leaving every hold as it is: the runtime refuses it instead of
// running it (an administrator's cancel, a wait that lasted too long).
// ok is false when chain has no parked event.
func (l *Locks[T]) Withdraw(chain ID) (item T, ok bool) {
	addr, waiting := l.waits[chain]
	if !waiting {
		return item, false
	}
	delete(l.waits, chain)
	e := l.entities[addr]
	if e == nil {
		return item, false
	}
	i := slices.IndexFunc(e.queue, func(p parked[T]) bool { return p.chain == chain })
	if i < 0 {
		return item, false
	}
	item = e.queue[i].item
	e.queue = slices.Delete(e.queue, i, i+1)
	l.drop(addr, e)
	return item, true
}

// Parked returns the number of parked events.
func (l *Locks[T]) Parked() int { return len(l.waits) }

// HoldInfo describes one held entity, for admin views.
type HoldInfo struct {
	Entity stateflow.Address
	Chain  ID
	// Method is the operation that took the hold.
	Method string
	// Count is the chain's hold count (nested operations of the chain on
	// the entity).
	Count int
	// Waiting are the chains of the parked events, in queue order.
	Waiting []ID
}

// Holds returns the held entities, sorted by address.
func (l *Locks[T]) Holds() []HoldInfo {
	var hs []HoldInfo
	for addr, e := range l.entities {
		if !e.held {
			continue
		}
		h := HoldInfo{Entity: addr, Chain: e.chain, Method: e.method, Count: e.count}
		for _, p := range e.queue {
			h.Waiting = append(h.Waiting, p.chain)
		}
		hs = append(hs, h)
	}
	slices.SortFunc(hs, func(a, b HoldInfo) int { return compareAddr(a.Entity, b.Entity) })
	return hs
}

func compareAddr(a, b stateflow.Address) int {
	return cmp.Or(cmp.Compare(a.Entity, b.Entity), cmp.Compare(a.Key, b.Key))
}
