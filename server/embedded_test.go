package server

import (
	"context"
	"io"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stateflow-go/stateflow/internal/testprog"
)

// serve runs the test program on the embedded runtime in dir until the
// returned stop is called.
func serve(t *testing.T, dir string) (base string, stop func()) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- Run(ctx, testprog.Program(), Config{Runtime: "embedded", DataDir: dir, Listener: ln}) }()
	return "http://" + ln.Addr().String(), func() {
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
}

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(body)
}

// The embedded runtime keeps the state in its data directory across
// restarts of the server, and its metrics are served.
func TestRunEmbedded(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	base, stop := serve(t, dir)
	resp, err := http.Post(base+"/v1/Item", "application/json", strings.NewReader(`{"id":"jeans","price":3}`))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusCreated {
		t.Fatalf("create: %d", resp.StatusCode)
	}
	if code, body := get(t, base+"/metrics"); code != 200 || !strings.Contains(body, "stateflow_embedded_events_total") {
		t.Errorf("metrics lack the runtime's:\n%.300s", body)
	}
	stop()

	base, stop = serve(t, dir)
	defer stop()
	if code, body := get(t, base+"/v1/Item/jeans"); code != 200 || !strings.Contains(body, `"Price":3`) {
		t.Errorf("after a restart: %d %s", code, body)
	}
}

func TestDefaultDataDir(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", "/cache")
	t.Setenv("HOME", "/home/u")
	dir, err := DefaultDataDir(testprog.Program())
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join("/cache", "stateflow", "github.com", "stateflow-go", "stateflow", "internal", "testprog"); dir != want {
		t.Errorf("DefaultDataDir = %s, want %s", dir, want)
	}
}
