// Package embedded is the durable runtime of StateFlow programs on one
// machine: partitioned workers in one process, states in a Pebble
// database, and exactly-once execution across crashes and client retries.
//
//	rt, err := embedded.Open(shop.StateflowProgram(), "/var/lib/shop")
//	if err != nil { ... }
//	defer rt.Close()
//	key, err := rt.Create(ctx, "Item", args) // rt is a stateflow.Client
//
// It runs the building blocks of package engine exactly as the local
// runtime does (the same routers, operator, continuations and per-entity
// holds, checked by the same conformance suite, stateflowtest), and adds
// what makes them durable: a store, a commit protocol and recovery.
//
// # Partitions
//
// An entity's address hashes to one of the partitions (engine.Partition);
// each partition is a goroutine that executes the events of its entities
// one at a time, in arrival order, against their states: the encoded bytes
// in a cache in front of the store. A client's request is queued on the
// partition of its target; an event a step sends to another entity (the
// second half of a create, the remote call or the reply of a split
// method) is queued on its target's partition, in process. Per-entity
// exclusivity across the remote calls of split operations is one
// engine.Locks for the whole runtime, so that a deadlock between chains on
// entities of different partitions is detected (and broken, with an error
// naming the cycle) like one within a partition.
//
// # The commit protocol
//
// A partition executes events into a round. For each step, the round
// records, as writes of one store.Batch:
//
//   - the entity's new state, under 's' entity 0 key (only the last state
//     of each entity in the round is written);
//   - each event the step sent, under 'o' and a sequence number: the
//     outbox;
//   - the deletion of the outbox record of the event the step executed:
//     this is the mark that makes a redelivery harmless, since an event
//     runs again only while its record exists, and the record goes away in
//     the same atomic commit as the step's effects;
//   - the hold the step took or gave back, under 'h' entity 0 key;
//   - for a request made with an idempotency key, its record under 'r' and
//     the request ID: "pending" with the request's fingerprint when its
//     first step did not answer it (a create, a split operation), and the
//     encoded reply once a step answers it.
//
// Replies to clients are kept aside in the round. A round goes to the
// committer when the committer is idle, when it is full, or when its steps
// sent events (so that a chain does not wait a commit per hop); otherwise,
// while a commit runs, the partitions keep filling their rounds, and the
// next commit takes everything that arrived meanwhile. The committer applies
// the rounds it has as one batch with a sync (group commit across
// partitions), and only then releases their replies: a client never sees
// an answer whose effects could still be lost.
//
// The events a round sent are handed to their partitions right after the
// round is queued for commit, not after the commit: execution runs ahead
// of durability, which is what lets steps of many chains share one sync.
// It is safe because commits are applied in queue order and each is
// atomic: a step that consumes an event is in the same commit as the step
// that produced it or in a later one, so a crash (which loses a suffix of
// the commits) never keeps a consumption without its production. A
// partition also reads its own uncommitted states from its cache, and a
// failed commit stops the runtime (ErrFailed) before anything later
// commits.
//
// # Recovery
//
// Open reopens the store (a damaged or truncated file is an error that
// names it; the data directory is never reset), restores the holds of the
// split operations that were suspended, and queues every outbox event on
// its partition in sequence order. Those are exactly the events produced
// by committed steps and not consumed by a committed step: each runs once
// more, and the split operations waiting for them resume from the
// continuations stored in the events' stacks (nothing is replayed; user
// code need not be deterministic). Requests that had not committed their
// first step left nothing behind: their clients retry them.
//
// # What exactly-once means here
//
// Every step's effects (its state write, the events it sends, its hold
// change and the reply it owes) are committed together exactly once,
// whatever crashes happen: a step that did not commit left nothing, and a
// committed step never runs again. A client's request made with an
// idempotency key (stateflow.WithIdempotencyKey, the HTTP Idempotency-Key
// header) is executed once however often it is sent, before or after a
// crash: a retry joins the attempt in flight, waits for a request whose
// first steps committed before a crash to finish, or gets the stored first
// answer; the same key with a different request fails with
// stateflow.ErrIdempotencyConflict. Replies are kept for the reply
// retention (WithReplyRetention, 24 hours by default); a retry after that
// runs again. A request without a key is executed at most once: if the
// process dies before its answer arrives, the client cannot tell whether
// it ran. The process' own effects are the only ones covered: a program's
// operations do no I/O of their own.
//
// # Operations
//
// Close drains: it refuses new requests (ErrClosed), lets queued events
// run and commit for up to the drain timeout, then stops the workers and
// closes the store; what did not run stays in the outbox for the next
// Open. A request refused because its partition's queue is full fails at
// once with ErrOverloaded, which the HTTP ingress should answer with 503
// and a Retry-After header. Commits are synced by default; WithNoSync
// trades the durability of the last acknowledged requests against a
// machine crash (not a process crash) for speed.
//
// WithRegistry registers these Prometheus metrics:
//
//	stateflow_embedded_events_total         events executed and committed (rate: events/s)
//	stateflow_embedded_step_seconds         histogram of one step's execution (sampled)
//	stateflow_embedded_commit_seconds       histogram of one group commit, sync included
//	stateflow_embedded_commit_events        histogram of the events per group commit
//	stateflow_embedded_commit_bytes         histogram of the bytes per group commit
//	stateflow_embedded_round_seconds        histogram from a round's start to its durable commit
//	stateflow_embedded_queue_depth          gauge per partition: events waiting
//	stateflow_embedded_overloaded_total     requests refused with ErrOverloaded
//
// and WithLogger receives the runtime's logs (the store's too, with Open).
// Holds lists the entities held by suspended split operations, and which
// chains wait for them; Cancel fails the call of a waiting chain (its
// caller gets a *CanceledError, like the failure that breaks a deadlock).
package embedded
