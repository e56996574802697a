// Package stateflowtest helps test StateFlow programs and runtimes.
//
// NewLocal gives a test an in-process client of a program in one line:
//
//	c := stateflowtest.NewLocal(t, shop.Program())
//	key, err := c.Create(ctx, "Item", args)
//
// RunRuntimeSuite is the conformance suite every runtime runs: a fixed set
// of scenarios over a small program with the entities Item and User (create,
// duplicate create, calls, results, references, failures that leave the
// state unchanged, not-found cases, idempotent retries, concurrent calls on
// one key). The expected answers are not written down: each scenario runs
// the same operations on plain Go values of the program and requires the
// runtime to produce the same results and states, which is how DESIGN §1
// defines a runtime's meaning.
package stateflowtest
