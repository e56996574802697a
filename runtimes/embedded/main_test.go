package embedded_test

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"testing"

	"github.com/stateflow-go/stateflow/ingress"
	"github.com/stateflow-go/stateflow/internal/testprog"
	"github.com/stateflow-go/stateflow/runtimes/embedded"
)

// serverEnv, when set in the environment, makes the test binary a server
// of the test program on the data directory it names (see serve).
const serverEnv = "EMBEDDED_TEST_SERVER_DIR"

func TestMain(m *testing.M) {
	if dir := os.Getenv(serverEnv); dir != "" {
		os.Exit(serve(dir))
	}
	os.Exit(m.Run())
}

// serve runs the HTTP ingress in front of an embedded runtime on dir. It
// prints "addr HOST:PORT" once it listens, and shuts down gracefully on
// SIGTERM.
func serve(dir string) int {
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	rt, err := embedded.Open(testprog.Program(), dir, embedded.WithLogger(logger))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	srv := &http.Server{Handler: ingress.Handler(testprog.Program(), rt)}
	fmt.Printf("addr %s\n", ln.Addr())
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM)
	defer stop()
	go func() {
		<-ctx.Done()
		srv.Shutdown(context.Background())
	}()
	if err := srv.Serve(ln); err != http.ErrServerClosed {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	if err := rt.Close(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return 0
}
