// Package stateflowtest helps test StateFlow programs and runtimes.
//
// NewLocal gives a test an in-process client of a program in one line:
//
//	c := stateflowtest.NewLocal(t, shop.Program())
//	key, err := c.Create(ctx, "Item", args)
//
// RunRuntimeSuite is the conformance suite every runtime runs: a fixed set
// of scenarios over a small program with the entities Item, User and
// Account (create, duplicate create, calls, results, references, errors that
// keep their changes as in plain Go, panics that leave the state unchanged, not-found cases, idempotent retries,
// concurrent calls on one key, and split methods: remote calls with error
// results, state requests, remote creates, calls back into the caller,
// callee panics, nested calls of the entity's own split methods, internal
// methods, failed steps). Where plain Go defines the answer, it is not
// written down: each scenario runs the same operations on plain Go values
// of the program and requires the runtime to produce the same results and
// states, which is how DESIGN §1 defines a runtime's meaning.
//
// The concurrent scenarios check DESIGN §2 where plain Go says nothing:
// two chains that wait for each other (Deadlock) must end, one of them
// with an error naming the cycle, and concurrent transfers between
// accounts (ConcurrentTransfers) must keep the total balance and change
// each balance by exactly the transfers that succeeded.
package stateflowtest
