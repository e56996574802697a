package kafka

import (
	"fmt"

	"github.com/stateflow-go/stateflow/engine"
	"github.com/twmb/franz-go/pkg/kgo"
)

// Idempotent requests. A request made with an idempotency key has a chain
// ID derived from the key (see requestID) and goes to the partition that
// ID hashes to, whose owner keeps the request's record: absent, the
// request runs and the record becomes "pending" with the request's
// fingerprint; pending, a retry waits for the first attempt's reply; done,
// a retry gets the stored reply. The chain's reply comes back to the
// record (through the internal topic when another worker produced it),
// which stores it and sends it to the client.

// conflictHeader marks a reply that refuses a request reusing another
// request's idempotency key.
const conflictHeader = "stateflow-conflict"

// admitKeyed checks a keyed request, encoded as raw, against its record.
func (w *Worker) admitKeyed(it *item, part int32, raw []byte) {
	fp := it.ev.Fingerprint()
	w.key = appendIDKey(w.key[:0], replyFamily, it.ev.ID)
	b, ok, err := w.get(w.key)
	if err != nil {
		w.abort(it, fmt.Errorf("reading the record of request %s: %w", it.ev.ID, err))
		return
	}
	if ok {
		rec, err := decodeReplyRecord(w.key, b)
		switch {
		case err != nil:
			w.abort(it, err)
		case rec.fingerprint != fp:
			w.conflict(it, part)
		case rec.done:
			w.tx.out = append(w.tx.out, &kgo.Record{Topic: w.topics.replies, Partition: part, Key: it.ev.ID[:], Value: rec.reply})
		}
		// Pending: the first attempt's reply answers this one too.
		return
	}
	rec := replyRecord{fingerprint: fp}
	w.tx.set(part, w.key, appendReplyRecord(nil, &rec))
	w.forward(*it, raw)
}

// conflict answers a request whose key another request used.
func (w *Worker) conflict(it *item, part int32) {
	failed := engine.Event{ID: it.ev.ID, Kind: engine.Failed, Target: it.ev.Target, Method: it.ev.Method,
		Payload: engine.AppendFailure(nil, engine.Failure{Code: engine.FailBadArgs, Message: "idempotency key reused for a different request"})}
	w.tx.out = append(w.tx.out, &kgo.Record{Topic: w.topics.replies, Partition: part, Key: it.ev.ID[:],
		Value: engine.AppendEvent(nil, &failed), Headers: []kgo.RecordHeader{{Key: conflictHeader}}})
}

// recordReply stores the reply of a keyed request in its record and sends
// it to the client.
func (w *Worker) recordReply(id engine.ID, raw []byte) {
	part := idPartition(id, w.cfg.Partitions)
	w.key = appendIDKey(w.key[:0], replyFamily, id)
	rec := replyRecord{done: true, reply: raw}
	if b, ok, err := w.get(w.key); err == nil && ok {
		if old, err := decodeReplyRecord(w.key, b); err == nil {
			rec.fingerprint = old.fingerprint
		}
	}
	w.tx.set(part, w.key, appendReplyRecord(nil, &rec))
	w.tx.out = append(w.tx.out, &kgo.Record{Topic: w.topics.replies, Partition: part, Key: id[:], Value: raw})
}

// get reads key as the current transaction sees it: its own writes over
// the committed records of the local store.
func (w *Worker) get(key []byte) ([]byte, bool, error) {
	if v, found, deleted := w.tx.get(key); found {
		return v, !deleted, nil
	}
	return w.st.Get(key, nil)
}
