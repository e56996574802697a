// Package local is the in-process runtime of StateFlow programs, made for
// tests and for trying a program out.
//
// It runs the same building blocks as the distributed runtimes (package
// engine) and nothing else: every request becomes an encoded event that
// passes through the ingress router, the entity's operator and the egress
// router, and the reply is decoded from bytes. States live only as encoded
// bytes in memory, one map per partition. A program that works here differs
// from one on a durable runtime only in what survives a crash.
//
// Execution is serialized: one request at a time runs to quiescence, that is
// until the queue of events it caused (for example the second half of a
// create, which moves to the partition of the new key) is empty and its reply
// has reached the client. Concurrent callers wait their turn, so the Runtime
// is safe for concurrent use and per-entity exclusivity holds trivially.
//
// A request whose context carries stateflow.IdempotencyKey gets an event ID
// derived from the key; the runtime keeps the reply of such a request, so a
// retry is answered with the first reply without running again, and a
// different request with the same key fails with
// stateflow.ErrIdempotencyConflict. Those replies are kept until Close.
//
//	rt := local.New(shop.Program())
//	defer rt.Close()
//	key, err := rt.Create(ctx, "Item", args)
package local
