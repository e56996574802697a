package kafka

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"slices"
	"sync"
	"time"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/engine"
	"github.com/stateflow-go/stateflow/ir"
	"github.com/stateflow-go/stateflow/store"
	"github.com/stateflow-go/stateflow/store/memstore"
	"github.com/stateflow-go/stateflow/store/pebblestore"
	"github.com/twmb/franz-go/pkg/kgo"
)

// Worker executes a program's events for the partitions the consumer
// group assigns it. Run it with Run; one process may run several.
type Worker struct {
	prog   *ir.Program
	cfg    Config
	topics topics
	log    *slog.Logger
	router *engine.IngressRouter
	egress engine.EgressRouter
	split  bool
	st     store.Store
	sess   *kgo.GroupTransactSession
	meter  *workerMetrics

	// assigned is what the group's callbacks last reported, applied by
	// the worker's loop between transactions.
	assignMu sync.Mutex
	assigned map[int32]bool
	changed  bool
	epoch    uint64 // counts the group's callbacks
	wakePoll context.CancelFunc
	// ownedAt is the epoch owned was taken at: a transaction that sees
	// another epoch at its end aborts, since the group moved partitions
	// while it ran.
	ownedAt uint64

	owned    map[int32]bool // the partitions this worker executes
	locks    *engine.Locks[item]
	holds    map[stateflow.Address]engine.HoldRecord
	waits    map[engine.ID]waiting // the parked events
	parkSeq  uint64                // the wait order of the last parked event
	queue    []item                // events to run in the current transaction
	restored []item                // parked events found free by rebuild: run next
	tx       *txn
	out      engine.Outcome
	key      []byte
	produced map[int32]int64 // changelog partition -> last offset produced in the transaction
	plain    *kgo.Client     // a producer outside transactions, for ticks and markers
	lastTick time.Time
	prodMu   sync.Mutex
	prodErr  error
}

// item is an event on its way to a step.
type item struct {
	ev    engine.Event
	route engine.Route
}

// NewWorker connects a worker for prog to the cluster of cfg, creating
// the program's topics when they do not exist. The worker joins the
// consumer group when Run starts.
func NewWorker(ctx context.Context, prog *ir.Program, cfg Config) (*Worker, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	if cfg.WorkerID == "" {
		cfg.WorkerID = "worker-" + engine.NewID().Short()
	}
	if err := ensureTopics(ctx, cfg); err != nil {
		return nil, err
	}
	w := &Worker{
		prog:     prog,
		cfg:      cfg,
		topics:   cfg.topics(),
		log:      cfg.Logger.With("worker", cfg.WorkerID),
		router:   engine.NewIngressRouter(prog, cfg.Partitions),
		split:    prog.HasSplit(),
		assigned: make(map[int32]bool),
		owned:    make(map[int32]bool),
		tx:       newTxn(),
		produced: make(map[int32]int64),
	}
	if cfg.Dir == "" {
		w.st = memstore.New()
	} else if w.st, err = pebblestore.Open(cfg.Dir, pebblestore.WithLogger(cfg.Logger)); err != nil {
		return nil, fmt.Errorf("kafka: worker %s: %w", cfg.WorkerID, err)
	}
	w.resetExecution()
	w.sess, err = kgo.NewGroupTransactSession(
		kgo.SeedBrokers(cfg.Brokers...),
		kgo.TransactionalID(cfg.WorkerID),
		kgo.ConsumerGroup(cfg.Group),
		kgo.ConsumeTopics(w.topics.requests, w.topics.internal),
		kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()),
		kgo.FetchIsolationLevel(kgo.ReadCommitted()),
		kgo.Balancers(kgo.RangeBalancer()),
		kgo.RecordPartitioner(kgo.ManualPartitioner()),
		kgo.ProducerLinger(0),
		kgo.TransactionTimeout(cfg.TransactionTimeout),
		kgo.FetchMaxWait(cfg.pollWait()),
		kgo.SessionTimeout(cfg.sessionTimeout()),
		kgo.HeartbeatInterval(cfg.sessionTimeout()/5),
		// A member that does not rejoin within this is dropped: a dead
		// worker must not hold a rebalance up for long.
		kgo.RebalanceTimeout(cfg.sessionTimeout()),
		kgo.OnPartitionsAssigned(w.onAssigned),
		kgo.OnPartitionsRevoked(w.onRevoked),
		kgo.OnPartitionsLost(w.onRevoked),
	)
	if err != nil {
		w.st.Close()
		return nil, fmt.Errorf("kafka: worker %s: %w", cfg.WorkerID, err)
	}
	// Take the transactional ID now: this fences an earlier incarnation of
	// the worker and aborts the transaction it left open, which would
	// otherwise hold its partitions until the transaction timeout.
	if _, _, err := w.sess.Client().ProducerID(ctx); err != nil {
		w.sess.Close()
		w.st.Close()
		return nil, fmt.Errorf("kafka: worker %s: taking its transactional ID: %w", cfg.WorkerID, err)
	}
	w.meter = newWorkerMetrics(cfg.Registry, cfg.WorkerID)
	return w, nil
}

// ID returns the worker's ID (its transactional ID).
func (w *Worker) ID() string { return w.cfg.WorkerID }

// Run executes events until ctx ends or the worker meets an error it
// cannot recover from; it then leaves the group, closes its connections
// and its local store. A worker runs once.
func (w *Worker) Run(ctx context.Context) error {
	defer w.st.Close()
	defer w.sess.Close()
	defer func() {
		if w.plain != nil {
			w.plain.Close()
		}
	}()
	defer w.meter.unregister()
	w.log.Info("worker started", "group", w.cfg.Group)
	for {
		if err := w.round(ctx); err != nil {
			if ctx.Err() != nil {
				w.log.Info("worker stopped")
				return nil
			}
			w.log.Error("worker failed", "err", err)
			return fmt.Errorf("kafka: worker %s: %w", w.cfg.WorkerID, err)
		}
	}
}

// Owned returns the partitions the worker executes now.
func (w *Worker) Owned() []int32 {
	w.assignMu.Lock()
	defer w.assignMu.Unlock()
	return slices.Collect(maps.Keys(w.assigned))
}

func (w *Worker) onAssigned(_ context.Context, _ *kgo.Client, added map[string][]int32) {
	w.log.Debug("assigned", "partitions", fmt.Sprint(added))
	w.assignMu.Lock()
	defer w.assignMu.Unlock()
	for _, ps := range added {
		for _, p := range ps {
			w.assigned[p] = true
		}
	}
	w.changed = true
	w.epoch++
	if w.wakePoll != nil {
		w.wakePoll()
	}
}

func (w *Worker) onRevoked(_ context.Context, _ *kgo.Client, lost map[string][]int32) {
	w.log.Debug("revoked", "partitions", fmt.Sprint(lost))
	w.assignMu.Lock()
	defer w.assignMu.Unlock()
	for topic, ps := range lost {
		if topic != w.topics.requests && topic != w.topics.internal {
			continue
		}
		for _, p := range ps {
			delete(w.assigned, p)
		}
	}
	w.changed = true
	w.epoch++
	if w.wakePoll != nil {
		w.wakePoll()
	}
}

// errStopped reports a worker whose context ended.
var errStopped = errors.New("worker stopped")

// assignmentMoved reports whether the group's callbacks ran since the
// worker took its assignment.
func (w *Worker) assignmentMoved() bool {
	w.assignMu.Lock()
	defer w.assignMu.Unlock()
	return w.epoch != w.ownedAt
}
