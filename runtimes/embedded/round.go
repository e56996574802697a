package embedded

import (
	"time"

	"github.com/stateflow-go/stateflow/engine"
	"github.com/stateflow-go/stateflow/store"
)

// round is the work of one partition between two hand-overs to the
// committer: the writes of its steps, which commit together, the replies
// they owe clients, released once the commit is durable, and the events
// they send to other entities, handed to their partitions as soon as the
// round is queued for commit.
type round struct {
	part  *partition
	seq   uint64 // the partition's round number
	batch store.Batch
	// replies are the encoded replies to clients, by request ID.
	replies []reply
	// handoffs are events for other partitions (or this one), each stored
	// in the outbox by batch.
	handoffs []handoff
	// events counts the events the round executed.
	events  int
	started time.Time
}

type reply struct {
	id  engine.ID
	raw []byte
}

type handoff struct {
	to *partition
	it item
}

func (r *round) reset() {
	r.batch.Reset()
	clear(r.replies)
	r.replies = r.replies[:0]
	clear(r.handoffs)
	r.handoffs = r.handoffs[:0]
	r.events = 0
}
