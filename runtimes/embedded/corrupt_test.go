package embedded_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/internal/testprog"
	"github.com/stateflow-go/stateflow/ir"
	"github.com/stateflow-go/stateflow/runtimes/embedded"
	"github.com/stateflow-go/stateflow/store"
	"github.com/stateflow-go/stateflow/store/pebblestore"
)

// fillDir runs some requests on a runtime in dir and closes it.
func fillDir(t *testing.T, dir string) {
	t.Helper()
	rt, err := embedded.Open(testprog.Program(), dir)
	if err != nil {
		t.Fatal(err)
	}
	ctx := t.Context()
	for i := range 300 {
		if _, err := rt.Create(ctx, "User", user(strings.Repeat("u", 1+i%40)+string(rune('a'+i%26)), i)); err != nil && !errors.Is(err, stateflow.ErrExists) {
			t.Fatal(err)
		}
		if _, err := rt.Call(ctx, usr("ua"), "Deposit", intArg(1)); err != nil {
			t.Fatal(err)
		}
	}
	if err := rt.Close(); err != nil {
		t.Fatal(err)
	}
}

// A damaged data directory is an error that names the damaged file; the
// runtime never starts on an emptier copy of the data.
func TestCorruptDataDirectory(t *testing.T) {
	t.Run("write-ahead-log", func(t *testing.T) {
		dir := t.TempDir()
		fillDir(t, dir)
		logs, _ := filepath.Glob(filepath.Join(dir, "*.log"))
		if len(logs) == 0 {
			t.Fatal("no write-ahead log")
		}
		wal := logs[len(logs)-1]
		b, err := os.ReadFile(wal)
		if err != nil {
			t.Fatal(err)
		}
		if len(b) < 2000 {
			t.Fatalf("%s has only %d bytes", wal, len(b))
		}
		for i := 1000; i < 1040; i++ {
			b[i] ^= 0xa5
		}
		if err := os.WriteFile(wal, b, 0o644); err != nil {
			t.Fatal(err)
		}
		_, err = embedded.Open(testprog.Program(), dir)
		if err == nil || !errors.Is(err, store.ErrCorrupt) || !strings.Contains(err.Error(), wal) {
			t.Fatalf("Open of a damaged log: %v; want an error naming %s", err, wal)
		}
	})
	t.Run("outbox-record", func(t *testing.T) {
		dir := t.TempDir()
		fillDir(t, dir)
		st, err := pebblestore.Open(dir)
		if err != nil {
			t.Fatal(err)
		}
		var b store.Batch
		b.Set([]byte("o\x00\x00\x00\x00\x00\x00\x00\x07"), []byte("\x02garbage"))
		if err := st.Apply(&b, true); err != nil {
			t.Fatal(err)
		}
		st.Close()
		_, err = embedded.Open(testprog.Program(), dir)
		if err == nil || !errors.Is(err, store.ErrCorrupt) || !strings.Contains(err.Error(), "outbox event 7") {
			t.Fatalf("Open with a corrupt pending event: %v; want an error naming outbox event 7", err)
		}
	})
	t.Run("another-program", func(t *testing.T) {
		dir := t.TempDir()
		fillDir(t, dir)
		other := &ir.Program{Name: "other", PkgPath: "example.com/other"}
		_, err := embedded.Open(other.MustLink(), dir)
		if err == nil || !strings.Contains(err.Error(), testprog.Program().PkgPath) {
			t.Fatalf("Open with another program: %v; want an error naming the program", err)
		}
	})
	t.Run("not-a-data-directory", func(t *testing.T) {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "report.txt"), []byte("keep me"), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := embedded.Open(testprog.Program(), dir)
		if err == nil || !strings.Contains(err.Error(), dir) {
			t.Fatalf("Open of a directory with other files: %v; want an error naming it", err)
		}
	})
}
