package kafka

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/stateflow-go/stateflow/store"
	"github.com/twmb/franz-go/pkg/kgo"
)

// round runs one transaction: it polls records, takes up changes of the
// assignment, executes the records of the partitions the worker owns
// (and every event they cause on those partitions), produces the
// changelog records, the events for other workers and the replies, and
// commits them with the consumed offsets. A transaction that aborts (a
// rebalance, a failed produce or commit) leaves nothing: the worker
// forgets what it executed and the consumer is rewound to the committed
// offsets.
func (w *Worker) round(ctx context.Context) error {
	pollCtx := ctx
	switch {
	case len(w.restored) > 0:
		// Events are ready to run: take only what has arrived.
		var cancel context.CancelFunc
		pollCtx, cancel = context.WithTimeout(ctx, time.Millisecond)
		defer cancel()
	case len(w.waits) > 0:
		// Wake up to refuse waits that last too long.
		var cancel context.CancelFunc
		pollCtx, cancel = context.WithTimeout(ctx, w.cfg.LockWaitTimeout/4)
		defer cancel()
	}
	// A change of assignment wakes the poll up, so that the partitions
	// are restored (and their parked events taken back) before records
	// arrive for them.
	pollCtx, wake := context.WithCancel(pollCtx)
	defer wake()
	w.assignMu.Lock()
	w.wakePoll = wake
	if w.changed {
		wake()
	}
	w.assignMu.Unlock()
	fetches := w.sess.PollRecords(pollCtx, w.cfg.MaxPoll)
	w.assignMu.Lock()
	w.wakePoll = nil
	w.assignMu.Unlock()
	if err := ctx.Err(); err != nil {
		return err
	}
	if fetches.IsClientClosed() {
		return errStopped
	}
	var fatal error
	fetches.EachError(func(topic string, part int32, err error) {
		if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
			return
		}
		w.log.Warn("fetch failed", "topic", topic, "partition", part, "err", err)
		if isFatalFetchError(err) {
			fatal = fmt.Errorf("fetching %s/%d: %w", topic, part, err)
		}
	})
	if fatal != nil {
		return fatal
	}
	if err := w.takeAssignment(ctx); err != nil {
		return err
	}
	now := time.Now()
	// A transaction that has begun ends (commits or aborts) even when ctx
	// ends meanwhile: leaving it open would hold its partitions until the
	// transaction timeout.
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), w.cfg.TransactionTimeout)
	defer cancel()
	if fetches.NumRecords() == 0 {
		if len(w.restored) > 0 || w.waitsExpired(now) {
			// Work without a consumed record would commit without the
			// consumer group's fencing: wake up through a record.
			return w.tick(ctx, now)
		}
		return nil
	}
	if err := w.sess.Begin(); err != nil {
		return fmt.Errorf("beginning a transaction: %w", err)
	}
	w.tx.reset()
	for _, it := range w.restored {
		w.unpark(it)
	}
	w.restored = w.restored[:0]
	w.drain()
	w.expireWaits(now)
	w.drain()
	try := kgo.TryCommit
	fetches.EachRecord(func(rec *kgo.Record) {
		if !w.owned[rec.Partition] {
			// Revoked meanwhile: its offset must not commit.
			try = kgo.TryAbort
			return
		}
		w.handle(rec)
		w.drain()
	})
	w.produce(ctx)
	// A record that failed to produce must not let the others commit:
	// flush, and abort when any failed.
	if err := w.sess.Client().Flush(ctx); err != nil {
		return fmt.Errorf("flushing a transaction: %w", err)
	}
	if w.produceErr() != nil || w.assignmentMoved() {
		try = kgo.TryAbort
	}
	committed, err := w.sess.End(ctx, try)
	if err != nil {
		return fmt.Errorf("ending a transaction: %w", err)
	}
	if !committed || w.produceErr() != nil {
		w.log.Warn("transaction aborted; executing its records again", "records", fetches.NumRecords(), "produce_err", w.produceErr())
		w.rewindUncommitted(fetches)
		w.meter.aborted.Inc()
		w.resetExecution()
		return w.rebuild()
	}
	w.log.Debug("committed", "records", fetches.NumRecords(), "events", w.tx.events, "writes", len(w.tx.writes))
	w.meter.committed.Inc()
	w.meter.events.Add(float64(w.tx.events))
	return w.applyCommitted()
}

