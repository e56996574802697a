package kafka

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stateflow-go/stateflow/ir"
	"github.com/twmb/franz-go/pkg/kfake"
)

// workerEnv, when set, makes the test binary a worker process: the value
// is "brokers topic workerID" and the worker runs the bank program until
// it is killed.
const workerEnv = "STATEFLOW_KAFKA_TEST_WORKER"

func TestMain(m *testing.M) {
	if v := os.Getenv(workerEnv); v != "" {
		os.Exit(runWorkerProcess(v))
	}
	os.Exit(m.Run())
}

// cluster starts an in-process kfake cluster for the test.
func cluster(t testing.TB, opts ...kfake.Opt) *kfake.Cluster {
	t.Helper()
	opts = append([]kfake.Opt{kfake.NumBrokers(1), kfake.GroupMinSessionTimeout(500 * time.Millisecond)}, opts...)
	c, err := kfake.NewCluster(opts...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c
}

var topicSeq atomic.Int64

var logLevel = flag.String("kafka.log", "", "log level of the runtime under test (debug, info, warn, error); none by default")

// testLogger returns the logger -kafka.log asks for.
func testLogger() *slog.Logger {
	var l slog.Level
	if *logLevel == "" || l.UnmarshalText([]byte(*logLevel)) != nil {
		return nil
	}
	return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: l}))
}

// testConfig returns a configuration with topics of their own on c.
func testConfig(c *kfake.Cluster) Config {
	return Config{
		Brokers:         c.ListenAddrs(),
		Topic:           fmt.Sprintf("t%d", topicSeq.Add(1)),
		Partitions:      4,
		SessionTimeout:  2 * time.Second,
		LockWaitTimeout: 500 * time.Millisecond,
		Logger:          testLogger(),
	}
}

// openRuntime starts a runtime of n workers for prog and waits until its
// workers own every partition.
func openRuntime(t testing.TB, c *kfake.Cluster, prog *ir.Program, cfg Config, n int) *Runtime {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	rt, err := Open(ctx, prog, cfg, n)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := rt.Close(); err != nil {
			t.Errorf("Close = %v", err)
		}
	})
	return rt
}
