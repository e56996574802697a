package embedded_test

import (
	"log/slog"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/cockroachdb/pebble/v2/vfs"

	"github.com/stateflow-go/stateflow/internal/testprog"
	"github.com/stateflow-go/stateflow/runtimes/embedded"
	"github.com/stateflow-go/stateflow/runtimes/local"
	"github.com/stateflow-go/stateflow/store/pebblestore"
)

// openOn starts a runtime on the store in fs.
func openOn(t *testing.T, fs vfs.FS, opts ...embedded.Option) *embedded.Runtime {
	t.Helper()
	st, err := pebblestore.Open("data", pebblestore.WithFS(fs))
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	rt, err := embedded.New(testprog.Program(), st, opts...)
	if err != nil {
		t.Fatalf("start runtime: %v", err)
	}
	return rt
}

// A crash at any commit boundary of a scripted run, followed by a restart
// and a client that retries every request with its idempotency key, ends
// with the answers and states of the run without a crash, which are those
// of the local runtime.
func TestCrashAtEveryCommit(t *testing.T) {
	ctx := t.Context()
	want, err := runScript(ctx, local.New(testprog.Program()), "op")
	if err != nil {
		t.Fatal(err)
	}

	fs := vfs.NewCrashableMem()
	var crashes []*vfs.MemFS
	rng := rand.New(rand.NewPCG(1, 1))
	// One round per commit, so that the two steps of a create commit
	// separately and a crash can fall between them. Each crash keeps the
	// synced data, and then also a random half of what Pebble wrote
	// without syncing (table files, its manifest).
	rt := openOn(t, fs, embedded.WithPartitions(3), embedded.WithGroupLimit(1), embedded.WithAfterCommit(func() {
		crashes = append(crashes, fs.CrashClone(vfs.CrashCloneCfg{}),
			fs.CrashClone(vfs.CrashCloneCfg{UnsyncedDataPercent: 50, RNG: rng}))
	}))
	got, err := runScript(ctx, rt, "op")
	if err != nil {
		t.Fatal(err)
	}
	if err := rt.Close(); err != nil {
		t.Fatal(err)
	}
	if got != want {
		t.Fatalf("embedded run:\n%s\nlocal run:\n%s", got, want)
	}
	if len(crashes) < 2*len(script()) {
		t.Fatalf("%d commits for %d requests", len(crashes), len(script()))
	}
	var logs strings.Builder
	logger := slog.New(slog.NewTextHandler(&logs, nil))
	for i, crashed := range crashes {
		rt := openOn(t, crashed, embedded.WithPartitions(2), embedded.WithLogger(logger))
		got, err := runScript(ctx, rt, "op")
		if err != nil {
			t.Fatalf("crash %d (after commit %d): %v", i, i/2+1, err)
		}
		if h := rt.Holds(); len(h) > 0 {
			t.Errorf("crash %d (after commit %d): holds left after the run: %+v", i, i/2+1, h)
		}
		if err := rt.Close(); err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("crash %d (after commit %d), restart, retries:\n%s\nwant:\n%s", i, i/2+1, got, want)
		}
	}
	redelivered := strings.Count(logs.String(), "pending_events=1")
	if n := strings.Count(logs.String(), "holds=1"); n == 0 {
		t.Errorf("no restart found a hold to restore")
	}
	if redelivered == 0 {
		t.Errorf("no restart found an event to redeliver:\n%s", logs.String())
	}
	t.Logf("%d crash points, %d with an event to redeliver", len(crashes), redelivered)
}
