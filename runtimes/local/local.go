package local

import (
	"bytes"
	"context"
	"errors"
	"math/rand/v2"
	"sync"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/engine"
	"github.com/stateflow-go/stateflow/ir"
)

// ErrClosed reports a request made after Close, or one still running when
// Close was called.
var ErrClosed = errors.New("stateflow: runtime closed")

// Option configures a Runtime.
type Option func(*config)

type config struct {
	partitions int
	trace      func(engine.Event)
	manual     bool
	seed       uint64
	shuffle    bool
}

// WithPartitions sets the number of logical partitions the states are
// spread over (default 4). It changes nothing a client can observe; it
// exercises the routing.
func WithPartitions(n int) Option { return func(c *config) { c.partitions = n } }

// WithTrace calls fn with every event the runtime executes (or refuses),
// before it executes, in execution order. An event that waits for a held
// entity is traced when it runs. fn runs while the runtime executes
// events and must not call it; it must not modify the event's payload.
func WithTrace(fn func(engine.Event)) Option { return func(c *config) { c.trace = fn } }

// WithManualDrain makes execution explicit, for tests: requests are
// accepted and queued in the order in which they are made, and their
// events execute only inside Drain. Calls block until a Drain answers them,
// so a test makes them with CallAsync (or from goroutines) and then drains.
func WithManualDrain() Option { return func(c *config) { c.manual = true } }

// WithShuffle makes the runtime pick the next event at random among the
// queued ones, from a generator seeded with seed, instead of first come
// first served. It explores the interleavings of concurrent requests;
// with WithManualDrain, a seed replays one interleaving exactly. The
// events parked for a held entity still run in their arrival order.
func WithShuffle(seed uint64) Option { return func(c *config) { c.shuffle, c.seed = true, seed } }

// Runtime runs one program in process. It implements stateflow.Client and is
// safe for concurrent use.
type Runtime struct {
	ingress *engine.IngressRouter
	egress  engine.EgressRouter
	trace   func(engine.Event)
	manual  bool

	// turn holds a token while a goroutine executes events; it guards the
	// fields up to mu.
	turn  chan struct{}
	parts []map[stateflow.Address][]byte // encoded states by partition
	locks *engine.Locks[[]byte]          // holds, and the events parked for them
	rng   *rand.Rand                     // nil: first come first served
	ev    engine.Event
	out   engine.Outcome

	mu         sync.Mutex // guards the fields below
	closed     bool
	ready      [][]byte             // unparked events, run before the queue
	queue      [][]byte             // encoded events waiting to execute
	calls      map[engine.ID]*call  // client requests in flight, by chain
	replies    map[engine.ID]stored // replies to idempotent requests
	waiting    int                  // callers waiting for replies (not manual)
	background bool                 // a goroutine drains for callers that left
}

// stored is the reply kept for an idempotent request.
type stored struct {
	fingerprint [32]byte
	reply       []byte // the encoded reply
}

var _ stateflow.Client = (*Runtime)(nil)

// New returns a runtime for prog with no entities.
func New(prog *ir.Program, opts ...Option) *Runtime {
	c := config{partitions: 4}
	for _, o := range opts {
		o(&c)
	}
	r := &Runtime{
		ingress: engine.NewIngressRouter(prog, c.partitions),
		trace:   c.trace,
		manual:  c.manual,
		turn:    make(chan struct{}, 1),
		locks:   engine.NewLocks[[]byte](),
		calls:   make(map[engine.ID]*call),
		replies: make(map[engine.ID]stored),
	}
	if c.shuffle {
		r.rng = rand.New(rand.NewPCG(c.seed, c.seed^0x9e3779b97f4a7c15))
	}
	r.parts = make([]map[stateflow.Address][]byte, r.ingress.Partitions())
	for i := range r.parts {
		r.parts[i] = make(map[stateflow.Address][]byte)
	}
	return r
}

