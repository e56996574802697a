package kafka

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"time"

	"github.com/stateflow-go/stateflow/store"
	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"
)

// takeAssignment applies the last change of the worker's assignment: the
// worker forgets its in-memory execution state, brings the local store of
// every partition it now owns up to the end of the partition's changelog,
// and takes back their holds and parked events.
func (w *Worker) takeAssignment(ctx context.Context) error {
	w.assignMu.Lock()
	if !w.changed {
		w.assignMu.Unlock()
		return nil
	}
	w.changed = false
	owned := make(map[int32]bool, len(w.assigned))
	for p := range w.assigned {
		owned[p] = true
	}
	w.assignMu.Unlock()

	start := time.Now()
	w.resetExecution()
	w.restored = w.restored[:0]
	w.owned = owned
	if len(owned) > 0 {
		if err := w.restore(ctx); err != nil {
			return err
		}
	}
	if err := w.rebuild(); err != nil {
		return err
	}
	w.meter.restore.Observe(time.Since(start).Seconds())
	w.log.Info("partitions assigned", "partitions", len(owned), "restore", time.Since(start))
	return nil
}

// restore reads the changelog of the owned partitions from each one's
// checkpoint to its end into the local store. It first waits (for up to
// the session timeout) until no transaction is open on them, so that the
// last writes of a previous owner are either committed or aborted.
func (w *Worker) restore(ctx context.Context) error {
	cl, err := kgo.NewClient(kgo.SeedBrokers(w.cfg.Brokers...))
	if err != nil {
		return fmt.Errorf("restoring: %w", err)
	}
	adm := kadm.NewClient(cl)
	ends, err := w.stableEnds(ctx, adm)
	cl.Close()
	if err != nil {
		return err
	}
	from := make(map[int32]kgo.Offset)
	need := 0
	for p := range w.owned {
		off, err := w.checkpoint(p)
		if err != nil {
			return err
		}
		if off < ends[p] {
			from[p] = kgo.NewOffset().At(off)
			need++
		}
	}
	if need == 0 {
		return nil
	}
	rd, err := kgo.NewClient(
		kgo.SeedBrokers(w.cfg.Brokers...),
		kgo.ConsumePartitions(map[string]map[int32]kgo.Offset{w.topics.changelog: from}),
		kgo.FetchIsolationLevel(kgo.ReadCommitted()),
		kgo.KeepControlRecords(),
	)
	if err != nil {
		return fmt.Errorf("restoring: %w", err)
	}
	defer rd.Close()
	next := make(map[int32]int64, len(from))
	for p, o := range from {
		next[p] = o.EpochOffset().Offset
	}
	for need > 0 {
		fetches := rd.PollFetches(ctx)
		if err := ctx.Err(); err != nil {
			return err
		}
		var ferr error
		fetches.EachError(func(t string, p int32, err error) {
			ferr = fmt.Errorf("restoring %s/%d: %w", t, p, err)
		})
		if ferr != nil {
			return ferr
		}
		var b store.Batch
		fetches.EachRecord(func(rec *kgo.Record) {
			if rec.Offset < next[rec.Partition] || next[rec.Partition] >= ends[rec.Partition] {
				return
			}
			if !rec.Attrs.IsControl() {
				if rec.Value == nil {
					b.Delete(rec.Key)
				} else {
					b.Set(rec.Key, rec.Value)
				}
			}
			next[rec.Partition] = rec.Offset + 1
			if rec.Offset+1 >= ends[rec.Partition] {
				need--
			}
		})
		for p, off := range next {
			b.Set(checkpointKey(p), appendOffset(nil, off))
		}
		if err := w.st.Apply(&b, false); err != nil {
			return fmt.Errorf("restoring into the local store: %w", err)
		}
	}
	return nil
}

// stableEnds returns the end of the changelog of every owned partition,
// once no transaction is open on them (the last stable offset equals the
// high watermark) or the session timeout passed.
func (w *Worker) stableEnds(ctx context.Context, adm *kadm.Client) (map[int32]int64, error) {
	deadline := time.Now().Add(w.cfg.SessionTimeout)
	for {
		stable, err := adm.ListCommittedOffsets(ctx, w.topics.changelog)
		if err == nil {
			err = stable.Error()
		}
		if err != nil {
			return nil, fmt.Errorf("listing the ends of the changelog: %w", err)
		}
		high, err := adm.ListEndOffsets(ctx, w.topics.changelog)
		if err == nil {
			err = high.Error()
		}
		if err != nil {
			return nil, fmt.Errorf("listing the ends of the changelog: %w", err)
		}
		ends := make(map[int32]int64)
		open := 0
		for p := range w.owned {
			s, ok1 := stable.Lookup(w.topics.changelog, p)
			h, ok2 := high.Lookup(w.topics.changelog, p)
			if !ok1 || !ok2 {
				return nil, fmt.Errorf("changelog partition %d is missing", p)
			}
			ends[p] = s.Offset
			if s.Offset < h.Offset {
				open++
			}
		}
		if open == 0 || time.Now().After(deadline) {
			if open > 0 {
				w.log.Warn("restoring up to the last stable offset while transactions are still open", "partitions", open)
			}
			return ends, nil
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// checkpoint returns the next changelog offset the local store has not
// read for partition p.
func (w *Worker) checkpoint(p int32) (int64, error) {
	b, ok, err := w.st.Get(checkpointKey(p), nil)
	if err != nil || !ok {
		return 0, err
	}
	if len(b) != 8 {
		return 0, &store.CorruptError{Where: fmt.Sprintf("checkpoint of partition %d", p), Err: errors.New("not 8 bytes")}
	}
	return int64(binary.BigEndian.Uint64(b)), nil
}

func appendOffset(dst []byte, off int64) []byte {
	return binary.BigEndian.AppendUint64(dst, uint64(off))
}
