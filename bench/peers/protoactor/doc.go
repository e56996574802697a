// Package protoactor is the Proto.Actor Go peer
// (github.com/asynkron/protoactor-go): one actor per entity, spawned named
// "<kind>/<key>" and found through a map from key to PID, every call a
// RequestFuture ask from the root context. State lives in the actors only:
// nothing is durable, so this peer is the in-memory bound of an actor
// runtime.
//
// A bank transfer is a two-step ask protocol: the source account is asked to
// withdraw, and only when it agreed is the destination asked to deposit.
// Each step is exclusive on its own account, so balances never go negative
// and concurrent transfers in opposite directions cannot deadlock, but the
// transfer is not atomic: between the two asks the money is in flight, and a
// crash there would lose it.
package protoactor
