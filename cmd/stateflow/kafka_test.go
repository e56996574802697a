package main

import (
	"bufio"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kfake"
)

// kafkaCluster starts an in-process Kafka cluster for the test.
func kafkaCluster(t *testing.T) string {
	t.Helper()
	c, err := kfake.NewCluster(kfake.NumBrokers(1), kfake.GroupMinSessionTimeout(500*time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return strings.Join(c.ListenAddrs(), ",")
}

// "stateflow run --runtime kafka" serves the shop from one process of
// workers and the HTTP API.
func TestRunKafka(t *testing.T) {
	brokers := kafkaCluster(t)
	shop := filepath.Join(repoRoot(t), "examples", "shop")
	base, out, stop := startRun(t, "--runtime", "kafka", "--brokers", brokers, "--workers", "2", "--partitions", "4", "--data", t.TempDir(), shop)
	drive(t, base, shopSteps)
	drive(t, base, []step{{"GET", "/metrics", "", 200, "stateflow_kafka_transactions_committed_total"}})
	stop()
	if !strings.Contains(out.String(), "role=all") {
		t.Errorf("the log does not name the role:\n%s", out.String())
	}
}

// A worker process and an ingress process of the shop share the work
// through one cluster: calls made to the ingress run on the worker.
func TestRunKafkaWorkerAndIngress(t *testing.T) {
	brokers := kafkaCluster(t)
	shop := filepath.Join(repoRoot(t), "examples", "shop")
	common := []string{"--runtime", "kafka", "--brokers", brokers, "--topic", "shop", "--partitions", "4"}
	worker, _, stopWorker := startRun(t, append(common, "--role", "worker", "--worker-id", "shop-worker-0", shop)...)
	ingress, _, stopIngress := startRun(t, append(common, "--role", "ingress", shop)...)
	drive(t, ingress, shopSteps)
	drive(t, worker, []step{
		{"GET", "/healthz", "", 200, "ok"},
		{"GET", "/metrics", "", 200, `stateflow_kafka_events_total{worker="shop-worker-0-0"}`},
		{"GET", "/v1/Item/jeans", "", 404, ""},
	})
	stopIngress()
	stopWorker()
}

// The shop runs against kfakebroker, the cluster as a process of its own.
func TestRunKafkaOnBrokerProcess(t *testing.T) {
	bin := filepath.Join(t.TempDir(), "kfakebroker")
	build := exec.Command("go", "build", "-o", bin, "./internal/cmd/kfakebroker")
	build.Dir = repoRoot(t)
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building kfakebroker: %v\n%s", err, out)
	}
	broker := exec.Command(bin, "-brokers", "1")
	stdout, err := broker.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := broker.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		broker.Process.Signal(syscall.SIGTERM)
		if err := broker.Wait(); err != nil {
			t.Errorf("kfakebroker: %v", err)
		}
	})
	sc := bufio.NewScanner(stdout)
	if !sc.Scan() {
		t.Fatal("kfakebroker printed no address")
	}
	addr := strings.TrimSpace(sc.Text())

	shop := filepath.Join(repoRoot(t), "examples", "shop")
	base, _, stop := startRun(t, "--runtime", "kafka", "--brokers", addr, shop)
	drive(t, base, shopSteps)
	stop()
}
