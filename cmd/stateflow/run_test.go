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

// startRun runs "stateflow run" with args plus --addr and waits until the
// server answers /healthz. It returns the server's base URL, its output
// and a function that interrupts it and checks that it shut down cleanly.
func startRun(t *testing.T, args ...string) (base string, out *syncBuffer, stop func()) {
	t.Helper()
	addr := freeAddr(t)
	out = new(syncBuffer)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	args = append([]string{"run", "--addr", addr}, args...)
	go func() {
		done <- run(ctx, args, &env{stdout: out, stderr: out, dir: repoRoot(t)})
	}()
	stopped := false
	stop = func() {
		t.Helper()
		if stopped {
			return
		}
		stopped = true
		cancel() // the server gets SIGINT
		select {
		case code := <-done:
			if code != 0 {
				t.Errorf("stateflow %s exited with %d after interrupt:\n%s", strings.Join(args, " "), code, out.String())
			}
		case <-time.After(30 * time.Second):
			t.Fatal("server did not stop after interrupt")
		}
		if !strings.Contains(out.String(), "shutting down") {
			t.Errorf("no graceful shutdown in the log:\n%s", out.String())
		}
	}
	t.Cleanup(stop)

	base = "http://" + addr
	deadline := time.Now().Add(2 * time.Minute)
	for {
		resp, err := http.Get(base + "/healthz")
		if err == nil {
			resp.Body.Close()
			return base, out, stop
		}
		select {
		case code := <-done:
			stopped = true
			t.Fatalf("stateflow %s exited with %d before serving:\n%s", strings.Join(args, " "), code, out.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("server did not come up:\n%s", out.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// step is one HTTP exchange with a server and the answer it must give.
type step struct {
	method, path, body string
	status             int
	want               string // contained in the answer's body
}

func drive(t *testing.T, base string, steps []step) {
	t.Helper()
	for _, s := range steps {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		req, _ := http.NewRequestWithContext(ctx, s.method, base+s.path, strings.NewReader(s.body))
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			cancel()
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		cancel()
		if resp.StatusCode != s.status || !strings.Contains(string(body), s.want) {
			t.Errorf("%s %s %s: %d %s; want %d containing %s", s.method, s.path, s.body, resp.StatusCode, body, s.status, s.want)
		}
	}
}

// shopSteps walks through examples/shop: creates, calls, an operation's
// error, the split AddToBasket and the states they leave.
var shopSteps = []step{
	{"POST", "/v1/Item", `{"id":"jeans","price":10}`, 201, `{"key":"jeans"}`},
	{"POST", "/v1/Item/jeans/SetStock", `{"n":5}`, 200, `{}`},
	{"POST", "/v1/Item/jeans/Remove", `{"n":2}`, 200, `{"result":3}`},
	{"POST", "/v1/Item/jeans/Remove", `{"n":7}`, 422, `only 3 of jeans in stock`},
	{"GET", "/v1/Item/jeans", "", 200, `{"ID":"jeans","Price":10,"Stock":3}`},
	{"POST", "/v1/User", `{"id":"ann"}`, 201, `{"key":"ann"}`},
	{"POST", "/v1/User/ann/PutInBasket", `{"items":["jeans"]}`, 200, `{"result":1}`},
	{"POST", "/v1/User/ann/Deposit", `{"amount":25}`, 200, `{"result":25}`},
	{"POST", "/v1/User/ann/AddToBasket", `{"items":["jeans"]}`, 200, `{"result":true}`},
	{"GET", "/v1/User/ann", "", 200, `{"ID":"ann","Balance":25,"Basket":["jeans","jeans"]}`},
	{"GET", "/v1/Item/socks", "", 404, `not found`},
}

// TestRunServesTheShop builds examples/shop into a server with "stateflow
// run" (on the default runtime, embedded, in a temporary data directory),
// talks to it over HTTP and stops it with a signal.
func TestRunServesTheShop(t *testing.T) {
	shop := filepath.Join(repoRoot(t), "examples", "shop")
	base, _, stop := startRun(t, "--data", t.TempDir(), shop)
	drive(t, base, shopSteps)
	stop()
}
