package kafka

import (
	"fmt"
	"time"

	"github.com/stateflow-go/stateflow/engine"
)

// Deadlocks across workers. A worker's Locks sees the holds and waits of
// its own partitions only, so it detects (and breaks) a cycle of chains
// that lies within them; a cycle through entities of other workers shows
// as a wait that does not end. A parked event that has waited for
// Config.LockWaitTimeout is refused like the event that closes a detected
// cycle: its caller fails with a deadlock error that names the wait.

// waiting is a parked event and when it parked.
type waiting struct {
	it    item
	since time.Time
}

// expireWaits refuses, in the current transaction, the parked events that
// have waited longer than the lock wait timeout.
func (w *Worker) expireWaits(now time.Time) {
	for id, wt := range w.waits {
		if now.Sub(wt.since) < w.cfg.LockWaitTimeout {
			continue
		}
		err := w.presumedDeadlock(&wt.it, now.Sub(wt.since))
		w.dequeue(id)
		w.key = appendParkedKey(w.key[:0], int32(wt.it.route.Partition), id)
		w.tx.del(int32(wt.it.route.Partition), w.key)
		w.log.Warn("refusing a call that waited too long for a held entity", "event", wt.it.ev.String(), "err", err)
		w.out.Refuse(&wt.it.ev, err)
		w.send(int32(wt.it.route.Partition))
		w.meter.waitTimeouts.Inc()
	}
}

// dequeue takes the parked event of chain out of the locks, keeping the
// chain's own holds.
func (w *Worker) dequeue(chain engine.ID) {
	delete(w.waits, chain)
	w.locks.Withdraw(chain)
}

// presumedDeadlock describes the wait of it as a deadlock: the event, the
// entity it waits for and the operation holding it, and the caller whose
// call waits.
func (w *Worker) presumedDeadlock(it *item, waited time.Duration) error {
	ev := &it.ev
	link := engine.WaitLink{Chain: ev.ID, Call: ev.Target.String() + "." + ev.Method, Entity: ev.Target}
	for _, h := range w.locks.Holds() {
		if h.Entity == ev.Target {
			link.Holder = h.Chain
			link.HeldBy = h.Entity.String() + "." + h.Method
		}
	}
	if n := len(ev.Stack); n > 0 {
		if c, err := engine.DecodeContinuation(ev.Stack[n-1]); err == nil {
			link.Call += " (called by " + c.Caller.String() + "." + c.Method + ")"
		}
	}
	return fmt.Errorf("%w (waited %v; the rest of the cycle is on other workers)", &engine.DeadlockError{Cycle: []engine.WaitLink{link}}, waited.Round(time.Millisecond))
}

// waitsExpired reports whether a parked event has waited too long.
func (w *Worker) waitsExpired(now time.Time) bool {
	for _, wt := range w.waits {
		if now.Sub(wt.since) >= w.cfg.LockWaitTimeout {
			return true
		}
	}
	return false
}
