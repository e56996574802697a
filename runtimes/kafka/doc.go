// Package kafka is the distributed runtime of StateFlow programs: the
// same programs, unchanged, executed by any number of workers that share
// the work through Kafka, with exactly-once execution through Kafka
// transactions.
//
//	rt, err := kafka.Open(ctx, shop.StateflowProgram(), kafka.Config{Brokers: []string{"kafka:9092"}}, 1)
//	if err != nil { ... }
//	defer rt.Close()
//	key, err := rt.Create(ctx, "Item", args) // rt is a stateflow.Client
//
// Kafka is the engine (partitioning, replication, group membership and
// transactions), as in Kafka Streams; workers are the operators. A
// deployment can also run workers (NewWorker, Worker.Run) and ingress
// nodes (NewClient) in separate processes.
//
// # Topics
//
// A program has four topics with the same number of partitions, the key
// groups its entities hash to (engine.Partition):
//
//   - requests: clients' requests, on the partition of their target, or,
//     for a request made with an idempotency key, on the partition its
//     ID hashes to, whose owner keeps the request's record;
//   - internal: events between entities owned by different workers (the
//     calls, replies and continuations of split methods, the second half
//     of a create) and replies on their way to an idempotency record;
//   - replies: the replies to clients, read by every ingress node;
//   - changelog (compacted): entity states, the holds of suspended split
//     operations, events parked while their target is held, and the
//     records of idempotent requests, keyed as in the local store. It is
//     the source of truth; a worker's local store (Pebble, or memory) is
//     a cache of the changelog of the partitions it owns.
//
// # Workers and transactions
//
// Workers form a consumer group over the requests and internal topics
// with a range assignor, so a worker owns the same partitions of both.
// A worker loops: it polls records, executes each on its target's state
// (the operator, routers and per-entity holds of package engine, as in
// the embedded runtime), and runs the events they cause on entities of
// partitions it owns in the same transaction, without a round trip
// through Kafka (Config.ViaKafka turns this off). Then it produces the
// transaction's changelog records (the last value of each key), the
// events for other workers and the replies, and commits them together
// with the consumed offsets in one Kafka transaction
// (kgo.GroupTransactSession). Consumers read committed records only, so
// nothing a worker did is seen before its transaction commits.
//
// If the transaction aborts (a rebalance, a failed produce or offset
// commit, an injected fault), the worker forgets all it executed: its
// local store receives a transaction's changelog records only after the
// commit, and the consumer is rewound to the committed offsets, so the
// records run again. A worker that dies mid-transaction leaves an open
// transaction that its successor's fencing (same transactional ID) or the
// transaction timeout aborts.
//
// # Rebalancing
//
// When the group's assignment changes, a worker reads the changelog of
// every partition it now owns from its local checkpoint to the end (after
// waiting until no transaction is open on them, so that the previous
// owner's last writes are settled), then takes back the holds and the
// parked events of those partitions. A split method suspended on a moved
// partition resumes on its new owner: its continuation travels in the
// events, its hold and waiters in the changelog.
//
// # Exactly once
//
// Every step's effects (state, events sent, hold changes, reply) commit
// exactly once with the consumption of the event that caused them. A
// request made with an idempotency key (stateflow.WithIdempotencyKey) is
// executed once however often it is sent, from any ingress node; the same
// key with a different request fails with stateflow.ErrIdempotencyConflict.
//
// # Limits
//
// A deadlock between chains holding entities of partitions owned by
// different workers is not detected as a cycle (each worker sees the
// holds of its own partitions): a call that waits longer than
// Config.LockWaitTimeout is refused as a presumed deadlock instead.
// Idempotency records are kept until the changelog is compacted away by
// hand; a reply that arrives while no ingress node waits for it is
// dropped (the client retries with its key).
package kafka
