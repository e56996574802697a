package server

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"go.opentelemetry.io/otel/trace"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/ingress"
	"github.com/stateflow-go/stateflow/ir"
	"github.com/stateflow-go/stateflow/runtimes/embedded"
	"github.com/stateflow-go/stateflow/runtimes/local"
)

// Runtimes lists the runtimes this build can serve on.
var Runtimes = []string{"embedded", "kafka", "local"}

// Roles lists the roles a process can take on the kafka runtime: "all"
// runs workers and the HTTP API, "worker" only workers (serving /healthz
// and /metrics) and "ingress" only the HTTP API.
var Roles = []string{"all", "worker", "ingress"}

// Config says how to serve a program.
type Config struct {
	// Runtime is the runtime's name; see Runtimes. Empty means "local",
	// which keeps nothing on disk; the command line's default is
	// "embedded".
	Runtime string
	// DataDir is the data directory of the embedded runtime; empty means
	// DefaultDataDir of the program. On the kafka runtime it holds the
	// local caches of the process's workers (DataDir/<topic>/worker-<i>);
	// empty keeps them in memory, restored from the changelog at start.
	DataDir string
	// Addr is the TCP address to listen on, such as ":8080". Ignored when
	// Listener is set.
	Addr string
	// Listener, when set, is used instead of listening on Addr.
	Listener net.Listener
	// Logger receives the server's logs; nil discards them.
	Logger *slog.Logger
	// ShutdownTimeout bounds the graceful shutdown; zero means 10 seconds.
	ShutdownTimeout time.Duration
	// Ready, when set, is called with the address being served once the
	// listener is open.
	Ready func(addr net.Addr)
	// TracerProvider, when set, receives OpenTelemetry spans: one per HTTP
	// request and, on the embedded runtime, one per step, both carrying
	// the ID of the request's call chain (embedded.ChainAttr).
	TracerProvider trace.TracerProvider

	// The settings of the kafka runtime; the other runtimes refuse them.

	// Brokers are the seed brokers of the Kafka cluster (host:port).
	Brokers []string
	// Role is what this process does: "all" (the default), "worker" or
	// "ingress"; see Roles.
	Role string
	// Workers is the number of workers the process runs in roles all and
	// worker; zero means 1.
	Workers int
	// WorkerID names the process's workers: worker i is WorkerID-i, its
	// Kafka transactional ID, so a restarted process with the same name
	// fences its predecessor's unfinished transactions. It must be unique
	// among the processes sharing the cluster. Empty means a random name.
	WorkerID string
	// Topic is the prefix of the program's topics; empty means
	// "stateflow".
	Topic string
	// Partitions is the number of partitions of the program's topics (the
	// most workers that can share the load); zero means 8. It is fixed
	// once the topics exist.
	Partitions int
	// ReplicationFactor of the topics the runtime creates; zero means 1.
	ReplicationFactor int
}

// Run serves prog until ctx ends, then shuts down gracefully: it stops
// accepting requests, lets in-flight ones finish and closes the runtime.
// It refuses the settings Config.Check refuses, and returns an error when
// the runtime stops by itself (a kafka worker that meets an error it cannot
// recover from), after the same shutdown.
func Run(ctx context.Context, prog *ir.Program, cfg Config) error {
	logger := cfg.Logger
	if logger == nil {
		logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	if err := cfg.Check(); err != nil {
		return err
	}
	rt, err := openRuntime(ctx, cfg, prog, reg, logger)
	if err != nil {
		return err
	}
	defer func() {
		if err := rt.close(); err != nil {
			logger.Error("closing the runtime", "err", err)
		}
	}()
	var handler http.Handler
	if rt.client != nil {
		opts := []ingress.Option{ingress.WithRegistry(reg), ingress.WithLogger(logger)}
		if cfg.TracerProvider != nil {
			opts = append(opts, ingress.WithTracerProvider(cfg.TracerProvider))
		}
		handler = ingress.Handler(prog, rt.client, opts...)
	} else {
		handler = workerHandler(reg)
	}

	ln := cfg.Listener
	if ln == nil {
		if ln, err = net.Listen("tcp", cfg.Addr); err != nil {
			return fmt.Errorf("server: listen on %s: %w", cfg.Addr, err)
		}
	}
	srv := &http.Server{Handler: handler, ReadHeaderTimeout: 10 * time.Second}
	logAttrs := []any{"program", prog.PkgPath, "runtime", runtimeName(cfg.Runtime), "addr", ln.Addr().String()}
	if runtimeName(cfg.Runtime) == "kafka" {
		logAttrs = append(logAttrs, "role", roleName(cfg.Role))
	}
	logger.Info("serving", logAttrs...)
	if cfg.Ready != nil {
		cfg.Ready(ln.Addr())
	}

	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	var failed error
	select {
	case err := <-served:
		return fmt.Errorf("server: %w", err)
	case failed = <-rt.failed:
		logger.Error("the runtime failed", "err", failed)
	case <-ctx.Done():
	}
	timeout := cfg.ShutdownTimeout
	if timeout == 0 {
		timeout = 10 * time.Second
	}
	shutdownCtx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	logger.Info("shutting down")
	if err := srv.Shutdown(shutdownCtx); err != nil {
		return fmt.Errorf("server: shutdown: %w", err)
	}
	if err := <-served; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("server: %w", err)
	}
	if failed != nil {
		return fmt.Errorf("server: %w", failed)
	}
	return nil
}

func runtimeName(name string) string {
	if name == "" {
		return "local"
	}
	return name
}

// opened is a started runtime.
type opened struct {
	// client serves the HTTP API; nil in a process of kafka workers only.
	client stateflow.Client
	// close stops the runtime.
	close func() error
	// failed receives an error when the runtime stops by itself; nil
	// when it cannot.
	failed <-chan error
}

// openRuntime starts the runtime cfg names for prog.
func openRuntime(ctx context.Context, cfg Config, prog *ir.Program, reg *prometheus.Registry, logger *slog.Logger) (*opened, error) {
	switch runtimeName(cfg.Runtime) {
	case "local":
		rt := local.New(prog)
		return &opened{client: rt, close: rt.Close}, nil
	case "kafka":
		return openKafka(ctx, cfg, prog, reg, logger)
	case "embedded":
		dir := cfg.DataDir
		if dir == "" {
			var err error
			if dir, err = DefaultDataDir(prog); err != nil {
				return nil, err
			}
		}
		logger.Info("opening the data directory", "dir", dir)
		opts := []embedded.Option{embedded.WithRegistry(reg), embedded.WithLogger(logger)}
		if cfg.TracerProvider != nil {
			opts = append(opts, embedded.WithTracerProvider(cfg.TracerProvider))
		}
		rt, err := embedded.Open(prog, dir, opts...)
		if err != nil {
			return nil, fmt.Errorf("server: %w", err)
		}
		return &opened{client: rt, close: rt.Close}, nil
	}
	return nil, fmt.Errorf("server: unknown runtime %q (this build has: %v)", cfg.Runtime, Runtimes)
}

// DefaultDataDir returns where the embedded runtime keeps prog's data by
// default: stateflow/<the program's package path> in the user's cache
// directory (os.UserCacheDir).
func DefaultDataDir(prog *ir.Program) (string, error) {
	cache, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("server: no default data directory (set one): %w", err)
	}
	name := prog.PkgPath
	if name == "" {
		name = prog.Name
	}
	return filepath.Join(cache, "stateflow", filepath.FromSlash(name)), nil
}
