package kafka

import (
	"context"
	"fmt"
	"time"

	"github.com/twmb/franz-go/pkg/kgo"
)

// Ticks. A transaction commits the offsets of the records it consumed,
// and that offset commit is what fences a worker the group has dropped
// (a zombie): a transaction that consumed nothing would commit without
// that check. So work that is not caused by a record (events found
// runnable when holds were taken back, waits that timed out) runs only in
// a transaction that consumed one: when none arrives, the worker appends
// a tick record to the internal topic of a partition it owns and does the
// work when the tick comes back.

// tickHeader marks a tick record.
const tickHeader = "stateflow-tick"

// tickEvery bounds how often a worker appends ticks.
const tickEvery = 20 * time.Millisecond

// tick appends a tick record to an owned partition of the internal topic,
// at most once per tickEvery.
func (w *Worker) tick(ctx context.Context, now time.Time) error {
	if now.Sub(w.lastTick) < tickEvery {
		return nil
	}
	w.lastTick = now
	part := int32(-1)
	for p := range w.owned {
		part = p
		break
	}
	if part < 0 {
		return nil
	}
	plain, err := w.plainProducer()
	if err != nil {
		return err
	}
	rec := &kgo.Record{Topic: w.topics.internal, Partition: part, Headers: []kgo.RecordHeader{{Key: tickHeader}}}
	if err := plain.ProduceSync(ctx, rec).FirstErr(); err != nil {
		w.log.Warn("appending a tick failed", "partition", part, "err", err)
	}
	return nil
}

// isTick reports whether rec is a tick.
func isTick(rec *kgo.Record) bool {
	return len(rec.Headers) == 1 && rec.Headers[0].Key == tickHeader && len(rec.Value) == 0
}

// plainProducer returns the worker's producer outside transactions (for
// ticks and restore markers), connecting it on first use.
func (w *Worker) plainProducer() (*kgo.Client, error) {
	if w.plain == nil {
		var err error
		if w.plain, err = kgo.NewClient(kgo.SeedBrokers(w.cfg.Brokers...), kgo.RecordPartitioner(kgo.ManualPartitioner())); err != nil {
			return nil, fmt.Errorf("connecting a producer: %w", err)
		}
	}
	return w.plain, nil
}
