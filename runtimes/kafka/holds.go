package kafka

import (
	"cmp"
	"fmt"
	"slices"
	"time"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/engine"
)

// The per-entity exclusivity of split operations (DESIGN §2) on a worker:
// one engine.Locks for the partitions the worker owns, its holds and its
// parked events mirrored in the changelog so that the next owner of a
// partition takes them back (see rebuild).

// applyHold records the hold change of the last step in the locks and in
// the transaction.
func (w *Worker) applyHold(ev *engine.Event, part int32) error {
	if err := w.locks.Apply(ev, &w.out); err != nil {
		return err
	}
	rec := w.holds[ev.Target].Change(ev, w.out.Hold)
	w.log.Debug("hold", "entity", ev.Target, "chain", ev.ID.Short(), "change", w.out.Hold.String(), "count", rec.Count)
	w.key = appendAddrKey(w.key[:0], holdFamily, ev.Target)
	if rec.Count > 0 {
		w.holds[ev.Target] = rec
		w.tx.set(part, w.key, engine.AppendHoldRecord(nil, &rec))
	} else {
		delete(w.holds, ev.Target)
		w.tx.del(part, w.key)
	}
	return nil
}

// park stores an event that waits for its target, so that the wait
// survives the worker.
func (w *Worker) park(it *item) {
	it.ev.Payload = append([]byte{}, it.ev.Payload...)
	w.waits[it.ev.ID] = waiting{it: *it, since: time.Now()}
	w.log.Debug("park", "event", it.ev.String(), "chain", it.ev.ID.Short())
	w.parkSeq++
	w.key = appendParkedKey(w.key[:0], int32(it.route.Partition), it.ev.ID)
	w.tx.set(int32(it.route.Partition), w.key, appendParkedRecord(nil, w.parkSeq, engine.AppendEvent(nil, &it.ev)))
}

// unpark queues an event that was parked to run next, deleting its record.
func (w *Worker) unpark(it item) {
	w.log.Debug("unpark", "event", it.ev.String(), "chain", it.ev.ID.Short())
	delete(w.waits, it.ev.ID)
	w.key = appendParkedKey(w.key[:0], int32(it.route.Partition), it.ev.ID)
	w.tx.del(int32(it.route.Partition), w.key)
	w.queue = append(w.queue, it)
}

// wake queues the event parked for the target of it, if it is free.
func (w *Worker) wake(it *item) {
	if !w.split {
		return
	}
	if next, ok := w.locks.Next(it.ev.Target); ok {
		w.unpark(next)
	}
}

// abandon releases every hold of chain and queues the events parked for
// the entities it freed.
func (w *Worker) abandon(chain engine.ID) {
	delete(w.waits, chain)
	for _, addr := range w.locks.Abandon(chain) {
		delete(w.holds, addr)
		w.key = appendAddrKey(w.key[:0], holdFamily, addr)
		w.tx.del(int32(engine.Partition(addr, w.cfg.Partitions)), w.key)
		if next, ok := w.locks.Next(addr); ok {
			w.unpark(next)
		}
	}
}

// resetExecution forgets everything the worker keeps in memory about
// execution: after an aborted transaction or a change of assignment it
// is rebuilt from the local store, which holds only committed records.
func (w *Worker) resetExecution() {
	w.locks = engine.NewLocks[item]()
	w.holds = make(map[stateflow.Address]engine.HoldRecord)
	w.waits = make(map[engine.ID]waiting)
	clear(w.queue)
	w.queue = w.queue[:0]
	clear(w.restored)
	w.restored = w.restored[:0]
	w.tx.reset()
}

// rebuild takes back the holds and the parked events of the partitions
// the worker owns from the local store: the holds first, then the parked
// events in their wait order.
func (w *Worker) rebuild() error {
	if !w.split {
		return nil
	}
	err := w.st.Scan([]byte{holdFamily}, func(key, value []byte) error {
		addr, err := keyAddr(key)
		if err != nil {
			return err
		}
		if !w.owned[int32(engine.Partition(addr, w.cfg.Partitions))] {
			return nil
		}
		rec, err := decodeHoldRecord(key, value)
		if err != nil {
			return err
		}
		for range rec.Count {
			if err := w.locks.Acquire(addr, rec.Chain, rec.Method); err != nil {
				return fmt.Errorf("taking back the hold on %s: %w", addr, err)
			}
		}
		w.holds[addr] = rec
		return nil
	})
	if err != nil {
		return fmt.Errorf("reading holds: %w", err)
	}
	type parked struct {
		seq uint64
		it  item
	}
	var found []parked
	err = w.st.Scan([]byte{parkedFamily}, func(key, value []byte) error {
		seq, raw, err := decodeParkedRecord(key, value)
		if err != nil {
			return err
		}
		var it item
		route, err := w.router.Route(raw, &it.ev)
		if err != nil {
			return fmt.Errorf("parked record %x: %w", key, err)
		}
		it.route = route
		w.parkSeq = max(w.parkSeq, seq)
		if w.owned[int32(route.Partition)] {
			it.ev.Payload = append([]byte{}, it.ev.Payload...)
			found = append(found, parked{seq, it})
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("reading parked events: %w", err)
	}
	slices.SortFunc(found, func(a, b parked) int { return cmp.Compare(a.seq, b.seq) })
	for _, p := range found {
		run, err := w.locks.Admit(&p.it.ev, p.it.route.Operator, p.it)
		if err == nil && !run {
			w.waits[p.it.ev.ID] = waiting{it: p.it, since: time.Now()}
		}
		if err != nil || run {
			// Its target is free (or waiting would close a cycle): it
			// runs in the next transaction, which deletes its record.
			w.log.Warn("a parked event need not wait any more", "event", p.it.ev.String(), "err", err)
			w.restored = append(w.restored, p.it)
		}
	}
	return nil
}
