package kafka

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"maps"
	"time"

	"github.com/stateflow-go/stateflow/store"
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
	w.ownedAt = w.epoch
	owned := maps.Clone(w.assigned)
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
// checkpoint to its end into the local store. The end is a marker record
// the worker appends to each partition first: a read_committed consumer
// reaches it only once every transaction that wrote before it is settled,
// so the last writes of a previous owner (committed, or aborted by its
// fencing or its transaction timeout) are all seen.
func (w *Worker) restore(ctx context.Context) error {
	ends, err := w.appendMarkers(ctx)
	if err != nil {
		return err
	}
	from := make(map[int32]kgo.Offset)
	next := make(map[int32]int64)
	for p := range w.owned {
		off, err := w.checkpoint(p)
		if err != nil {
			return err
		}
		from[p] = kgo.NewOffset().At(off)
		next[p] = off
	}
	rd, err := kgo.NewClient(
		kgo.SeedBrokers(w.cfg.Brokers...),
		kgo.ConsumePartitions(map[string]map[int32]kgo.Offset{w.topics.changelog: from}),
		kgo.FetchIsolationLevel(kgo.ReadCommitted()),
		kgo.FetchMaxWait(w.cfg.pollWait()),
	)
	if err != nil {
		return fmt.Errorf("restoring: %w", err)
	}
	defer rd.Close()
	need := len(from)
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
			p := rec.Partition
			if rec.Offset < next[p] || next[p] > ends[p] {
				return
			}
			next[p] = rec.Offset + 1
			if rec.Offset >= ends[p] {
				need-- // the marker, or the first record after it
				return
			}
			switch {
			case len(rec.Key) > 0 && rec.Key[0] == markerFamily:
			case rec.Value == nil:
				b.Delete(rec.Key)
			default:
				b.Set(rec.Key, rec.Value)
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

// appendMarkers appends a marker record to the changelog partition of
// every owned partition and returns their offsets.
func (w *Worker) appendMarkers(ctx context.Context) (map[int32]int64, error) {
	cl, err := w.plainProducer()
	if err != nil {
		return nil, fmt.Errorf("restoring: %w", err)
	}
	var recs []*kgo.Record
	for p := range w.owned {
		key := binary.BigEndian.AppendUint32([]byte{markerFamily}, uint32(p))
		recs = append(recs, &kgo.Record{Topic: w.topics.changelog, Partition: p, Key: key, Value: []byte(w.cfg.WorkerID)})
	}
	ends := make(map[int32]int64, len(recs))
	for _, r := range cl.ProduceSync(ctx, recs...) {
		if r.Err != nil {
			return nil, fmt.Errorf("restoring: appending a marker to %s/%d: %w", r.Record.Topic, r.Record.Partition, r.Err)
		}
		ends[r.Record.Partition] = r.Record.Offset
	}
	return ends, nil
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
