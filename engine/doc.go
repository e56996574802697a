// Package engine is the execution core that every StateFlow runtime shares
// (thesis §5.1): events, their binary encoding, the ingress and egress
// routers, and the operator that executes one event against one entity's
// state. It is pure in the way raft's RawNode is: it starts no goroutines,
// reads no clock, does no I/O and takes no locks. Bytes and states go in;
// states, events and replies come out as values; the runtime does the rest.
//
// # Events
//
// An Event is a request to an entity or a reply from one. Its ID names the
// request (replies and the events a request causes carry the same ID), its
// Kind says what it asks for or answers, its Target is the entity's address,
// and its Payload holds the encoded arguments, results, state or Failure.
// The kinds follow the thesis' Table 5.1:
//
//	request    reply on success       (thesis name)
//	Create     Created                InitEntity / SuccessfulCreateEntity
//	Invoke     Result                 InvokeMethod / SuccessfulInvocation
//	Find       Found                  FindEntity / FoundEntity
//	GetState   State                  GetState / SuccessfulStateRequest
//	SetState   State
//	Ping       Pong
//
// and any request may be answered by NotFound (an unknown entity type, key,
// method or constructor, named in the payload) or Failed (a Failure: a code
// and a message; see FailCode). ReplyError turns a reply into the error a
// client sees. An event's Stack is reserved for the continuations of split
// methods: a reply with an empty stack goes back to the client, one with a
// non-empty stack resumes the method waiting for it.
//
// A runtime stamps each request it accepts with an ID: NewID, or IDFromKey
// when the client gave an idempotency key, so that a retry carries the ID of
// the first attempt. Fingerprint tells a retry from a different request that
// reuses the key.
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
// state again. A step is atomic: when the operation returns an error,
// panics, receives bad arguments or changes the entity's key, the reply is
// Failed and nothing is written, so the state stays exactly as it was even
// though the user's code changed the decoded value before failing. A
// readonly method never writes, and a step that leaves the encoded state
// unchanged does not ask for a write.
//
// A Create whose target has no key runs in two steps, because the key is
// known only once the entity exists: the first step, stateless and on any
// partition, runs the constructor (or decodes the state given for an entity
// without constructor) and forwards a Create carrying the key and the
// encoded state; the second, on the key's partition, fails with FailExists
// when the key is taken and otherwise stores the state and replies Created.
//
// # A runtime is a loop around the core
//
// With a map of states per partition and a queue of encoded events, a
// complete runtime is this loop (runtimes/local is little more):
//
//	queue := [][]byte{engine.AppendEvent(nil, &request)}
//	for len(queue) > 0 {
//		raw := queue[0]
//		queue = queue[1:]
//		route, err := ingress.Route(raw, &ev) // decode, pick operator and partition
//		if err != nil {
//			deadLetter(raw, err) // corrupt event
//			continue
//		}
//		var state []byte
//		exists := false
//		if route.Stateful {
//			state, exists = load(route.Partition, ev.Target)
//		}
//		route.Operator.Step(&ev, state, exists, &out)
//		if out.Write {
//			store(route.Partition, ev.Target, out.State)
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
//	}
//
// A distributed runtime replaces the queue with its transport (partitions
// become workers, consumer-group partitions or keys of a database), makes
// the write, the outgoing events and the reply of one step commit together,
// and keeps the replies of requests by ID to answer retries. The semantics
// live here, so every runtime executes events the same way.
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
