package server

import (
	"bytes"
	"context"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/stateflow-go/stateflow/internal/testprog"
)

func TestRunServesAndShutsDown(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- Run(ctx, testprog.Program(), Config{Listener: ln}) }()

	base := "http://" + ln.Addr().String()
	resp, err := http.Post(base+"/v1/Item", "application/json", strings.NewReader(`{"id":"jeans","price":3}`))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusCreated || !bytes.Contains(body, []byte(`"jeans"`)) {
		t.Fatalf("create: %d %s", resp.StatusCode, body)
	}
	resp, err = http.Get(base + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	body, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	if !bytes.Contains(body, []byte("go_goroutines")) {
		t.Errorf("metrics lack the Go collector:\n%.300s", body)
	}

	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("Run = %v after cancel", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Run did not return after cancel")
	}
}

func TestRunRejectsUnknownRuntime(t *testing.T) {
	err := Run(context.Background(), testprog.Program(), Config{Runtime: "lambda", Addr: "127.0.0.1:0"})
	if err == nil || !strings.Contains(err.Error(), `unknown runtime "lambda"`) {
		t.Fatalf("Run = %v", err)
	}
}

func TestMainRejectsBadFlags(t *testing.T) {
	var stderr bytes.Buffer
	if code := runMain(testprog.Program(), []string{"--log-level", "loud"}, &stderr); code != 2 {
		t.Errorf("exit code %d, want 2", code)
	}
	if !strings.Contains(stderr.String(), `bad --log-level "loud"`) {
		t.Errorf("stderr = %s", stderr.String())
	}
}
