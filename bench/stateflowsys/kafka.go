package stateflowsys

import (
	"context"
	"fmt"
	"path/filepath"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/twmb/franz-go/pkg/kfake"

	"github.com/stateflow-go/stateflow/ir"
	"github.com/stateflow-go/stateflow/runtimes/kafka"
)

// kafkaWorkers is the number of workers of each program on the kafka
// runtime, all in this process.
const kafkaWorkers = 1

// newCluster starts an in-process Kafka cluster (kfake: the Kafka protocol
// in memory, so nothing is durable) for the kafka runtime's system.
func newCluster() (*kfake.Cluster, error) {
	c, err := kfake.NewCluster(kfake.NumBrokers(1), kfake.GroupMinSessionTimeout(500*time.Millisecond))
	if err != nil {
		return nil, fmt.Errorf("start an in-process Kafka cluster: %w", err)
	}
	return c, nil
}

// openKafka starts prog on the kafka runtime with its topics (prefixed
// name) on cluster, and its workers' local stores under dir.
func openKafka(cluster *kfake.Cluster, prog *ir.Program, dir, name string) (*runtime, error) {
	reg := prometheus.NewRegistry()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	rt, err := kafka.Open(ctx, prog, kafka.Config{
		Brokers:        cluster.ListenAddrs(),
		Topic:          name,
		Partitions:     4,
		Dir:            filepath.Join(dir, name),
		SessionTimeout: 2 * time.Second,
		Registry:       reg,
	}, kafkaWorkers)
	if err != nil {
		return nil, fmt.Errorf("open the kafka runtime of %s: %w", name, err)
	}
	events := func() (int64, error) { return counterValue(reg, "stateflow_kafka_events_total") }
	return &runtime{client: rt, events: events, close: rt.Close}, nil
}
