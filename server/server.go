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
var Runtimes = []string{"embedded", "local"}

// Config says how to serve a program.
type Config struct {
	// Runtime is the runtime's name; see Runtimes. Empty means "local",
	// which keeps nothing on disk; the command line's default is
	// "embedded".
	Runtime string
	// DataDir is the data directory of the embedded runtime; empty means
	// DefaultDataDir of the program.
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
}

// Run serves prog until ctx ends, then shuts down gracefully: it stops
// accepting requests, lets in-flight ones finish and closes the runtime.
func Run(ctx context.Context, prog *ir.Program, cfg Config) error {
	logger := cfg.Logger
	if logger == nil {
		logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	client, closeRuntime, err := openRuntime(cfg, prog, reg, logger)
	if err != nil {
		return err
	}
	defer func() {
		if err := closeRuntime(); err != nil {
			logger.Error("closing the runtime", "err", err)
		}
	}()
	opts := []ingress.Option{ingress.WithRegistry(reg), ingress.WithLogger(logger)}
	if cfg.TracerProvider != nil {
		opts = append(opts, ingress.WithTracerProvider(cfg.TracerProvider))
	}
	handler := ingress.Handler(prog, client, opts...)

	ln := cfg.Listener
	if ln == nil {
		if ln, err = net.Listen("tcp", cfg.Addr); err != nil {
			return fmt.Errorf("server: listen on %s: %w", cfg.Addr, err)
		}
	}
	srv := &http.Server{Handler: handler, ReadHeaderTimeout: 10 * time.Second}
	logger.Info("serving", "program", prog.PkgPath, "runtime", runtimeName(cfg.Runtime), "addr", ln.Addr().String())
	if cfg.Ready != nil {
		cfg.Ready(ln.Addr())
	}

	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	select {
	case err := <-served:
		return fmt.Errorf("server: %w", err)
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
	return nil
}

func runtimeName(name string) string {
	if name == "" {
		return "local"
	}
	return name
}

// openRuntime starts the runtime cfg names for prog.
func openRuntime(cfg Config, prog *ir.Program, reg *prometheus.Registry, logger *slog.Logger) (stateflow.Client, func() error, error) {
	switch runtimeName(cfg.Runtime) {
	case "local":
		rt := local.New(prog)
		return rt, rt.Close, nil
	case "embedded":
		dir := cfg.DataDir
		if dir == "" {
			var err error
			if dir, err = DefaultDataDir(prog); err != nil {
				return nil, nil, err
			}
		}
		logger.Info("opening the data directory", "dir", dir)
		opts := []embedded.Option{embedded.WithRegistry(reg), embedded.WithLogger(logger)}
		if cfg.TracerProvider != nil {
			opts = append(opts, embedded.WithTracerProvider(cfg.TracerProvider))
		}
		rt, err := embedded.Open(prog, dir, opts...)
		if err != nil {
			return nil, nil, fmt.Errorf("server: %w", err)
		}
		return rt, rt.Close, nil
	}
	return nil, nil, fmt.Errorf("server: unknown runtime %q (this build has: %v)", cfg.Runtime, Runtimes)
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
