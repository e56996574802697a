package embedded

import (
	"time"

	"github.com/stateflow-go/stateflow/store"
)

// sweep deletes, every interval, the replies kept for idempotency keys
// that are older than the retention, until the runtime stops. Pending
// records (requests still running) are kept.
func (rt *Runtime) sweep() {
	defer rt.workers.Done()
	interval := min(max(rt.cfg.retention/4, 10*time.Millisecond), time.Hour)
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-rt.stop:
			return
		case <-t.C:
		}
		if n, err := rt.sweepOnce(rt.now().Add(-rt.cfg.retention)); err != nil {
			rt.log.Error("deleting expired replies", "err", err)
		} else if n > 0 {
			rt.log.Debug("deleted expired replies", "replies", n)
		}
	}
}

// sweepOnce deletes the done reply records stored before cutoff.
func (rt *Runtime) sweepOnce(cutoff time.Time) (int, error) {
	var b store.Batch
	err := rt.st.Scan([]byte{replyFamily}, func(k, v []byte) error {
		rec, err := decodeReplyRecord(k, v)
		if err != nil {
			return err
		}
		if rec.done && rec.unixNano < cutoff.UnixNano() {
			b.Delete(k)
		}
		return nil
	})
	if err != nil || b.Len() == 0 {
		return 0, err
	}
	// A lost deletion is harmless: it is done again on the next sweep.
	return b.Len(), rt.st.Apply(&b, false)
}
