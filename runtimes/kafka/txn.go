package kafka

import (
	"github.com/twmb/franz-go/pkg/kgo"
)

// txn is the work of one Kafka transaction as a worker builds it: the
// writes to the changelog (the last value of each key), and the events and
// replies it sends. Nothing of it reaches the local store before the
// transaction commits.
type txn struct {
	index  map[string]int // key -> position in writes
	writes []write
	out    []*kgo.Record // events for other workers and replies to clients
	events int           // events executed
}

// write is one changelog record: a nil value deletes the key.
type write struct {
	part  int32
	key   []byte
	value []byte
	del   bool
}

func newTxn() *txn { return &txn{index: make(map[string]int)} }

func (t *txn) reset() {
	clear(t.index)
	clear(t.writes)
	t.writes = t.writes[:0]
	clear(t.out)
	t.out = t.out[:0]
	t.events = 0
}

// set records that key, of changelog partition part, becomes value. The
// transaction keeps its own copies of key and value.
func (t *txn) set(part int32, key, value []byte) {
	t.put(write{part: part, key: key, value: append([]byte{}, value...)})
}

// del records that key, of changelog partition part, is deleted.
func (t *txn) del(part int32, key []byte) {
	t.put(write{part: part, key: key, del: true})
}

func (t *txn) put(w write) {
	if i, ok := t.index[string(w.key)]; ok {
		w.key = t.writes[i].key
		t.writes[i] = w
		return
	}
	w.key = append([]byte{}, w.key...)
	t.index[string(w.key)] = len(t.writes)
	t.writes = append(t.writes, w)
}

// get returns what the transaction wrote under key: found reports whether
// it wrote the key at all, and deleted whether its last write deleted it.
func (t *txn) get(key []byte) (value []byte, found, deleted bool) {
	i, ok := t.index[string(key)]
	if !ok {
		return nil, false, false
	}
	w := &t.writes[i]
	return w.value, true, w.del
}
