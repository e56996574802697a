package protoactor

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"sync"
	"time"

	"github.com/asynkron/protoactor-go/actor"

	"github.com/stateflow-go/stateflow/bench/system"
)

// Name is the system's label.
const Name = "protoactor"

// defaultTimeout bounds an ask whose context has no deadline.
const defaultTimeout = 30 * time.Second

// System is the Proto.Actor peer. It implements system.Counters,
// system.Bank and system.Blobs.
type System struct {
	sys   *actor.ActorSystem
	root  *actor.RootContext
	props *actor.Props

	mu   sync.RWMutex
	pids map[string]*actor.PID // "<kind>/<key>" to the entity's actor
}

var (
	_ system.Counters = (*System)(nil)
	_ system.Bank     = (*System)(nil)
	_ system.Blobs    = (*System)(nil)
)

// New starts an actor system with no entities.
func New() *System {
	quiet := func(*actor.ActorSystem) *slog.Logger {
		return slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	sys := actor.NewActorSystem(actor.WithLoggerFactory(quiet))
	return &System{
		sys:   sys,
		root:  sys.Root,
		props: actor.PropsFromProducer(func() actor.Actor { return &entity{} }),
		pids:  make(map[string]*actor.PID),
	}
}

// Factory is the system.Factory of the Proto.Actor peer; it uses nothing of
// cfg.
func Factory(ctx context.Context, cfg system.Config) (system.System, error) {
	return New(), nil
}

// Name returns "protoactor".
func (s *System) Name() string { return Name }

// Close shuts the actor system down.
func (s *System) Close() error {
	s.sys.Shutdown()
	return nil
}

// spawn returns the actor of kind/key, spawning it when absent.
func (s *System) spawn(kind, key string) (*actor.PID, error) {
	name := kind + "/" + key
	s.mu.Lock()
	defer s.mu.Unlock()
	if pid := s.pids[name]; pid != nil {
		return pid, nil
	}
	pid, err := s.root.SpawnNamed(s.props, name)
	if err != nil {
		return nil, fmt.Errorf("protoactor: spawn %s: %w", name, err)
	}
	s.pids[name] = pid
	return pid, nil
}

func (s *System) lookup(kind, key string) (*actor.PID, error) {
	s.mu.RLock()
	pid := s.pids[kind+"/"+key]
	s.mu.RUnlock()
	if pid == nil {
		return nil, fmt.Errorf("protoactor: %s %q does not exist", kind, key)
	}
	return pid, nil
}

// ask sends msg to pid and waits for its reply, up to ctx's deadline.
func (s *System) ask(ctx context.Context, pid *actor.PID, msg any) (reply, error) {
	timeout := defaultTimeout
	if d, ok := ctx.Deadline(); ok {
		timeout = time.Until(d)
		if timeout <= 0 {
			return reply{}, ctx.Err()
		}
	}
	res, err := s.root.RequestFuture(pid, msg, timeout).Result()
	if err != nil {
		return reply{}, fmt.Errorf("protoactor: ask %s: %w", pid.Id, err)
	}
	r, ok := res.(reply)
	if !ok {
		return reply{}, fmt.Errorf("protoactor: ask %s: unexpected reply %T", pid.Id, res)
	}
	if r.err != nil {
		return r, fmt.Errorf("protoactor: %s: %w", pid.Id, r.err)
	}
	return r, nil
}

// create spawns, or resets, the entities of kind for keys.
func (s *System) create(ctx context.Context, kind string, keys []string, msg any) error {
	var errs []error
	for _, k := range keys {
		pid, err := s.spawn(kind, k)
		if err != nil {
			return err
		}
		if _, err := s.ask(ctx, pid, msg); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// call asks the entity kind/key.
func (s *System) call(ctx context.Context, kind, key string, msg any) (reply, error) {
	pid, err := s.lookup(kind, key)
	if err != nil {
		return reply{}, err
	}
	return s.ask(ctx, pid, msg)
}
