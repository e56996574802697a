package main

import (
	"bytes"
	"context"
	"io"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a bytes.Buffer safe for the server's and the test's
// goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func freeAddr(t *testing.T) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// TestRunServesTheShop builds examples/shop into a server with "stateflow
// run" (on the default runtime, embedded, in a temporary data directory),
// talks to it over HTTP and stops it with a signal.
func TestRunServesTheShop(t *testing.T) {
	addr := freeAddr(t)
	var out syncBuffer
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan int, 1)
	shop := filepath.Join(repoRoot(t), "examples", "shop")
	go func() {
		done <- run(ctx, []string{"run", "--addr", addr, "--data", t.TempDir(), shop}, &env{stdout: &out, stderr: &out, dir: repoRoot(t)})
	}()

	base := "http://" + addr
	deadline := time.Now().Add(2 * time.Minute)
	for {
		resp, err := http.Get(base + "/healthz")
		if err == nil {
			resp.Body.Close()
			break
		}
		select {
		case code := <-done:
			t.Fatalf("stateflow run exited with %d before serving:\n%s", code, out.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("server did not come up:\n%s", out.String())
		}
		time.Sleep(100 * time.Millisecond)
	}

	steps := []struct {
		method, path, body string
		status             int
		want               string
	}{
		{"POST", "/v1/Item", `{"id":"jeans","price":10}`, 201, `{"key":"jeans"}`},
		{"POST", "/v1/Item/jeans/SetStock", `{"n":5}`, 200, `{}`},
		{"POST", "/v1/Item/jeans/Remove", `{"n":2}`, 200, `{"result":3}`},
		{"POST", "/v1/Item/jeans/Remove", `{"n":7}`, 422, `only 3 of jeans in stock`},
		{"GET", "/v1/Item/jeans", "", 200, `{"ID":"jeans","Price":10,"Stock":3}`},
		{"POST", "/v1/User", `{"id":"ann"}`, 201, `{"key":"ann"}`},
		{"POST", "/v1/User/ann/PutInBasket", `{"items":["jeans"]}`, 200, `{"result":1}`},
		{"GET", "/v1/User/ann", "", 200, `"Basket":["jeans"]`},
		{"GET", "/v1/Item/socks", "", 404, `not found`},
	}
	for _, s := range steps {
		req, _ := http.NewRequest(s.method, base+s.path, strings.NewReader(s.body))
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != s.status || !strings.Contains(string(body), s.want) {
			t.Errorf("%s %s %s: %d %s; want %d containing %s", s.method, s.path, s.body, resp.StatusCode, body, s.status, s.want)
		}
	}

	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("stateflow run exited with %d after interrupt:\n%s", code, out.String())
		}
	case <-time.After(30 * time.Second):
		t.Fatal("server did not stop after interrupt")
	}
	if !strings.Contains(out.String(), "shutting down") {
		t.Errorf("no graceful shutdown in the log:\n%s", out.String())
	}
}
