// Package store is the durable key-value storage that the embedded runtime
// keeps its states, stored replies and pending events in.
//
// A Store reads single keys, scans key ranges in order and applies a Batch
// of writes atomically: after a crash either every write of a batch is
// there or none is. Applying with sync set makes the batch durable before
// Apply returns; batches are durable in the order they were applied, so a
// crash loses at most a suffix of the batches applied without sync.
//
// Implementations: package pebblestore (Pebble on a local directory or any
// vfs.FS, including a crashable in-memory one for tests) and package
// memstore (a map, for tests and benchmarks that leave disks out). Package
// storetest is the conformance suite every implementation runs.
package store
