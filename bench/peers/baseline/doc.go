// Package baseline is the hand-written peer: plain Go maps with one mutex per
// entity, in memory and not durable. It is the upper bound of what any
// in-memory implementation of the workloads can reach on the machine.
//
// Lock order: the key-map lock (System.mu) is held only to look entities up
// or add them, never while an entity lock is taken. Transfer locks its two
// accounts in increasing key order, so two opposite transfers cannot
// deadlock.
package baseline
