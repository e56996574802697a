// Package engine is the execution core that every StateFlow runtime shares
// (thesis §5.1): events, their binary encoding, the ingress and egress
// routers, and the operator that executes one event against one entity's
// state. It is pure in the way raft's RawNode is: it starts no goroutines,
// reads no clock, does no I/O and takes no locks. Bytes and states go in;
// states, events and replies come out as values; the runtime does the rest.
//
// # Events
//
// An Event is a request to an entity or a reply from one. Its ID is the
// chain id: the ID of the client request that started the call chain,
// carried by every event the chain causes; Hop numbers the chain's events
// (a chain runs one event at a time). Its Kind says what it asks for or
// answers, its Target is the entity that executes it (a reply to the
// client names the entity that answered), and its Payload
// holds the encoded arguments, results, state or Failure. The kinds follow
// the thesis' Table 5.1:
//
//	request    reply on success       (thesis name)
//	Create     Created                InitEntity / SuccessfulCreateEntity
//	Invoke     Result                 InvokeMethod / SuccessfulInvocation
//	Find       Found                  FindEntity / FoundEntity
//	GetState   State                  GetState / SuccessfulStateRequest
//	SetState   State
//	Ping       Pong
//	GetField   FieldValue             (the state request of a split method)
//
// and any request may be answered by NotFound (an unknown entity type, key,
// method, field or constructor, named in the payload) or Failed (a Failure:
// a code and a message; see FailCode). ReplyError turns a reply into the
// error a client sees. An event's Stack holds the continuations of split
// methods: a reply with an empty stack goes back to the client, one with a
// non-empty stack targets the caller of its top record and resumes it.
//
// A runtime stamps each request it accepts with an ID: NewID, or IDFromKey
// when the client gave an idempotency key, so that a retry carries the ID of
// the first attempt. Fingerprint tells a retry from a different request that
// reuses the key. Two chains in flight must never share an ID (Locks would
// take them for one chain and let them into each other's entities): a
// retry of a request still running joins it instead of starting again.
//
// # Encoding
//
// AppendEvent and Decode implement a versioned binary format: a version byte
// (FormatVersion), the kind, the ID, and the rest in the layout of package
// wire (see codec.go). Decode never panics; corrupt, truncated or
// unknown-version input is a *DecodeError naming the field and the byte
// offset. Decoded payloads alias the input, so decoding does not copy.
//
// # Routers
//
// An IngressRouter decodes an incoming event and returns its Route: the
// operator of the target's entity type, the partition that owns the target
// (Partition: FNV-1a of the address modulo the partition count, the same in
// every process), and whether the step needs the target's state. An
// EgressRouter encodes an event an operator produced and says where it goes:
// ToClient for a reply with an empty stack, ToSystem for anything else (a
// request to another entity, a reply to a continuation), which re-enters
// the ingress router. Routers hold no mutable state and never modify events.
//
// # Operator
//
// An Operator executes events for one entity type. Step takes an event and
// the target's encoded state (and whether it exists) and fills an Outcome:
// the new encoded state and whether to write it, the reply, and further
// events. It decodes the state, runs the program's hooks (ir.Entity and
// ir.Method: DecodeState, Create, Invoke, Key, EncodeState), and encodes the
// state again. A step is atomic: when the operation panics, receives bad
// arguments or changes the entity's key, the reply is Failed and nothing is
// written, so the state stays exactly as it was even though the user's code
// changed the decoded value before failing. An error the operation returns
// is a normal return, as in plain Go: its changes are written and the
// Failed reply (FailOperation) carries the results returned beside the
// error. A readonly method never writes, and a step that leaves the encoded
// state unchanged does not ask for a write.
//
// A Create whose target has no key runs in two steps, because the key is
// known only once the entity exists: the first step, stateless and on any
// partition, runs the constructor (or decodes the state given for an entity
// without constructor) and forwards a Create carrying the key and the
// encoded state; the second, on the key's partition, fails with FailExists
// when the key is taken and otherwise stores the state and replies Created.
//
// # Split methods
//
// A split method (ir.Method.Split) runs as steps of its resume function
// (ir.ResumeFunc), one step per event, and its continuation travels as data
// on the events: nothing is replayed. A continuation record (Continuation:
// caller address, method, PC, frame; see AppendContinuation for its
// versioned layout) is pushed on the stack when a step suspends and popped
// when the reply resumes it; only the top record is ever decoded.
//
//	Invoke a.Transfer(b, 30)                 stack []
//	  step at PC 0: suspends, stores a's state, holds a
//	Invoke b.Deposit(30)                     stack [a.Transfer@1{amount}]
//	  an ordinary operation: replies to the top record's caller
//	Result a.Transfer (40)                   stack [a.Transfer@1{amount}]
//	  resumes a.Transfer at PC 1 with Reply = the encoded 40, pops the
//	  record, finishes, stores a's state, releases a
//	Result a.Transfer ()                     stack []  -> the client
//
// A suspended step's call is an Invoke (ir.CallMethod, also a call of one of
// the caller's own split methods), a GetField (ir.ReadField) or a Create
// without key (ir.CreateEntity; its Created reply carries the new key as a
// wire string). A reply resumes the top record with StepIn.Reply (Result,
// FieldValue, Created) or StepIn.Failure (Failed, NotFound), decoded as:
//
//	Failed FailPanic                   Panic: the caller fails, as in plain Go
//	anything else (the callee's error, Returned: reaches the call site's
//	NotFound, exists, deadlock, ...)   error result, where it has one; else
//	                                   the caller fails
//
// A resume function's error fails the method: a *stateflow.OpError is a
// callee's failure propagated (FailPanic if its Panic is set, else
// FailCallee, with the callee's message), a *stateflow.ArgError at PC 0 is
// FailBadArgs, anything else is the method's own error (FailOperation).
// A failure's step has its state changes discarded, while the steps before
// it stay committed. The method's own error is no failure of its step: as
// in plain Go its changes are kept. For example Account.Embrace sets Busy
// and suspends; when its next step clears Busy and returns an error, the
// client gets the error and the stored state has Busy cleared, as plain Go
// has it; a bank transfer that puts the money back when the deposit fails
// keeps the money.
//
// An Invoke of an internal method (ir.Method.Internal) is NotFound unless
// its top record's caller is the target itself: only the entity's own
// split methods call it.
//
// # Exclusivity, reentrancy and deadlocks
//
// DESIGN §2 is implemented by the operator and by Locks, which runtimes
// share. A split operation that is not readonly holds its entity from the
// step that first suspends (Outcome.Hold is HoldAcquire) until the step
// that finishes or fails (HoldRelease). The hold belongs to the chain and
// is counted: a nested split operation of the same chain on the same
// entity adds one. While an entity is held by chain H:
//
//   - events of H run at once (call-chain reentrancy: a.Bounce(b) calls
//     b.Relay(a), which calls a.Deposit; the deposit runs inside Bounce's
//     hold and Bounce sees its effect when it resumes, as in plain Go);
//   - readonly operations, GetField, GetState, Find, Create and replies of
//     other chains run at once, against the state as last stored;
//   - other chains' operations and SetState (Operator.Exclusive) wait in
//     the entity's FIFO queue until the hold is released.
//
// When an event of chain C would wait for an entity held by H, and H
// (through the entity its own parked event waits for, and so on) waits for
// C, waiting would deadlock. Locks.Admit refuses that event with a
// *DeadlockError; the runtime answers it with Outcome.Refuse (FailDeadlock),
// the caller gets it in the call site's error result (it can compensate, as
// a transfer puts the money back) or, without one, fails and releases its
// holds; the other chains go on. Where no method handles it, the client of
// the broken chain gets an *stateflow.OpError:
//
//	Account/b.Embrace failed: deadlock: chain 5a6b7c8d calls
//	Account/a.Deposit, which waits for Account/a held by Account/a.Embrace
//	of chain 1f2e3d4c; chain 1f2e3d4c calls Account/b.Deposit, which waits
//	for Account/b held by Account/b.Embrace of chain 5a6b7c8d
//
// Locks is pure bookkeeping (no goroutines, no I/O), generic in what the
// runtime keeps of a parked event; Holds is the admin view of who holds
// what. A runtime that loses a chain (an event that does not decode, a
// step with Outcome.Err) calls Abandon to release the chain's holds.
//
// # A runtime is a loop around the core
//
// With a map of states per partition, a queue of encoded events and a
// Locks, a complete runtime is this loop (runtimes/local is little more):
//
//	for len(queue) > 0 {
//		raw := next(queue) // an unparked event first (see below)
//		route, err := ingress.Route(raw, &ev) // decode, pick operator and partition
//		if err != nil {
//			deadLetter(raw, err) // corrupt event
//			continue
//		}
//		run, err := locks.Admit(&ev, route.Operator, raw)
//		if !run && err == nil {
//			continue // parked until its target is free
//		}
//		if err != nil {
//			out.Refuse(&ev, err) // breaks a deadlock
//		} else {
//			var state []byte
//			exists := false
//			if route.Stateful {
//				state, exists = load(route.Partition, ev.Target)
//			}
//			route.Operator.Step(&ev, state, exists, &out)
//			if out.Err != nil {
//				abandon(ev.ID, out.Err) // locks.Abandon; tell the client
//				continue
//			}
//			if out.Write {
//				store(route.Partition, ev.Target, out.State)
//			}
//			locks.Apply(&ev, &out)
//		}
//		emit := func(e *engine.Event) {
//			dest, b := egress.Route(nil, e)
//			if dest == engine.ToClient {
//				answer(b) // the client decodes it and calls engine.ReplyError
//			} else {
//				queue = append(queue, b)
//			}
//		}
//		for i := range out.Events {
//			emit(&out.Events[i])
//		}
//		if out.HasReply() {
//			emit(&out.Reply)
//		}
//		if raw, ok := locks.Next(ev.Target); ok {
//			runNext(raw) // the target is free: its first parked event
//		}
//	}
//
// A distributed runtime replaces the queue with its transport (partitions
// become workers, consumer-group partitions or keys of a database), makes
// the write, the outgoing events and the reply of one step commit together,
// and keeps the replies of requests by ID to answer retries. A runtime
// whose partitions run in parallel shares one Locks between them under a
// mutex (its methods are a few map operations): the waits-for walk of
// deadlock detection must see the holds of every partition. A durable
// runtime stores the holds and parked events with the states (or rebuilds
// them on recovery by replaying the events it had not finished). The
// semantics live here, so every runtime executes events the same way.
//
// # Performance
//
// The hot path avoids fmt and allocations: Step appends into buffers owned
// by the Outcome (reuse one Outcome per worker), entity and method names are
// interned when the ingress router decodes them, and AppendEvent appends into
// a caller's buffer. One event through ingress router, operator and egress
// router costs a few hundred nanoseconds and allocates only what the key and
// the user's state decoding need (see the benchmarks).
package engine
