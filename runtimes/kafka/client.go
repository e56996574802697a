package kafka

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/engine"
	"github.com/stateflow-go/stateflow/ir"
	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kgo"
)

// ErrClosed is returned by calls on a closed Client or Runtime.
var ErrClosed = errors.New("kafka: closed")

// Client is an ingress node: a stateless stateflow.Client that produces
// each request to the requests topic and waits for its reply on the
// replies topic, which it reads whole (read_committed, so a reply arrives
// only once the transaction that produced it committed). Any number of
// clients can serve one program.
type Client struct {
	prog   *ir.Program
	cfg    Config
	topics topics
	log    *slog.Logger
	router *engine.IngressRouter
	prod   *kgo.Client
	cons   *kgo.Client

	mu      sync.Mutex
	waiting map[engine.ID][]chan reply
	closed  bool
	done    chan struct{}
	cancel  context.CancelFunc
}

var _ stateflow.Client = (*Client)(nil)

// reply is what a waiting call receives.
type reply struct {
	raw      []byte
	conflict bool
	err      error
}

// NewClient connects an ingress node for prog to the cluster of cfg. It
// creates the program's topics when they do not exist and starts reading
// replies from the current end of the replies topic.
func NewClient(ctx context.Context, prog *ir.Program, cfg Config) (*Client, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	if cfg.NodeID == "" {
		cfg.NodeID = "ingress-" + engine.NewID().Short()
	}
	if err := ensureTopics(ctx, cfg); err != nil {
		return nil, err
	}
	c := &Client{
		prog:    prog,
		cfg:     cfg,
		topics:  cfg.topics(),
		log:     cfg.Logger.With("node", cfg.NodeID),
		router:  engine.NewIngressRouter(prog, cfg.Partitions),
		waiting: make(map[engine.ID][]chan reply),
		done:    make(chan struct{}),
	}
	c.prod, err = kgo.NewClient(kgo.SeedBrokers(cfg.Brokers...), kgo.RecordPartitioner(kgo.ManualPartitioner()), kgo.ProducerLinger(0))
	if err != nil {
		return nil, fmt.Errorf("kafka: ingress producer: %w", err)
	}
	ends, err := kadm.NewClient(c.prod).ListEndOffsets(ctx, c.topics.replies)
	if err == nil {
		err = ends.Error()
	}
	if err != nil {
		c.prod.Close()
		return nil, fmt.Errorf("kafka: listing the end of %s: %w", c.topics.replies, err)
	}
	from := make(map[int32]kgo.Offset)
	ends.Each(func(o kadm.ListedOffset) { from[o.Partition] = kgo.NewOffset().At(o.Offset) })
	c.cons, err = kgo.NewClient(kgo.SeedBrokers(cfg.Brokers...),
		kgo.ConsumePartitions(map[string]map[int32]kgo.Offset{c.topics.replies: from}),
		kgo.FetchIsolationLevel(kgo.ReadCommitted()),
		kgo.FetchMaxWait(cfg.pollWait()))
	if err != nil {
		c.prod.Close()
		return nil, fmt.Errorf("kafka: ingress consumer: %w", err)
	}
	runCtx, cancel := context.WithCancel(context.Background())
	c.cancel = cancel
	go c.readReplies(runCtx)
	return c, nil
}

// Close stops the client; calls waiting for replies fail with ErrClosed.
func (c *Client) Close() error {
	c.mu.Lock()
	if c.closed {
		c.mu.Unlock()
		return nil
	}
	c.closed = true
	c.mu.Unlock()
	c.cancel()
	<-c.done
	c.cons.Close()
	c.prod.Close()
	c.mu.Lock()
	for id, chs := range c.waiting {
		for _, ch := range chs {
			ch <- reply{err: ErrClosed}
		}
		delete(c.waiting, id)
	}
	c.mu.Unlock()
	return nil
}

