// Package system defines what a system under test offers the benchmark
// driver: the same workloads, written once against these interfaces, run on
// StateFlow's runtimes and on every peer.
package system

import "context"

// A System is one implementation under test, already started. It offers
// the workloads it implements as the interfaces below; the driver skips a
// workload a system does not implement and says so in the results.
type System interface {
	// Name is the system's label in tables and plots, such as
	// "stateflow-embedded" or "restate".
	Name() string
	// Close stops the system and releases everything it started.
	Close() error
}

// Counters is the single-entity update workload: durable counters, each an
// entity (object, actor, row) of its own.
type Counters interface {
	// CreateCounters creates one counter at zero for each key.
	CreateCounters(ctx context.Context, keys []string) error
	// Add adds delta to the counter key and returns its new value; the
	// update is durable when Add returns (for durable systems).
	Add(ctx context.Context, key string, delta int64) (int64, error)
	// Value returns the counter's current value.
	Value(ctx context.Context, key string) (int64, error)
}

// Bank is the transfer workload: money moves between accounts with
// per-account exclusivity, one remote hop per transfer.
type Bank interface {
	// OpenAccounts opens one account with balance for each key.
	OpenAccounts(ctx context.Context, keys []string, balance int64) error
	// Transfer moves amount from one account to another. It reports false,
	// and moves nothing, when from holds less than amount.
	Transfer(ctx context.Context, from, to string, amount int64) (bool, error)
	// Balance returns the account's current balance.
	Balance(ctx context.Context, key string) (int64, error)
}

// Blobs is the large-state workload: each entity holds size bytes of state
// and every Touch reads and writes it whole.
type Blobs interface {
	// CreateBlobs creates one entity per key holding size bytes of state.
	CreateBlobs(ctx context.Context, keys []string, size int) error
	// Touch changes one part of the entity's state and returns a checksum
	// of it, so the whole state must be loaded.
	Touch(ctx context.Context, key string) (int64, error)
}

// Config is what a system's constructor may use.
type Config struct {
	// Dir is a scratch directory the system may keep its data in; it is
	// removed after the run.
	Dir string
	// Tools is the directory where the setup script installed external
	// programs (the Restate server, PostgreSQL binaries).
	Tools string
	// PostgresURL is a connection string of a running PostgreSQL server,
	// empty when none is available.
	PostgresURL string
}

// Factory starts one system.
type Factory func(ctx context.Context, cfg Config) (System, error)
