package store

import "errors"

// Store is a durable, ordered key-value store with atomic batches. Its
// methods are safe for concurrent use; Apply calls are serialized, and a
// Get or Scan sees every batch whose Apply returned.
type Store interface {
	// Get appends the value stored under key to dst and returns it, with
	// ok false when the key is absent.
	Get(key, dst []byte) (value []byte, ok bool, err error)
	// Apply writes b atomically. With sync set, the writes are durable when
	// Apply returns. Apply does not keep b.
	Apply(b *Batch, sync bool) error
	// Scan calls fn for every key that starts with prefix, in ascending
	// key order. key and value are valid only during the call. An error
	// returned by fn stops the scan and is returned.
	Scan(prefix []byte, fn func(key, value []byte) error) error
	// Close releases the store. Writes applied without sync may be lost.
	Close() error
}

// ErrClosed reports the use of a closed store.
var ErrClosed = errors.New("stateflow: store closed")

// ErrCorrupt marks an error caused by data that does not read back as it
// was written: a damaged or truncated file, or a record that does not
// decode. The error names the file or the key.
var ErrCorrupt = errors.New("stateflow: corrupt data")

// CorruptError reports corrupt data at Where (a file or a key).
type CorruptError struct {
	// Where names the file or the key that is corrupt.
	Where string
	// Err is the underlying problem.
	Err error
}

// Error names the place and the problem.
func (e *CorruptError) Error() string {
	return "stateflow: corrupt data in " + e.Where + ": " + e.Err.Error()
}

// Unwrap returns the underlying problem.
func (e *CorruptError) Unwrap() error { return e.Err }

// Is reports whether target is ErrCorrupt.
func (e *CorruptError) Is(target error) bool { return target == ErrCorrupt }
