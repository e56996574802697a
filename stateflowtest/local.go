package stateflowtest

import (
	"testing"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/ir"
	"github.com/stateflow-go/stateflow/runtimes/local"
)

// NewLocal returns a client of prog on a new local runtime, closed when the
// test ends.
func NewLocal(t testing.TB, prog *ir.Program) stateflow.Client {
	t.Helper()
	rt := local.New(prog)
	t.Cleanup(func() { rt.Close() })
	return rt
}
