package embedded

import (
	"fmt"
	"io"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/engine"
	"github.com/stateflow-go/stateflow/ir"
	"github.com/stateflow-go/stateflow/store"
	"github.com/stateflow-go/stateflow/store/pebblestore"
)

// Runtime runs one program durably on one machine. It implements
// stateflow.Client and is safe for concurrent use.
type Runtime struct {
	prog    *ir.Program
	cfg     config
	log     *slog.Logger
	st      store.Store
	ingress *engine.IngressRouter
	egress  engine.EgressRouter
	parts   []*partition
	commits *committer
	calls   *callTable
	holds   *holds
	split   bool // the program has split operations: holds apply
	metrics *metrics
	now     func() time.Time

	outSeq  atomic.Uint64 // the last outbox sequence number used
	pending atomic.Int64  // events queued or executed but not yet committed

	mu      sync.Mutex // guards closing against request admission
	closing bool
	admit   sync.WaitGroup // requests between admission and queueing

	stop    chan struct{} // closed to stop the workers
	workers sync.WaitGroup
	err     atomic.Pointer[error] // the storage failure that stopped the runtime
	closed  chan struct{}         // closed when Close has finished
}

var _ stateflow.Client = (*Runtime)(nil)

// Open opens the data directory dir (creating it when missing or empty),
// recovers what a previous run left (pending events run again; replies
// kept for idempotency keys answer retries) and starts the runtime. A
// directory that cannot be read back exactly is an error naming the file;
// it is never reset.
func Open(prog *ir.Program, dir string, opts ...Option) (*Runtime, error) {
	c := defaults()
	for _, o := range opts {
		o(&c)
	}
	var popts []pebblestore.Option
	if c.logger != nil {
		popts = append(popts, pebblestore.WithLogger(c.logger))
	}
	st, err := pebblestore.Open(dir, popts...)
	if err != nil {
		return nil, fmt.Errorf("embedded: %w", err)
	}
	return New(prog, st, opts...)
}

// New starts the runtime on an open store, recovering what it holds like
// Open. The runtime owns st: it closes it on Close, and on error.
func New(prog *ir.Program, st store.Store, opts ...Option) (*Runtime, error) {
	c := defaults()
	for _, o := range opts {
		o(&c)
	}
	rt := &Runtime{
		prog:    prog,
		cfg:     c,
		log:     c.logger,
		st:      st,
		ingress: engine.NewIngressRouter(prog, c.partitions),
		calls:   newCallTable(),
		holds:   newHolds(),
		split:   prog.HasSplit(),
		now:     time.Now,
		stop:    make(chan struct{}),
		closed:  make(chan struct{}),
	}
	if rt.log == nil {
		rt.log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	rt.parts = make([]*partition, rt.ingress.Partitions())
	for i := range rt.parts {
		rt.parts[i] = newPartition(rt, i)
	}
	rt.commits = newCommitter(rt)
	rt.metrics = newMetrics(rt)
	if err := rt.recover(); err != nil {
		st.Close()
		return nil, fmt.Errorf("embedded: %w", err)
	}
	if c.registry != nil {
		if err := rt.metrics.register(c.registry); err != nil {
			st.Close()
			return nil, fmt.Errorf("embedded: registering metrics: %w", err)
		}
	}
	go rt.commits.run()
	rt.workers.Add(1)
	go rt.sweep()
	for _, p := range rt.parts {
		rt.workers.Add(1)
		go p.run()
		p.in.signal()
	}
	return rt, nil
}

// Close shuts the runtime down gracefully: it refuses new requests, lets
// the queued events run and commit (for at most the drain timeout), stops
// the workers, answers the requests still waiting with ErrClosed and
// closes the store. Events that did not run stay in the store and run
// after the next Open. Close returns the store's error, or the storage
// failure that stopped the runtime; closing twice returns nil.
func (rt *Runtime) Close() error {
	rt.mu.Lock()
	if rt.closing {
		rt.mu.Unlock()
		<-rt.closed
		return nil
	}
	rt.closing = true
	rt.mu.Unlock()
	defer close(rt.closed)

	rt.admit.Wait()
	rt.drain()
	close(rt.stop)
	rt.workers.Wait()
	close(rt.commits.in)
	<-rt.commits.done
	rt.calls.failAll(ErrClosed)
	if rt.cfg.registry != nil {
		rt.metrics.unregister(rt.cfg.registry)
	}
	err := rt.st.Close()
	if f := rt.failure(); f != nil {
		return f
	}
	if err != nil {
		return fmt.Errorf("embedded: closing the store: %w", err)
	}
	rt.log.Info("closed")
	return nil
}

// drain waits until every queued event has run and committed, the runtime
// failed, or the drain timeout passed.
func (rt *Runtime) drain() {
	deadline := rt.now().Add(rt.cfg.drainTimeout)
	for rt.pending.Load() > 0 && !rt.failed() {
		if rt.now().After(deadline) {
			rt.log.Warn("closing with events queued; they run after the next open", "events", rt.pending.Load())
			return
		}
		time.Sleep(time.Millisecond)
	}
}

// fail stops the runtime after a storage failure: nothing more commits,
// and every request fails with an error wrapping ErrFailed and err.
func (rt *Runtime) fail(err error) {
	wrapped := fmt.Errorf("%w: %w", ErrFailed, err)
	if rt.err.CompareAndSwap(nil, &wrapped) {
		rt.log.Error("runtime stopped", "err", err)
		rt.calls.failAll(wrapped)
	}
}

// failure returns the error that stopped the runtime, or nil.
func (rt *Runtime) failure() error {
	if p := rt.err.Load(); p != nil {
		return *p
	}
	return nil
}

func (rt *Runtime) failed() bool { return rt.err.Load() != nil }

// Holds returns the entities held by split operations in progress, which
// chain holds each, and which chains wait for it: the admin view of
// DESIGN §2.
func (rt *Runtime) Holds() []engine.HoldInfo { return rt.holds.list() }
