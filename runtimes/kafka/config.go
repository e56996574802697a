package kafka

import (
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Config says where a program's topics live and how its workers run. The
// workers and the ingress nodes of one deployment must agree on Brokers,
// Topic and Partitions.
type Config struct {
	// Brokers are the seed brokers of the Kafka cluster (host:port).
	Brokers []string
	// Topic is the prefix of the program's topics: Topic+".requests",
	// ".internal", ".replies" and ".changelog". Default "stateflow".
	Topic string
	// Partitions is the number of partitions of every topic, the key
	// groups entities hash to; the most workers that can share the load.
	// Default 8. It is fixed once the topics exist.
	Partitions int
	// ReplicationFactor of the topics created. Default 1.
	ReplicationFactor int
	// Group is the consumer group of the workers. Default Topic+".workers".
	Group string
	// Dir is where a worker keeps its local Pebble cache of the states of
	// the partitions it owns; the changelog topic is the source of truth,
	// so a lost directory costs only the time to restore it. Empty keeps
	// the cache in memory.
	Dir string
	// WorkerID names a worker; it is the worker's transactional ID (a
	// restarted worker with the same ID fences its earlier incarnation).
	// Default: a random ID.
	WorkerID string
	// NodeID names an ingress node in logs. Default: a random ID.
	NodeID string
	// ViaKafka sends every event between entities through the internal
	// topic, even between entities the same worker owns; by default such
	// events run in the same transaction without a round trip to Kafka.
	ViaKafka bool
	// MaxPoll is the most records a worker takes into one transaction.
	// Default 2,000.
	MaxPoll int
	// Logger receives the logs; default none.
	Logger *slog.Logger
	// Registry, when set, receives the Prometheus metrics.
	Registry prometheus.Registerer
	// SessionTimeout is how long the group waits for a silent worker
	// before it moves the worker's partitions to the others. Default 10 s.
	SessionTimeout time.Duration
	// TransactionTimeout is how long the cluster lets a worker's
	// transaction stay open: the longest a dead worker's partitions wait
	// unless a worker with the same WorkerID starts. Default 10 s.
	TransactionTimeout time.Duration
	// LockWaitTimeout is how long a call may wait for an entity held by
	// another call chain before it is refused as a presumed deadlock (a
	// cycle through other workers' entities cannot be detected). Default
	// 2 s.
	LockWaitTimeout time.Duration
	// RequestTimeout bounds how long an ingress call waits for its reply
	// when the caller's context has no deadline. Default 30 s.
	RequestTimeout time.Duration
}

// topics names the program's topics.
type topics struct {
	requests, internal, replies, changelog string
}

func (c *Config) topics() topics {
	return topics{
		requests:  c.Topic + ".requests",
		internal:  c.Topic + ".internal",
		replies:   c.Topic + ".replies",
		changelog: c.Topic + ".changelog",
	}
}

// withDefaults returns c with its defaults filled in, or an error naming
// the first setting that cannot work.
func (c Config) withDefaults() (Config, error) {
	if len(c.Brokers) == 0 {
		return c, errors.New("kafka: no brokers configured")
	}
	if c.Topic == "" {
		c.Topic = "stateflow"
	}
	if c.Partitions == 0 {
		c.Partitions = 8
	}
	if c.Partitions < 1 || c.Partitions > 1<<16 {
		return c, fmt.Errorf("kafka: partition count %d is out of range 1..65536", c.Partitions)
	}
	if c.ReplicationFactor == 0 {
		c.ReplicationFactor = 1
	}
	if c.Group == "" {
		c.Group = c.Topic + ".workers"
	}
	if c.MaxPoll <= 0 {
		c.MaxPoll = 2000
	}
	if c.RequestTimeout <= 0 {
		c.RequestTimeout = 30 * time.Second
	}
	if c.SessionTimeout <= 0 {
		c.SessionTimeout = 10 * time.Second
	}
	if c.TransactionTimeout <= 0 {
		c.TransactionTimeout = 10 * time.Second
	}
	if c.LockWaitTimeout <= 0 {
		c.LockWaitTimeout = 2 * time.Second
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	return c, nil
}

func (c *Config) sessionTimeout() time.Duration { return c.SessionTimeout }

// pollWait is how long a fetch waits at the broker for records.
func (c *Config) pollWait() time.Duration { return 250 * time.Millisecond }
