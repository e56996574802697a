package embedded

import (
	"errors"
	"fmt"
	"sync"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/engine"
	"github.com/stateflow-go/stateflow/store"
)

// holds is the per-entity exclusivity of split operations (DESIGN §2) for
// the whole runtime: one engine.Locks, so that a deadlock between chains
// on entities of different partitions is seen, guarded by a mutex, and its
// holds mirrored in the store. The events parked in it are not stored
// again: an event between entities keeps its outbox record until the step
// that runs it commits, and a client's request is retried by its client.
//
// A hold is stored under 'h' and the entity's address, as the chain's ID,
// its count and the operation that took it, in the batch of the step that
// changed it, so that after a crash the holds of the suspended operations
// are back before their pending events run.
type holds struct {
	mu     sync.Mutex
	locks  *engine.Locks[item]
	counts map[stateflow.Address]engine.HoldRecord // mirrors the holds of locks
	parked map[engine.ID]item                      // the parked event of each waiting chain
}

const holdFamily = 'h'

func newHolds() *holds {
	return &holds{locks: engine.NewLocks[item](), counts: make(map[stateflow.Address]engine.HoldRecord), parked: make(map[engine.ID]item)}
}

// admit runs Locks.Admit.
func (h *holds) admit(it *item) (bool, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if it.cancel != nil {
		return false, it.cancel
	}
	run, err := h.locks.Admit(&it.ev, it.route.Operator, *it)
	if !run && err == nil {
		h.parked[it.ev.ID] = *it
	}
	return run, err
}

// apply records the hold change of a step in locks and in b.
func (h *holds) apply(ev *engine.Event, out *engine.Outcome, b *store.Batch, key []byte) ([]byte, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if err := h.locks.Apply(ev, out); err != nil {
		return key, err
	}
	rec := h.counts[ev.Target].Change(ev, out.Hold)
	key = appendHoldKey(key[:0], ev.Target)
	if rec.Count > 0 {
		h.counts[ev.Target] = rec
		b.Set(key, engine.AppendHoldRecord(nil, &rec))
	} else {
		delete(h.counts, ev.Target)
		b.Delete(key)
	}
	return key, nil
}

// next removes the first event parked for addr if addr is free.
func (h *holds) next(addr stateflow.Address) (item, bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	it, ok := h.locks.Next(addr)
	if ok {
		delete(h.parked, it.ev.ID)
	}
	return it, ok
}

// abandon releases every hold of chain (in locks and in b) and returns the
// events parked for the entities it freed, one per entity.
func (h *holds) abandon(chain engine.ID, b *store.Batch) []item {
	h.mu.Lock()
	defer h.mu.Unlock()
	var next []item
	delete(h.parked, chain)
	for _, addr := range h.locks.Abandon(chain) {
		delete(h.counts, addr)
		b.Delete(appendHoldKey(nil, addr))
		if it, ok := h.locks.Next(addr); ok {
			next = append(next, it)
		}
	}
	return next
}

// restore takes a stored hold back.
func (h *holds) restore(addr stateflow.Address, rec engine.HoldRecord) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	for range rec.Count {
		if err := h.locks.Acquire(addr, rec.Chain, rec.Method); err != nil {
			return err
		}
	}
	h.counts[addr] = rec
	return nil
}

// list returns the holds, for admin views.
func (h *holds) list() []engine.HoldInfo {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.locks.Holds()
}

func appendHoldKey(dst []byte, addr stateflow.Address) []byte {
	dst = append(dst, holdFamily)
	dst = append(dst, addr.Entity...)
	dst = append(dst, 0)
	return append(dst, addr.Key...)
}

// holdAddr decodes the address of a hold key.
func holdAddr(key []byte) (stateflow.Address, error) {
	for i := 1; i < len(key); i++ {
		if key[i] == 0 {
			return stateflow.Address{Entity: string(key[1:i]), Key: string(key[i+1:])}, nil
		}
	}
	return stateflow.Address{}, &store.CorruptError{Where: fmt.Sprintf("hold key %q", key), Err: errors.New("no separator between entity and key")}
}

// decodeHoldRecord decodes the hold record stored under key.
func decodeHoldRecord(key, b []byte) (engine.HoldRecord, error) {
	r, err := engine.DecodeHoldRecord(b)
	if err != nil {
		return r, &store.CorruptError{Where: fmt.Sprintf("hold record %q", key), Err: err}
	}
	return r, nil
}
