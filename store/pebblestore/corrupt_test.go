package pebblestore_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cockroachdb/pebble/v2"

	"github.com/stateflow-go/stateflow/store"
	"github.com/stateflow-go/stateflow/store/pebblestore"
)

// fill writes n keys, syncing every 50th; with flush set, they end up in a table file
// and one more key in the write-ahead log.
func fill(t *testing.T, dir string, n int, flush bool) {
	t.Helper()
	s := mustOpen(t, dir)
	for i := range n {
		var b store.Batch
		b.Set(fmt.Appendf(nil, "k%05d", i), make([]byte, 100))
		if err := s.Apply(&b, i%50 == 49 || i == n-1); err != nil {
			t.Fatal(err)
		}
	}
	if flush {
		if err := s.Flush(); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
}

// files returns the paths in dir whose names match.
func files(t *testing.T, dir string, match func(name string) bool) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		if match(e.Name()) {
			out = append(out, filepath.Join(dir, e.Name()))
		}
	}
	if len(out) == 0 {
		t.Fatalf("no matching file in %s", dir)
	}
	return out
}

func garble(t *testing.T, path string, at int) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for i := at; i < at+40 && i < len(b); i++ {
		b[i] ^= 0x5a
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func truncate(t *testing.T, path string) {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(path, fi.Size()/2); err != nil {
		t.Fatal(err)
	}
}

// openAndRead opens dir and counts the keys: damage shows up at either.
func openAndRead(dir string) (int, error) {
	s, err := pebblestore.Open(dir)
	if err != nil {
		return 0, err
	}
	defer s.Close()
	n := 0
	return n, s.Scan([]byte("k"), func(k, v []byte) error { n++; return nil })
}

func ext(e string) func(string) bool { return func(n string) bool { return filepath.Ext(n) == e } }
func prefix(p string) func(string) bool {
	return func(n string) bool { return strings.HasPrefix(n, p) }
}

// Damaged files are errors naming the file, never a silently emptier
// database. Pebble repairs some damage without loss (a torn last record of
// the newest MANIFEST): then every key must still be there.
func TestCorruptDataDirectory(t *testing.T) {
	cases := []struct {
		name    string
		flush   bool
		damage  func(t *testing.T, dir string) (named string)
		corrupt bool // the error matches store.ErrCorrupt
	}{
		{"wal-garbled-in-the-middle", false, func(t *testing.T, dir string) string {
			logs := files(t, dir, ext(".log"))
			p := logs[len(logs)-1]
			garble(t, p, 40000)
			return p
		}, true},
		{"table-garbled", true, func(t *testing.T, dir string) string {
			p := files(t, dir, ext(".sst"))[0]
			garble(t, p, 100)
			return p
		}, true},
		{"table-truncated", true, func(t *testing.T, dir string) string {
			p := files(t, dir, ext(".sst"))[0]
			truncate(t, p)
			return p
		}, false},
		{"table-missing", true, func(t *testing.T, dir string) string {
			p := files(t, dir, ext(".sst"))[0]
			if err := os.Remove(p); err != nil {
				t.Fatal(err)
			}
			return strings.TrimSuffix(filepath.Base(p), ".sst")
		}, false},
		{"options-garbled", false, func(t *testing.T, dir string) string {
			p := files(t, dir, prefix("OPTIONS-"))[0]
			if err := os.WriteFile(p, []byte("[Options]\n  bad line\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			return p
		}, true},
		{"manifest-truncated", false, func(t *testing.T, dir string) string {
			ps := files(t, dir, prefix("MANIFEST-"))
			p := ps[len(ps)-1]
			truncate(t, p)
			return filepath.Base(p)
		}, true},
		{"manifest-marker-missing", false, func(t *testing.T, dir string) string {
			for _, p := range files(t, dir, prefix("marker.manifest")) {
				if err := os.Remove(p); err != nil {
					t.Fatal(err)
				}
			}
			return dir
		}, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			fill(t, dir, 1500, c.flush)
			named := c.damage(t, dir)
			n, err := openAndRead(dir)
			if err == nil {
				if n != 1500 {
					t.Fatalf("damaged directory opened with %d of 1500 keys and no error", n)
				}
				t.Logf("repaired without loss")
				return
			}
			if !strings.Contains(err.Error(), named) {
				t.Errorf("error does not name %s:\n%v", named, err)
			}
			if c.corrupt && !errors.Is(err, store.ErrCorrupt) {
				t.Errorf("error does not match store.ErrCorrupt: %v", err)
			}
			t.Log(err)
		})
	}
}

// A directory that holds something other than a store is not taken over.
func TestForeignDirectory(t *testing.T) {
	t.Run("other-files", func(t *testing.T) {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("mine"), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := pebblestore.Open(dir)
		if err == nil || !strings.Contains(err.Error(), dir) {
			t.Fatalf("Open of a directory with other files: %v, want an error naming it", err)
		}
		if b, _ := os.ReadFile(filepath.Join(dir, "notes.txt")); string(b) != "mine" {
			t.Error("the directory's file changed")
		}
	})
	t.Run("other-pebble-database", func(t *testing.T) {
		dir := t.TempDir()
		db, err := pebble.Open(dir, &pebble.Options{Logger: quiet{}})
		if err != nil {
			t.Fatal(err)
		}
		if err := db.Set([]byte("someone else's"), []byte("data"), pebble.Sync); err != nil {
			t.Fatal(err)
		}
		db.Close()
		_, err = pebblestore.Open(dir)
		if err == nil || !strings.Contains(err.Error(), "format record") {
			t.Fatalf("Open of another program's database: %v, want an error about the format record", err)
		}
	})
}

// A clean restart and a fresh directory work; a missing directory is
// created.
func TestOpenCreatesAndReopens(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "a", "b")
	fill(t, dir, 3, false)
	s := mustOpen(t, dir)
	defer s.Close()
	v, ok, err := s.Get([]byte("k00002"), nil)
	if err != nil || !ok || len(v) != 100 {
		t.Errorf("after reopen: %d bytes, %v, %v", len(v), ok, err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); !errors.Is(err, store.ErrClosed) {
		t.Errorf("second Close: %v, want ErrClosed", err)
	}
}

type quiet struct{}

func (quiet) Infof(string, ...any)  {}
func (quiet) Errorf(string, ...any) {}
func (quiet) Fatalf(format string, args ...any) {
	panic(fmt.Sprintf(format, args...))
}
