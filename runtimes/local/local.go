package local

import (
	"bytes"
	"context"
	"errors"
	"fmt"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/engine"
	"github.com/stateflow-go/stateflow/ir"
)

// ErrClosed reports a request made after Close.
var ErrClosed = errors.New("stateflow: runtime closed")

// Option configures a Runtime.
type Option func(*config)

type config struct {
	partitions int
	trace      func(engine.Event)
}

// WithPartitions sets the number of logical partitions the states are
// spread over (default 4). It changes nothing a client can observe; it
// exercises the routing.
func WithPartitions(n int) Option { return func(c *config) { c.partitions = n } }

// WithTrace calls fn with every event the ingress router decodes, before the
// event executes, in execution order. fn runs while the runtime is busy and
// must not call it; it must not modify the event's payload.
func WithTrace(fn func(engine.Event)) Option { return func(c *config) { c.trace = fn } }

// Runtime runs one program in process. It implements stateflow.Client and is
// safe for concurrent use.
type Runtime struct {
	ingress *engine.IngressRouter
	egress  engine.EgressRouter
	trace   func(engine.Event)

	// turn holds a token while one request runs; it serializes execution
	// and guards every field below.
	turn chan struct{}

	closed  bool
	parts   []map[stateflow.Address][]byte // encoded states by partition
	replies map[engine.ID]stored           // replies to idempotent requests
	queue   [][]byte                       // encoded events waiting to execute
	ev      engine.Event
	out     engine.Outcome
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
		turn:    make(chan struct{}, 1),
		replies: make(map[engine.ID]stored),
	}
	r.parts = make([]map[stateflow.Address][]byte, r.ingress.Partitions())
	for i := range r.parts {
		r.parts[i] = make(map[stateflow.Address][]byte)
	}
	return r
}

// Close drops every state; later requests fail with ErrClosed. It waits for
// the request that is running, if any, and always returns nil.
func (r *Runtime) Close() error {
	r.turn <- struct{}{}
	defer func() { <-r.turn }()
	r.closed, r.parts, r.replies = true, nil, nil
	return nil
}

// Create runs entity's constructor with the encoded arguments (or, for an
// entity without a constructor, stores the encoded state given as args) and
// returns the new key.
func (r *Runtime) Create(ctx context.Context, entity string, args []byte) (string, error) {
	reply, err := r.request(ctx, engine.Event{Kind: engine.Create, Target: stateflow.Address{Entity: entity}, Payload: args})
	if err != nil {
		return "", err
	}
	if err := expect(&reply, engine.Created); err != nil {
		return "", err
	}
	return reply.Target.Key, nil
}

// Call invokes method on the entity at addr and returns the encoded results.
func (r *Runtime) Call(ctx context.Context, addr stateflow.Address, method string, args []byte) ([]byte, error) {
	reply, err := r.request(ctx, engine.Event{Kind: engine.Invoke, Target: addr, Method: method, Payload: args})
	if err != nil {
		return nil, err
	}
	if err := expect(&reply, engine.Result); err != nil {
		return nil, err
	}
	return bytes.Clone(reply.Payload), nil
}

// State returns the encoded state of the entity at addr.
func (r *Runtime) State(ctx context.Context, addr stateflow.Address) ([]byte, error) {
	reply, err := r.request(ctx, engine.Event{Kind: engine.GetState, Target: addr})
	if err != nil {
		return nil, err
	}
	if err := expect(&reply, engine.State); err != nil {
		return nil, err
	}
	return bytes.Clone(reply.Payload), nil
}

// expect returns the error a reply stands for, or an error when a
// successful reply is not of the kind the request calls for.
func expect(reply *engine.Event, kind engine.Kind) error {
	if err := engine.ReplyError(reply); err != nil {
		return err
	}
	if reply.Kind != kind {
		return fmt.Errorf("local: %s answered with %s, want %s", reply.Target, reply.Kind, kind)
	}
	return nil
}
