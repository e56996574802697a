package local_test

import (
	"testing"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/ir"
	"github.com/stateflow-go/stateflow/runtimes/local"
	"github.com/stateflow-go/stateflow/stateflowtest"
)

func TestConformance(t *testing.T) {
	stateflowtest.RunRuntimeSuite(t, func(t *testing.T, prog *ir.Program) stateflow.Client {
		return stateflowtest.NewLocal(t, prog)
	})
}

func TestConformanceOnePartition(t *testing.T) {
	stateflowtest.RunRuntimeSuite(t, func(t *testing.T, prog *ir.Program) stateflow.Client {
		rt := local.New(prog, local.WithPartitions(1))
		t.Cleanup(func() { rt.Close() })
		return rt
	})
}
