package pebblestore

import (
	"errors"
	"fmt"
	"strings"

	"github.com/cockroachdb/pebble/v2"
	"github.com/cockroachdb/pebble/v2/vfs"

	"github.com/stateflow-go/stateflow/store"
)

// openError explains why the database in dir did not open, naming the
// damaged file where it can be found.
func openError(fs vfs.FS, dir string, err error) error {
	if errors.Is(err, pebble.ErrDBDoesNotExist) {
		return &store.CorruptError{Where: dir, Err: fmt.Errorf("the directory holds files but no Pebble database (its MANIFEST marker file is missing): %w", tidy(err))}
	}
	if found := diagnose(fs, dir); len(found) > 0 {
		msg := found[0].problem
		for _, f := range found[1:] {
			msg += "; and " + f.path + ": " + f.problem
		}
		return &store.CorruptError{Where: found[0].path, Err: &tidyError{msg: msg, err: err}}
	}
	if isCorruption(err) {
		return &store.CorruptError{Where: corruptPath(err, dir), Err: tidy(err)}
	}
	return fmt.Errorf("pebblestore: opening %s: %w", dir, tidy(err))
}

// readError wraps an error of a read. A corruption names the damaged file
// that Pebble reported, or the directory.
func (s *Store) readError(what string, err error) error {
	if isCorruption(err) {
		return &store.CorruptError{Where: corruptPath(err, s.dir), Err: fmt.Errorf("%s: %w", what, tidy(err))}
	}
	return fmt.Errorf("pebblestore: %s: %s: %w", s.dir, what, tidy(err))
}

func isCorruption(err error) bool {
	return pebble.IsCorruptionError(err) || errors.Is(err, pebble.ErrCorruption) ||
		pebble.ExtractDataCorruptionInfo(err) != nil
}

// corruptPath returns the file a corruption error names, or dir.
func corruptPath(err error, dir string) string {
	if info := pebble.ExtractDataCorruptionInfo(err); info != nil && info.Path != "" {
		return info.Path
	}
	return dir
}

// tidyError keeps the first line of a Pebble error's message (the rest
// carries details meant for Pebble's own reports) and the error itself for
// errors.Is and errors.As.
type tidyError struct {
	msg string
	err error
}

func (e *tidyError) Error() string { return e.msg }
func (e *tidyError) Unwrap() error { return e.err }

func tidy(err error) error {
	msg := err.Error()
	if i := strings.IndexByte(msg, '\n'); i >= 0 {
		return &tidyError{msg: msg[:i], err: err}
	}
	return err
}