// drain runs the events queued for the partitions the worker owns.
func (w *Worker) drain() {
	for len(w.queue) > 0 {
		it := w.queue[0]
		w.queue = w.queue[1:]
		w.run(&it)
	}
	w.queue = w.queue[:0]
}

// produce sends the transaction's records: changelog writes first, then
// events and replies.
func (w *Worker) produce(ctx context.Context) {
	w.prodMu.Lock()
	w.prodErr = nil
	clear(w.produced)
	w.prodMu.Unlock()
	for i := range w.tx.writes {
		wr := &w.tx.writes[i]
		rec := &kgo.Record{Topic: w.topics.changelog, Partition: wr.part, Key: wr.key}
		if !wr.del {
			rec.Value = wr.value
		}
		w.sess.Produce(ctx, rec, w.promise)
	}
	for _, rec := range w.tx.out {
		w.sess.Produce(ctx, rec, w.promise)
	}
}

// promise records the outcome of one produced record.
func (w *Worker) promise(rec *kgo.Record, err error) {
	w.prodMu.Lock()
	defer w.prodMu.Unlock()
	if err != nil {
		if w.prodErr == nil {
			w.prodErr = fmt.Errorf("producing to %s/%d: %w", rec.Topic, rec.Partition, err)
		}
		return
	}
	if rec.Topic == w.topics.changelog && rec.Offset >= w.produced[rec.Partition] {
		w.produced[rec.Partition] = rec.Offset
	}
}

func (w *Worker) produceErr() error {
	w.prodMu.Lock()
	defer w.prodMu.Unlock()
	return w.prodErr
}

// applyCommitted writes a committed transaction's changelog records into
// the local store, with the checkpoints of the partitions written.
func (w *Worker) applyCommitted() error {
	if len(w.tx.writes) == 0 {
		return nil
	}
	var b store.Batch
	for i := range w.tx.writes {
		wr := &w.tx.writes[i]
		if wr.del {
			b.Delete(wr.key)
		} else {
			b.Set(wr.key, wr.value)
		}
	}
	w.prodMu.Lock()
	for part, off := range w.produced {
		b.Set(checkpointKey(part), appendOffset(nil, off+1))
	}
	w.prodMu.Unlock()
	if err := w.st.Apply(&b, false); err != nil {
		return fmt.Errorf("writing committed states to the local store: %w", err)
	}
	return nil
}

// rewindUncommitted sets the consumer back to the first record of an
// aborted transaction on every partition that has no committed offset
// yet: the session rewinds only to committed offsets, and a partition
// without one would otherwise go on after the records the transaction
// consumed.
func (w *Worker) rewindUncommitted(fetches kgo.Fetches) {
	committed := w.sess.Client().CommittedOffsets()
	rewind := make(map[string]map[int32]kgo.EpochOffset)
	fetches.EachPartition(func(p kgo.FetchTopicPartition) {
		if len(p.Records) == 0 {
			return
		}
		if _, ok := committed[p.Topic][p.Partition]; ok {
			return
		}
		first := p.Records[0]
		if rewind[p.Topic] == nil {
			rewind[p.Topic] = make(map[int32]kgo.EpochOffset)
		}
		if eo, ok := rewind[p.Topic][p.Partition]; !ok || first.Offset < eo.Offset {
			rewind[p.Topic][p.Partition] = kgo.EpochOffset{Epoch: first.LeaderEpoch, Offset: first.Offset}
		}
	})
	if len(rewind) > 0 {
		w.log.Info("rewinding partitions without a committed offset", "partitions", fmt.Sprint(rewind))
		w.sess.Client().SetOffsets(rewind)
	}
}
