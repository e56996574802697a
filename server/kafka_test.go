package server

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kfake"

	"github.com/stateflow-go/stateflow/internal/testprog"
)

// kafkaCluster starts an in-process Kafka cluster for the test.
func kafkaCluster(t testing.TB) *kfake.Cluster {
	t.Helper()
	c, err := kfake.NewCluster(kfake.NumBrokers(1), kfake.GroupMinSessionTimeout(500*time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c
}

var topicSeq atomic.Int64

// kafkaConfig returns the settings of a kafka process on topics of the
// test's own.
func kafkaConfig(c *kfake.Cluster, role string) Config {
	return Config{Runtime: "kafka", Brokers: c.ListenAddrs(), Role: role, Partitions: 4, Topic: fmt.Sprintf("server%d", topicSeq.Add(1))}
}

// start runs cfg through Run on a loopback port until the test ends and
// returns the base URL once the server answers /healthz.
func start(t *testing.T, cfg Config) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	cfg.Listener = ln
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- Run(ctx, testprog.Program(), cfg) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("Run = %v after cancel", err)
			}
		case <-time.After(30 * time.Second):
			t.Error("Run did not return after cancel")
		}
	})
	base := "http://" + ln.Addr().String()
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		if resp, err := http.Get(base + "/healthz"); err == nil {
			resp.Body.Close()
			return base
		}
		if time.Now().After(deadline) {
			t.Fatal("the server did not answer /healthz")
		}
	}
}

// post sends body to url and returns the status and the answer.
func post(t *testing.T, url, body string) (int, string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, "POST", url, strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// shopSteps drives the test program through base: creates, a local call,
// a split transfer between accounts and the states they leave.
func shopSteps(t *testing.T, base string) {
	t.Helper()
	for _, s := range []struct{ path, body, want string }{
		{"/v1/Item", `{"id":"jeans","price":3}`, `{"key":"jeans"}`},
		{"/v1/Item/jeans/SetStock", `{"n":2}`, `{}`},
		{"/v1/Account", `{"id":"a","balance":10}`, `{"key":"a"}`},
		{"/v1/Account", `{"id":"b","balance":0}`, `{"key":"b"}`},
		{"/v1/Account/a/Transfer", `{"to":"b","amount":4}`, `{}`},
		{"/v1/Account/a/Transfer", `{"to":"b","amount":40}`, `insufficient funds`},
	} {
		if _, body := post(t, base+s.path, s.body); !strings.Contains(body, s.want) {
			t.Fatalf("POST %s %s = %s, want %s", s.path, s.body, body, s.want)
		}
	}
	for path, want := range map[string]string{
		"/v1/Item/jeans": `"Stock":2`,
		"/v1/Account/a":  `"Balance":6`,
		"/v1/Account/b":  `"Balance":4`,
	} {
		if code, body := get(t, base+path); code != 200 || !strings.Contains(body, want) {
			t.Errorf("GET %s = %d %s, want %s", path, code, body, want)
		}
	}
}

// One process of role all runs workers and the HTTP API; its metrics are
// the runtime's and the ingress's.
func TestRunKafkaAll(t *testing.T) {
	c := kafkaCluster(t)
	cfg := kafkaConfig(c, "")
	cfg.Workers = 2
	cfg.DataDir = t.TempDir()
	base := start(t, cfg)
	shopSteps(t, base)
	_, body := get(t, base+"/metrics")
	for _, want := range []string{"stateflow_kafka_transactions_committed_total", "stateflow_http_requests_total"} {
		if !strings.Contains(body, want) {
			t.Errorf("metrics lack %s", want)
		}
	}
	if matches, _ := filepath.Glob(filepath.Join(cfg.DataDir, cfg.Topic, "worker-*")); len(matches) != 2 {
		t.Errorf("worker caches in the data directory: %v, want 2", matches)
	}
}

// A worker process and an ingress process share the work through the
// cluster; the worker serves only its health and metrics.
func TestRunKafkaWorkerAndIngress(t *testing.T) {
	c := kafkaCluster(t)
	cfg := kafkaConfig(c, "worker")
	cfg.WorkerID = "w"
	worker := start(t, cfg)
	cfg.Role, cfg.WorkerID = "ingress", ""
	ingress := start(t, cfg)

	shopSteps(t, ingress)
	if code, body := get(t, worker+"/healthz"); code != 200 || body != "ok" {
		t.Errorf("worker /healthz = %d %s", code, body)
	}
	if _, body := get(t, worker+"/metrics"); !strings.Contains(body, `stateflow_kafka_events_total{worker="w-0"}`) {
		t.Errorf("worker metrics lack its events:\n%.500s", body)
	}
	if code, _ := get(t, worker+"/v1/Item/jeans"); code != 404 {
		t.Errorf("a worker answered the HTTP API: %d", code)
	}
	if code, body := get(t, ingress+"/healthz"); code != 200 || body != "ok" {
		t.Errorf("ingress /healthz = %d %s", code, body)
	}
}

// A process whose --partitions disagree with the program's existing
// topics does not start.
func TestRunKafkaRefusesOtherPartitionCount(t *testing.T) {
	c := kafkaCluster(t)
	cfg := kafkaConfig(c, "ingress")
	start(t, cfg)
	cfg.Role, cfg.Partitions = "worker", 2
	err := Run(context.Background(), testprog.Program(), cfg)
	if err == nil || !strings.Contains(err.Error(), "partitions") {
		t.Fatalf("Run with 2 partitions on topics of 4 = %v", err)
	}
}
