package kafka

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"path/filepath"
	"slices"
	"strconv"
	"sync"

	"github.com/stateflow-go/stateflow/ir"
)

// Runtime runs a program's workers and an ingress client in one process:
// the form `stateflow run --runtime kafka` takes when it is not split into
// worker and ingress processes. It implements stateflow.Client.
type Runtime struct {
	*Client
	prog *ir.Program
	cfg  Config

	mu      sync.Mutex
	workers map[string]*running
	next    int
	closed  bool
}

// running is a worker of the runtime and how to stop it.
type running struct {
	w      *Worker
	cancel context.CancelFunc
	done   chan error
}

// Open starts n workers and an ingress client for prog on the cluster of
// cfg. With cfg.Dir set, worker i keeps its local store in Dir/worker-i.
func Open(ctx context.Context, prog *ir.Program, cfg Config, n int) (*Runtime, error) {
	if n < 1 {
		return nil, fmt.Errorf("kafka: worker count %d is not positive", n)
	}
	c, err := NewClient(ctx, prog, cfg)
	if err != nil {
		return nil, err
	}
	rt := &Runtime{Client: c, prog: prog, cfg: c.cfg, workers: make(map[string]*running)}
	for range n {
		if _, err := rt.AddWorker(ctx); err != nil {
			rt.Close()
			return nil, err
		}
	}
	return rt, nil
}

// AddWorker starts one more worker; the group moves some partitions to it.
// It returns the worker's ID.
func (rt *Runtime) AddWorker(ctx context.Context) (string, error) {
	rt.mu.Lock()
	if rt.closed {
		rt.mu.Unlock()
		return "", ErrClosed
	}
	rt.next++
	i := rt.next
	rt.mu.Unlock()
	cfg := rt.cfg
	cfg.WorkerID = rt.cfg.Topic + "-worker-" + strconv.Itoa(i)
	if rt.cfg.Dir != "" {
		cfg.Dir = filepath.Join(rt.cfg.Dir, "worker-"+strconv.Itoa(i))
	}
	w, err := NewWorker(ctx, rt.prog, cfg)
	if err != nil {
		return "", err
	}
	runCtx, cancel := context.WithCancel(context.Background())
	r := &running{w: w, cancel: cancel, done: make(chan error, 1)}
	go func() { r.done <- w.Run(runCtx) }()
	rt.mu.Lock()
	rt.workers[w.ID()] = r
	rt.mu.Unlock()
	return w.ID(), nil
}

// StopWorker stops the worker id gracefully: it leaves the group and the
// others take its partitions over.
func (rt *Runtime) StopWorker(id string) error {
	rt.mu.Lock()
	r := rt.workers[id]
	delete(rt.workers, id)
	rt.mu.Unlock()
	if r == nil {
		return fmt.Errorf("kafka: no worker %q", id)
	}
	r.cancel()
	return <-r.done
}

// Workers returns the IDs of the running workers.
func (rt *Runtime) Workers() []string {
	rt.mu.Lock()
	defer rt.mu.Unlock()
	return slices.Collect(maps.Keys(rt.workers))
}

// Close stops the workers and the client.
func (rt *Runtime) Close() error {
	rt.mu.Lock()
	if rt.closed {
		rt.mu.Unlock()
		return nil
	}
	rt.closed = true
	ws := rt.workers
	rt.workers = nil
	rt.mu.Unlock()
	var errs []error
	for _, r := range ws {
		r.cancel()
	}
	for _, r := range ws {
		if err := <-r.done; err != nil {
			errs = append(errs, err)
		}
	}
	errs = append(errs, rt.Client.Close())
	return errors.Join(errs...)
}
