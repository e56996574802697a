// Package pebblestore is a store.Store on Pebble, CockroachDB's LSM storage
// engine: one database in one directory, on the operating system's file
// system or on any vfs.FS (a crashable in-memory one in tests).
//
// Open never resets a data directory it cannot read. A directory that holds
// files but no readable Pebble database, a database without the store's
// format record, and damaged or truncated Pebble files are errors that name
// the directory or the file; a missing or empty directory becomes a new
// database. Errors caused by damaged data match store.ErrCorrupt.
//
// Apply with sync set commits through Pebble's write-ahead log and returns
// once the log is synced; Pebble groups the syncs of concurrent commits.
package pebblestore
