package server

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/stateflow-go/stateflow/internal/testprog"
)

func TestCheck(t *testing.T) {
	brokers := []string{"localhost:9092"}
	for _, c := range []struct {
		cfg  Config
		want string // "" when the settings are fine
	}{
		{Config{}, ""},
		{Config{Runtime: "embedded", DataDir: "d"}, ""},
		{Config{Runtime: "kafka", Brokers: brokers}, ""},
		{Config{Runtime: "kafka", Brokers: brokers, Role: "worker", Workers: 3, DataDir: "d", WorkerID: "w"}, ""},
		{Config{Runtime: "kafka", Brokers: brokers, Role: "ingress"}, ""},
		{Config{Runtime: "lambda"}, `unknown runtime "lambda"`},
		{Config{Runtime: "kafka"}, "needs the addresses of brokers: --brokers"},
		{Config{Runtime: "kafka", Brokers: []string{"localhost"}}, `bad broker address "localhost" in --brokers`},
		{Config{Runtime: "kafka", Brokers: brokers, Role: "leader"}, `unknown --role "leader" (want all, worker, ingress)`},
		{Config{Runtime: "kafka", Brokers: brokers, Workers: -1}, "--workers -1"},
		{Config{Runtime: "kafka", Brokers: brokers, Partitions: -2}, "--partitions -2 is out of range"},
		{Config{Runtime: "kafka", Brokers: brokers, Role: "ingress", Workers: 2}, "--workers 2 does not apply to --role ingress"},
		{Config{Runtime: "kafka", Brokers: brokers, Role: "ingress", DataDir: "d"}, "--data does not apply to --role ingress"},
		{Config{Runtime: "embedded", Brokers: brokers, Topic: "t"}, "--brokers, --topic only apply to --runtime kafka, not embedded"},
		{Config{Role: "worker"}, "--role only apply to --runtime kafka, not local"},
	} {
		err := c.cfg.Check()
		switch {
		case c.want == "" && err != nil:
			t.Errorf("%+v: Check = %v", c.cfg, err)
		case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)):
			t.Errorf("%+v: Check = %v, want %q", c.cfg, err, c.want)
		}
	}
}

// Run refuses bad settings before it starts anything.
func TestRunChecksConfig(t *testing.T) {
	err := Run(context.Background(), testprog.Program(), Config{Runtime: "kafka", Addr: "127.0.0.1:0"})
	if err == nil || !strings.Contains(err.Error(), "--brokers") {
		t.Fatalf("Run = %v", err)
	}
}

// Bad kafka flags end the server with status 2 and a message naming the
// flag.
func TestMainRejectsBadKafkaFlags(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--runtime", "kafka"}, "--brokers host:port"},
		{[]string{"--runtime", "kafka", "--brokers", "k:9092", "--role", "boss"}, `unknown --role "boss"`},
		{[]string{"--runtime", "kafka", "--brokers", "k:9092", "--workers", "0"}, "bad --workers 0"},
		{[]string{"--runtime", "kafka", "--brokers", ","}, `bad --brokers ","`},
		{[]string{"--runtime", "kafka", "--brokers", "k:9092", "--partitions", "0"}, "bad --partitions 0"},
		{[]string{"--brokers", "k:9092"}, "--brokers only apply to --runtime kafka, not embedded"},
		{[]string{"--runtime", "local", "extra"}, "unexpected arguments: extra"},
	} {
		var stderr bytes.Buffer
		if code := runMain(testprog.Program(), c.args, &stderr); code != 2 {
			t.Errorf("%q: exit code %d, want 2", c.args, code)
		}
		if !strings.Contains(stderr.String(), c.want) {
			t.Errorf("%q: stderr = %s, want %s", c.args, stderr.String(), c.want)
		}
	}
}
