package pebblestore_test

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/cockroachdb/pebble/v2/vfs"

	"github.com/stateflow-go/stateflow/store"
	"github.com/stateflow-go/stateflow/store/pebblestore"
	"github.com/stateflow-go/stateflow/store/storetest"
)

func mustOpen(t *testing.T, dir string, opts ...pebblestore.Option) *pebblestore.Store {
	t.Helper()
	s, err := pebblestore.Open(dir, opts...)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestConformanceOnDisk(t *testing.T) {
	storetest.Run(t, storetest.Harness{
		Open: func(t *testing.T) store.Store { return mustOpen(t, t.TempDir()) },
		Reopen: func(t *testing.T, s store.Store) store.Store {
			dir := s.(*pebblestore.Store).Dir()
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			return mustOpen(t, dir)
		},
	})
}

// memStore is a store on a crashable in-memory file system.
type memStore struct {
	*pebblestore.Store
	fs *vfs.MemFS
}

// A crash keeps the synced data and, in the second case, a random part of
// the data written since the last sync.
func TestConformanceCrashable(t *testing.T) {
	for _, unsynced := range []int{0, 50} {
		t.Run(fmt.Sprintf("unsynced%d", unsynced), func(t *testing.T) {
			rng := rand.New(rand.NewPCG(7, uint64(unsynced)))
			storetest.Run(t, storetest.Harness{
				Open: func(t *testing.T) store.Store {
					fs := vfs.NewCrashableMem()
					return memStore{mustOpen(t, "data", pebblestore.WithFS(fs)), fs}
				},
				Crash: func(t *testing.T, s store.Store) store.Store {
					m := s.(memStore)
					clone := m.fs.CrashClone(vfs.CrashCloneCfg{UnsyncedDataPercent: unsynced, RNG: rng})
					m.Close()
					return memStore{mustOpen(t, "data", pebblestore.WithFS(clone)), clone}
				},
			})
		})
	}
}
