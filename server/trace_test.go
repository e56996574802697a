package server

import (
	"context"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/sdk/trace/tracetest"

	"github.com/stateflow-go/stateflow/internal/testprog"
	"github.com/stateflow-go/stateflow/runtimes/embedded"
)

// With a TracerProvider, a call's request span and its step span carry the
// same chain ID.
func TestRunTraces(t *testing.T) {
	exp := tracetest.NewInMemoryExporter()
	tp := sdktrace.NewTracerProvider(sdktrace.WithSyncer(exp))
	defer tp.Shutdown(context.Background())
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	go func() {
		done <- Run(ctx, testprog.Program(), Config{Runtime: "embedded", DataDir: filepath.Join(t.TempDir(), "d"), Listener: ln, TracerProvider: tp})
	}()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Run = %v", err)
		}
	}()
	base := "http://" + ln.Addr().String()
	for _, req := range [][2]string{{"/v1/Item", `{"id":"jeans","price":3}`}, {"/v1/Item/jeans/SetStock", `{"n":2}`}} {
		resp, err := http.Post(base+req[0], "application/json", strings.NewReader(req[1]))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode >= 300 {
			t.Fatalf("POST %s: %d", req[0], resp.StatusCode)
		}
	}
	// The request span ends once its answer is written.
	var chain, step string
	for deadline := time.Now().Add(10 * time.Second); chain == "" && time.Now().Before(deadline); time.Sleep(time.Millisecond) {
		for _, s := range exp.GetSpans() {
			for _, kv := range s.Attributes {
				if string(kv.Key) != embedded.ChainAttr {
					continue
				}
				switch s.Name {
				case "POST /v1/{entity}/{key}/{method}":
					chain = kv.Value.String()
				case "stateflow.step":
					if strings.Contains(attrsOf(s), "stateflow.method=SetStock") {
						step = kv.Value.String()
					}
				}
			}
		}
	}
	if chain == "" || chain != step {
		t.Errorf("request span chain %q, SetStock step span chain %q", chain, step)
	}
}

func attrsOf(s tracetest.SpanStub) string {
	var b strings.Builder
	for _, kv := range s.Attributes {
		b.WriteString(string(kv.Key) + "=" + kv.Value.String() + " ")
	}
	return b.String()
}
