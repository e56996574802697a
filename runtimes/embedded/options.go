package embedded

import (
	"log/slog"
	"runtime"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"go.opentelemetry.io/otel/trace"
)

// Option configures a Runtime.
type Option func(*config)

type config struct {
	partitions   int
	queueLimit   int
	cacheLimit   int
	roundLimit   int
	noSync       bool
	logger       *slog.Logger
	registry     prometheus.Registerer
	retention    time.Duration
	drainTimeout time.Duration
	groupLimit   int          // the most rounds one commit takes
	afterCommit  func()       // test hook: after each commit of the store
	tracer       trace.Tracer // nil: no spans
}

func defaults() config {
	return config{
		partitions:   max(4, runtime.GOMAXPROCS(0)),
		queueLimit:   10_000,
		cacheLimit:   100_000,
		roundLimit:   1024,
		groupLimit:   256,
		retention:    24 * time.Hour,
		drainTimeout: 10 * time.Second,
	}
}

// WithPartitions sets the number of partitions, each run by one worker
// (default: the larger of 4 and GOMAXPROCS). It may change between runs on
// the same data: states are stored by address, not by partition.
func WithPartitions(n int) Option { return func(c *config) { c.partitions = max(n, 1) } }

// WithQueueLimit bounds the client requests waiting in each partition's
// queue (default 10,000). A request beyond it fails at once with
// ErrOverloaded. Events between entities are never refused.
func WithQueueLimit(n int) Option { return func(c *config) { c.queueLimit = max(n, 1) } }

// WithCacheLimit bounds the number of entity states kept in memory, as
// encoded bytes, between steps (default 100,000, spread over the
// partitions). States beyond it are read back from the store.
func WithCacheLimit(n int) Option { return func(c *config) { c.cacheLimit = max(n, 0) } }

// WithNoSync commits without waiting for the disk: a crash of the machine
// (not of the process) may lose acknowledged requests. For tests and
// benchmarks; the default syncs every commit.
func WithNoSync() Option { return func(c *config) { c.noSync = true } }

// WithLogger sends the runtime's logs to l (default: discarded).
func WithLogger(l *slog.Logger) Option { return func(c *config) { c.logger = l } }

// WithRegistry registers the runtime's Prometheus metrics with reg (by
// default they are kept but not registered). See the package doc for the
// list.
func WithRegistry(reg prometheus.Registerer) Option { return func(c *config) { c.registry = reg } }

// WithReplyRetention sets how long the reply of a request made with an
// idempotency key is kept to answer retries (default 24 hours). A retry
// that comes later runs again.
func WithReplyRetention(d time.Duration) Option { return func(c *config) { c.retention = d } }

// WithDrainTimeout bounds how long Close lets queued events run before it
// stops the workers (default 10 seconds). Events still queued then are in
// the store and run after the next Open.
func WithDrainTimeout(d time.Duration) Option { return func(c *config) { c.drainTimeout = d } }
