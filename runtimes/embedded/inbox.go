package embedded

import (
	"sync"
	"sync/atomic"

	"github.com/stateflow-go/stateflow/engine"
)

// item is one event waiting in a partition's inbox.
type item struct {
	// ev is the decoded event. Its payload and stack alias raw for events
	// between entities, and a copy of the client's arguments for requests.
	ev engine.Event
	// route is where ev executes.
	route engine.Route
	// outbox is the sequence number of the event's outbox record, deleted
	// by the step that consumes it; 0 for a client's request, which is not
	// stored before it runs.
	outbox uint64
	// call is the client's call of a request (nil for other events).
	call *call
	// cancel, when set, refuses the event with this error instead of
	// running it: an administrator canceled the parked call (Cancel).
	cancel error
}

// inbox is the queue of one partition: events between entities, which are
// never refused, and client requests, bounded by the queue limit.
type inbox struct {
	mu       sync.Mutex
	ready    []item // events unparked by another partition: taken first
	internal []item
	client   []item
	limit    int
	depth    atomic.Int64  // len(internal) + len(client), for metrics
	wake     chan struct{} // signaled when the inbox becomes non-empty
}

func newInbox(limit int) *inbox {
	return &inbox{limit: limit, wake: make(chan struct{}, 1)}
}

// pushInternal queues an event between entities.
func (q *inbox) pushInternal(it item) {
	q.mu.Lock()
	q.internal = append(q.internal, it)
	q.mu.Unlock()
	q.depth.Add(1)
	q.signal()
}

// pushReady queues an event that was parked for a held entity; it runs
// before the other queued events.
func (q *inbox) pushReady(it item) {
	q.mu.Lock()
	q.ready = append(q.ready, it)
	q.mu.Unlock()
	q.depth.Add(1)
	q.signal()
}

// pushClient queues a client request, or reports false when the queue of
// client requests is full.
func (q *inbox) pushClient(it item) bool {
	q.mu.Lock()
	if len(q.client) >= q.limit {
		q.mu.Unlock()
		return false
	}
	q.client = append(q.client, it)
	q.mu.Unlock()
	q.depth.Add(1)
	q.signal()
	return true
}

func (q *inbox) signal() {
	select {
	case q.wake <- struct{}{}:
	default:
	}
}

// take moves up to n queued items into dst, unparked events first, then
// events between entities, then client requests, and returns it.
func (q *inbox) take(dst []item, n int) []item {
	q.mu.Lock()
	before := len(dst)
	for _, list := range []*[]item{&q.ready, &q.internal, &q.client} {
		k := min(n-(len(dst)-before), len(*list))
		dst = append(dst, (*list)[:k]...)
		*list = shift(*list, k)
	}
	more := len(q.ready)+len(q.internal)+len(q.client) > 0
	q.mu.Unlock()
	q.depth.Add(-int64(len(dst) - before))
	if more {
		q.signal()
	}
	return dst
}

// shift drops the first k items of s, reusing its array when it empties.
func shift(s []item, k int) []item {
	if k == len(s) {
		clear(s)
		return s[:0]
	}
	clear(s[:k])
	return s[k:]
}
