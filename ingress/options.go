package ingress

import (
	"log/slog"

	"github.com/prometheus/client_golang/prometheus"
	"go.opentelemetry.io/otel/trace"
)

// DefaultMaxBodyBytes is the default limit on a request body: 1 MiB.
const DefaultMaxBodyBytes = 1 << 20

// Option configures Handler.
type Option func(*config)

type config struct {
	maxBody  int64
	logger   *slog.Logger
	registry *prometheus.Registry
	noAdmin  bool
	tracer   trace.Tracer // nil: no spans
}

// WithMaxBodyBytes limits request bodies to n bytes; a larger body is
// answered with 413. The default is DefaultMaxBodyBytes.
func WithMaxBodyBytes(n int64) Option { return func(c *config) { c.maxBody = n } }

// WithLogger sets the logger of requests: failures at level Error (5xx) or
// Info (4xx), every request at level Debug. The default discards.
func WithLogger(l *slog.Logger) Option { return func(c *config) { c.logger = l } }

// WithRegistry registers the handler's metrics on reg and serves reg at
// /metrics. By default each handler has a registry of its own.
func WithRegistry(reg *prometheus.Registry) Option { return func(c *config) { c.registry = reg } }

func newConfig(opts []Option) config {
	c := config{maxBody: DefaultMaxBodyBytes}
	for _, o := range opts {
		o(&c)
	}
	if c.logger == nil {
		c.logger = slog.New(slog.DiscardHandler)
	}
	if c.registry == nil {
		c.registry = prometheus.NewRegistry()
	}
	return c
}
