package kafka

import (
	"testing"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/ir"
	"github.com/stateflow-go/stateflow/stateflowtest"
)

// TestConformance runs the runtime conformance suite on one worker, and
// on two workers with every event between entities sent through Kafka.
func TestConformance(t *testing.T) {
	c := cluster(t)
	t.Run("one-worker", func(t *testing.T) {
		stateflowtest.RunRuntimeSuite(t, func(t *testing.T, prog *ir.Program) stateflow.Client {
			return openRuntime(t, c, prog, testConfig(c), 1)
		})
	})
	t.Run("two-workers-via-kafka", func(t *testing.T) {
		stateflowtest.RunRuntimeSuite(t, func(t *testing.T, prog *ir.Program) stateflow.Client {
			cfg := testConfig(c)
			cfg.ViaKafka = true
			return openRuntime(t, c, prog, cfg, 2)
		})
	})
}