// Close drops every state; requests still running fail with ErrClosed, and
// later ones too. It waits for the events executing, if any, and always
// returns nil.
func (r *Runtime) Close() error {
	r.turn <- struct{}{}
	defer func() { <-r.turn }()
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.closed {
		return nil
	}
	r.closed = true
	for id, c := range r.calls {
		delete(r.calls, id)
		c.finish(nil, ErrClosed)
	}
	r.parts, r.replies, r.queue, r.ready = nil, nil, nil, nil
	return nil
}

// Create runs entity's constructor with the encoded arguments (or, for an
// entity without a constructor, stores the encoded state given as args) and
// returns the new key.
func (r *Runtime) Create(ctx context.Context, entity string, args []byte) (string, error) {
	c, err := r.submit(ctx, createEvent(entity, args))
	return createdKey(r.await(ctx, c, err))
}

// CreateAsync accepts a Create at once, in call order, and returns its
// future; the future's Get waits for the key.
func (r *Runtime) CreateAsync(ctx context.Context, entity string, args []byte) *stateflow.Future[string] {
	c, err := r.submit(ctx, createEvent(entity, args))
	return stateflow.Go(func() (string, error) { return createdKey(r.await(ctx, c, err)) })
}

func createEvent(entity string, args []byte) engine.Event {
	return engine.Event{Kind: engine.Create, Target: stateflow.Address{Entity: entity}, Payload: args}
}

func createdKey(reply engine.Event, err error) (string, error) {
	if err != nil {
		return "", err
	}
	if err := engine.ExpectReply(&reply, engine.Created); err != nil {
		return "", err
	}
	return reply.Target.Key, nil
}

// Call invokes method on the entity at addr and returns the encoded results.
func (r *Runtime) Call(ctx context.Context, addr stateflow.Address, method string, args []byte) ([]byte, error) {
	c, err := r.submit(ctx, invokeEvent(addr, method, args))
	return results(r.await(ctx, c, err))
}

// CallAsync accepts a Call at once, in call order, and returns its
// future; the future's Get waits for the results.
func (r *Runtime) CallAsync(ctx context.Context, addr stateflow.Address, method string, args []byte) *stateflow.Future[[]byte] {
	c, err := r.submit(ctx, invokeEvent(addr, method, args))
	return stateflow.Go(func() ([]byte, error) { return results(r.await(ctx, c, err)) })
}

func invokeEvent(addr stateflow.Address, method string, args []byte) engine.Event {
	return engine.Event{Kind: engine.Invoke, Target: addr, Method: method, Payload: args}
}

func results(reply engine.Event, err error) ([]byte, error) {
	if err != nil {
		return nil, err
	}
	if err := engine.ExpectReply(&reply, engine.Result); err != nil {
		return nil, err
	}
	return bytes.Clone(reply.Payload), nil
}

// State returns the encoded state of the entity at addr. It does not wait
// for a call chain holding the entity: it reads the state as last stored.
func (r *Runtime) State(ctx context.Context, addr stateflow.Address) ([]byte, error) {
	c, err := r.submit(ctx, engine.Event{Kind: engine.GetState, Target: addr})
	reply, err := r.await(ctx, c, err)
	if err != nil {
		return nil, err
	}
	if err := engine.ExpectReply(&reply, engine.State); err != nil {
		return nil, err
	}
	return bytes.Clone(reply.Payload), nil
}

// Holds returns the entities held by split operations in progress, which
// chain holds each, and which chains wait for it: the admin view of
// DESIGN §2. It waits for the events executing, if any.
func (r *Runtime) Holds() []engine.HoldInfo {
	r.turn <- struct{}{}
	defer func() { <-r.turn }()
	return r.locks.Holds()
}

// Drain executes queued events until none is left and returns how many it
// executed. With WithManualDrain it is the only way events execute;
// otherwise the callers waiting for replies drain the queue themselves.
func (r *Runtime) Drain() int {
	r.turn <- struct{}{}
	defer func() { <-r.turn }()
	return r.drain()
}