// readReplies hands every reply to the calls waiting for it.
func (c *Client) readReplies(ctx context.Context) {
	defer close(c.done)
	for {
		fetches := c.cons.PollFetches(ctx)
		if ctx.Err() != nil || fetches.IsClientClosed() {
			return
		}
		fetches.EachError(func(t string, p int32, err error) {
			c.log.Warn("fetching replies failed", "topic", t, "partition", p, "err", err)
		})
		fetches.EachRecord(func(rec *kgo.Record) {
			var id engine.ID
			if len(rec.Key) != len(id) {
				c.log.Error("reply skipped: its key is not a request ID", "partition", rec.Partition, "offset", rec.Offset)
				return
			}
			copy(id[:], rec.Key)
			c.mu.Lock()
			chs := c.waiting[id]
			delete(c.waiting, id)
			c.mu.Unlock()
			r := reply{raw: rec.Value}
			for _, h := range rec.Headers {
				if h.Key == conflictHeader {
					r.conflict = true
				}
			}
			for _, ch := range chs {
				ch <- r
			}
		})
	}
}

// Create runs entity's constructor with the encoded arguments and returns
// the new key.
func (c *Client) Create(ctx context.Context, entity string, args []byte) (string, error) {
	r, err := c.request(ctx, engine.Event{Kind: engine.Create, Target: stateflow.Address{Entity: entity}, Payload: args})
	if err != nil {
		return "", err
	}
	if err := engine.ExpectReply(&r, engine.Created); err != nil {
		return "", err
	}
	return r.Target.Key, nil
}

// Call invokes method on the entity at addr and returns the encoded results.
func (c *Client) Call(ctx context.Context, addr stateflow.Address, method string, args []byte) ([]byte, error) {
	r, err := c.request(ctx, engine.Event{Kind: engine.Invoke, Target: addr, Method: method, Payload: args})
	if err != nil {
		return nil, err
	}
	if err := engine.ExpectReply(&r, engine.Result); err != nil {
		return nil, err
	}
	return bytes.Clone(r.Payload), nil
}

// State returns the encoded state of the entity at addr.
func (c *Client) State(ctx context.Context, addr stateflow.Address) ([]byte, error) {
	r, err := c.request(ctx, engine.Event{Kind: engine.GetState, Target: addr})
	if err != nil {
		return nil, err
	}
	if err := engine.ExpectReply(&r, engine.State); err != nil {
		return nil, err
	}
	return bytes.Clone(r.Payload), nil
}

// request produces req and waits for its reply.
func (c *Client) request(ctx context.Context, req engine.Event) (engine.Event, error) {
	if err := ctx.Err(); err != nil {
		return engine.Event{}, err
	}
	if _, ok := ctx.Deadline(); !ok {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, c.cfg.RequestTimeout)
		defer cancel()
	}
	key := stateflow.IdempotencyKey(ctx)
	req.ID = requestID(key)
	part := idPartition(req.ID, c.cfg.Partitions)
	if key == "" {
		part = int32(c.router.RouteEvent(&req).Partition)
	}
	ch := make(chan reply, 1)
	c.mu.Lock()
	if c.closed {
		c.mu.Unlock()
		return engine.Event{}, ErrClosed
	}
	c.waiting[req.ID] = append(c.waiting[req.ID], ch)
	c.mu.Unlock()
	rec := &kgo.Record{Topic: c.topics.requests, Partition: part, Value: engine.AppendEvent(nil, &req)}
	c.prod.Produce(ctx, rec, func(_ *kgo.Record, err error) {
		if err != nil {
			c.deliver(req.ID, ch, reply{err: fmt.Errorf("kafka: producing the request: %w", err)})
		}
	})
	select {
	case r := <-ch:
		if r.err != nil {
			return engine.Event{}, r.err
		}
		if r.conflict {
			return engine.Event{}, fmt.Errorf("%w: key %q", stateflow.ErrIdempotencyConflict, key)
		}
		return engine.Decode(r.raw)
	case <-ctx.Done():
		c.leave(req.ID, ch)
		return engine.Event{}, ctx.Err()
	}
}

// deliver answers one waiting call, if it still waits.
func (c *Client) deliver(id engine.ID, ch chan reply, r reply) {
	if c.leave(id, ch) {
		ch <- r
	}
}

// leave removes ch from the calls waiting for id and reports whether it
// was there.
func (c *Client) leave(id engine.ID, ch chan reply) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	chs := c.waiting[id]
	for i, x := range chs {
		if x == ch {
			chs = append(chs[:i], chs[i+1:]...)
			if len(chs) == 0 {
				delete(c.waiting, id)
			} else {
				c.waiting[id] = chs
			}
			return true
		}
	}
	return false
}
