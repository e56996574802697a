package pebblestore

import (
	"bytes"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"sync/atomic"

	"github.com/cockroachdb/pebble/v2"
	"github.com/cockroachdb/pebble/v2/vfs"

	"github.com/stateflow-go/stateflow/store"
)

// Option configures Open.
type Option func(*config)

type config struct {
	fs     vfs.FS
	logger *slog.Logger
	cache  int64
}

// WithFS opens the database on fs instead of the operating system's file
// system.
func WithFS(fs vfs.FS) Option { return func(c *config) { c.fs = fs } }

// WithLogger sends Pebble's messages to l: its informational messages at
// debug level, its errors at error level. Without it they are discarded.
func WithLogger(l *slog.Logger) Option { return func(c *config) { c.logger = l } }

// WithCacheSize sets the size in bytes of Pebble's block cache (default
// 64 MiB).
func WithCacheSize(n int64) Option { return func(c *config) { c.cache = n } }

// Store is a store.Store on one Pebble database.
type Store struct {
	db     *pebble.DB
	dir    string
	closed atomic.Bool
}

var _ store.Store = (*Store)(nil)

// formatKey holds the store's format record; it sorts before every key a
// user of the store may write (their keys start with a byte >= 0x01).
var formatKey = []byte("\x00stateflow.format")

// formatValue is the current format record.
var formatValue = []byte("stateflow store v1")

// Open opens the database in dir, creating it when dir is missing or empty.
func Open(dir string, opts ...Option) (*Store, error) {
	c := config{fs: vfs.Default, cache: 64 << 20}
	for _, o := range opts {
		o(&c)
	}
	fresh, err := isFresh(c.fs, dir)
	if err != nil {
		return nil, err
	}
	cache := pebble.NewCache(c.cache)
	defer cache.Unref()
	s := &Store{dir: dir}
	po := &pebble.Options{
		FS:                 c.fs,
		Cache:              cache,
		Logger:             logger{c.logger},
		ErrorIfNotExists:   !fresh,
		FormatMajorVersion: pebble.FormatNewest,
		EventListener: &pebble.EventListener{
			// Without this, Pebble ends the process on a corrupt block;
			// the read that found it returns the error instead.
			DataCorruption: func(info pebble.DataCorruptionInfo) {
				if c.logger != nil {
					c.logger.Error("corrupt data", "component", "pebble", "file", info.Path, "err", info.Details)
				}
			},
		},
	}
	db, err := pebble.Open(dir, po)
	if err != nil {
		return nil, openError(c.fs, dir, err)
	}
	s.db = db
	if err := s.checkFormat(fresh); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// isFresh reports whether dir is missing or empty, so that Open may create
// a database there. A directory with other files must hold a database.
func isFresh(fs vfs.FS, dir string) (bool, error) {
	names, err := fs.List(dir)
	if errors.Is(err, os.ErrNotExist) {
		return true, nil
	}
	if err != nil {
		return false, fmt.Errorf("pebblestore: reading data directory %s: %w", dir, err)
	}
	return len(names) == 0, nil
}

// checkFormat writes the format record into a new database and checks it in
// an existing one.
func (s *Store) checkFormat(fresh bool) error {
	v, ok, err := s.Get(formatKey, nil)
	if err != nil {
		return err
	}
	switch {
	case ok && bytes.Equal(v, formatValue):
		return nil
	case ok:
		return fmt.Errorf("pebblestore: %s holds format %q, this build reads %q", s.dir, v, formatValue)
	}
	if !fresh && !s.empty() {
		return fmt.Errorf("pebblestore: %s holds a database without a stateflow format record; it was not written by this store", s.dir)
	}
	var b store.Batch
	b.Set(formatKey, formatValue)
	if err := s.Apply(&b, true); err != nil {
		return err
	}
	// Pebble creates the first write-ahead log before it raises a new
	// database to the newest format, so that log lacks the sync offsets
	// that let recovery tell a damaged log from a torn tail. A flush
	// switches to a new log.
	return s.Flush()
}

// empty reports whether the database holds no key at all.
func (s *Store) empty() bool {
	it, err := s.db.NewIter(nil)
	if err != nil {
		return false
	}
	defer it.Close()
	return !it.First()
}

// Dir returns the directory of the database.
func (s *Store) Dir() string { return s.dir }

// Get implements store.Store.
func (s *Store) Get(key, dst []byte) ([]byte, bool, error) {
	if s.closed.Load() {
		return dst, false, store.ErrClosed
	}
	v, closer, err := s.db.Get(key)
	if errors.Is(err, pebble.ErrNotFound) {
		return dst, false, nil
	}
	if err != nil {
		return dst, false, s.readError(fmt.Sprintf("get %q", key), err)
	}
	dst = append(dst, v...)
	closer.Close()
	return dst, true, nil
}

// Apply implements store.Store.
func (s *Store) Apply(b *store.Batch, sync bool) error {
	if s.closed.Load() {
		return store.ErrClosed
	}
	pb := s.db.NewBatchWithSize(b.Size() + 16*b.Len())
	defer pb.Close()
	for w := range b.Ops() {
		var err error
		if w.Delete {
			err = pb.Delete(w.Key, nil)
		} else {
			err = pb.Set(w.Key, w.Value, nil)
		}
		if err != nil {
			return fmt.Errorf("pebblestore: %s: building a batch: %w", s.dir, err)
		}
	}
	wo := pebble.NoSync
	if sync {
		wo = pebble.Sync
	}
	if err := pb.Commit(wo); err != nil {
		return fmt.Errorf("pebblestore: %s: commit: %w", s.dir, err)
	}
	return nil
}

// Scan implements store.Store.
func (s *Store) Scan(prefix []byte, fn func(key, value []byte) error) error {
	if s.closed.Load() {
		return store.ErrClosed
	}
	it, err := s.db.NewIter(&pebble.IterOptions{LowerBound: prefix, UpperBound: prefixEnd(prefix)})
	if err != nil {
		return s.readError(fmt.Sprintf("scan %q", prefix), err)
	}
	for ok := it.First(); ok; ok = it.Next() {
		v, err := it.ValueAndErr()
		if err != nil {
			it.Close()
			return s.readError(fmt.Sprintf("scan %q at %q", prefix, it.Key()), err)
		}
		if err := fn(it.Key(), v); err != nil {
			it.Close()
			return err
		}
	}
	if err := it.Close(); err != nil {
		return s.readError(fmt.Sprintf("scan %q", prefix), err)
	}
	return nil
}

// prefixEnd returns the least key greater than every key with prefix, or
// nil when there is none.
func prefixEnd(prefix []byte) []byte {
	end := bytes.Clone(prefix)
	for i := len(end) - 1; i >= 0; i-- {
		if end[i] != 0xff {
			end[i]++
			return end[:i+1]
		}
	}
	return nil
}

// Close implements store.Store. Closing twice returns store.ErrClosed.
func (s *Store) Close() error {
	if s.closed.Swap(true) {
		return store.ErrClosed
	}
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("pebblestore: closing %s: %w", s.dir, err)
	}
	return nil
}

// Flush writes the memtable out to a table file, so that the data is read
// from table files (and the write-ahead log can be dropped).
func (s *Store) Flush() error {
	if s.closed.Load() {
		return store.ErrClosed
	}
	if err := s.db.Flush(); err != nil {
		return fmt.Errorf("pebblestore: %s: flush: %w", s.dir, err)
	}
	return nil
}
