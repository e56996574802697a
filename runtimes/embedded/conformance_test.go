package embedded_test

import (
	"testing"

	"github.com/cockroachdb/pebble/v2/vfs"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/ir"
	"github.com/stateflow-go/stateflow/runtimes/embedded"
	"github.com/stateflow-go/stateflow/stateflowtest"
	"github.com/stateflow-go/stateflow/store/memstore"
	"github.com/stateflow-go/stateflow/store/pebblestore"
)

func TestConformance(t *testing.T) {
	stateflowtest.RunRuntimeSuite(t, func(t *testing.T, prog *ir.Program) stateflow.Client {
		rt, err := embedded.Open(prog, t.TempDir())
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() {
			if err := rt.Close(); err != nil {
				t.Error(err)
			}
		})
		return rt
	})
}

func TestConformanceOnePartitionInMemory(t *testing.T) {
	stateflowtest.RunRuntimeSuite(t, func(t *testing.T, prog *ir.Program) stateflow.Client {
		st, err := pebblestore.Open("data", pebblestore.WithFS(vfs.NewMem()))
		if err != nil {
			t.Fatal(err)
		}
		rt, err := embedded.New(prog, st, embedded.WithPartitions(1))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { rt.Close() })
		return rt
	})
}

func TestConformanceMemstore(t *testing.T) {
	stateflowtest.RunRuntimeSuite(t, func(t *testing.T, prog *ir.Program) stateflow.Client {
		rt, err := embedded.New(prog, memstore.New(), embedded.WithPartitions(7))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { rt.Close() })
		return rt
	})
}
