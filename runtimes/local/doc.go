// Package local is the in-process runtime of StateFlow programs, made for
// tests and for trying a program out.
//
// It runs the same building blocks as the distributed runtimes (package
// engine) and nothing else: every request becomes an encoded event that
// passes through the ingress router, the entity's operator and the egress
// router, and the reply is decoded from bytes. States live only as encoded
// bytes in memory, one map per partition, and the continuations of split
// methods (their frames) travel as bytes on the events, so every state and
// every frame is encoded and decoded at every suspension, as on a
// distributed runtime. A program that works here differs from one on a
// durable runtime only in what survives a crash.
//
// # Execution
//
// Events execute one at a time from one FIFO queue, in the goroutine of
// one of the callers waiting for a reply (a caller drains the queue until
// its own reply has come and another caller can take over, or until the
// queue is empty). The events of concurrent requests interleave, so the
// guarantees of DESIGN §2 are real here:
//
//   - A split operation holds its account from its first suspension to its
//     end. A concurrent a.Deposit(5) while a.Transfer(b, 30) waits for
//     b.Deposit(30) is parked in a's queue and runs after the transfer: it
//     sees the balance after the debit.
//   - Calls that come back within the chain run at once: a.Bounce(b, 7)
//     calls b.Relay(a, 7), which calls a.Deposit(7) while Bounce holds a;
//     Bounce then sees the deposit, as plain Go does.
//   - Readonly operations, state requests (GetField) and State read the
//     state as last stored without waiting.
//   - Two chains waiting for each other are a deadlock, found when the
//     second wait would close the cycle: that call fails, its caller fails
//     with an *stateflow.OpError whose message names the cycle ("deadlock:
//     chain 5a6b7c8d calls Account/a.Deposit, which waits for Account/a held
//     by Account/a.Embrace of chain 1f2e3d4c; ..."), and the other chain
//     finishes. A failed step leaves the state as the previous step stored
//     it.
//
// Holds shows which chain holds which entity and which chains wait.
//
// # Deterministic execution
//
// WithManualDrain accepts requests without running them; Drain runs every
// queued event. CallAsync and CreateAsync submit in call order, so a test
// sets up an interleaving exactly:
//
//	rt := local.New(prog, local.WithManualDrain())
//	a := rt.CallAsync(ctx, accountA, "Embrace", args(b))
//	b := rt.CallAsync(ctx, accountB, "Embrace", args(a))
//	rt.Drain() // one of them fails with the deadlock error
//
// WithShuffle(seed) picks each next event at random among the queued ones,
// replaying the same interleaving for the same seed.
//
// # Requests
//
// A request whose context ends before its first event runs does not run
// (not even when it was parked for a held entity); once started, it runs
// to its end even if its caller stops waiting. A request whose context
// carries stateflow.IdempotencyKey gets an event ID derived from the key;
// the runtime keeps the reply of such a request, so a retry is answered
// with the first reply without running again, a retry of a request still
// running waits for the same reply, and a different request with the same
// key fails with stateflow.ErrIdempotencyConflict. Those replies are kept
// until Close. A client request for an internal split method is NotFound.
//
//	rt := local.New(shop.Program())
//	defer rt.Close()
//	key, err := rt.Create(ctx, "Item", args)
package local
