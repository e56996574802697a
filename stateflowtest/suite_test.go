package stateflowtest

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"testing"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/internal/testprog"
)

func TestSuitePassesOnLocal(t *testing.T) {
	for _, s := range scenarios {
		if failed := runRecorded(t, s, func(c stateflow.Client) stateflow.Client { return c }); failed != "" {
			t.Errorf("%s fails on the local runtime: %s", s.name, failed)
		}
	}
}

// The suite must catch a runtime that gets things wrong.
func TestSuiteCatchesFaults(t *testing.T) {
	faults := []struct {
		name     string
		wrap     func(stateflow.Client) stateflow.Client
		catchers []string // scenarios that must fail
	}{
		{"ignores idempotency keys", func(c stateflow.Client) stateflow.Client { return forgetKeys{c} },
			[]string{"IdempotentRetries", "IdempotentCreate", "IdempotentFailure", "IdempotencyConflict"}},
		{"runs calls twice", func(c stateflow.Client) stateflow.Client { return twice{c} },
			[]string{"Calls", "ConcurrentCallsOnOneKey", "SplitRemoteCall", "SplitNested"}},
		{"hides operation errors", func(c stateflow.Client) stateflow.Client { return hideErrors{c} },
			[]string{"ErrorKeepsChanges", "PanicLeavesStateUnchanged", "CreateConstructorError", "NotFound",
				"SplitRemoteCall", "SplitCalleePanic", "SplitRemoteCreate", "SplitFailedStep", "Deadlock"}},
	}
	for _, f := range faults {
		t.Run(f.name, func(t *testing.T) {
			for _, name := range f.catchers {
				s := scenarioNamed(t, name)
				if runRecorded(t, s, f.wrap) == "" {
					t.Errorf("scenario %s passes on a runtime that %s", name, f.name)
				}
			}
		})
	}
}

func scenarioNamed(t *testing.T, name string) scenario {
	for _, s := range scenarios {
		if s.name == name {
			return s
		}
	}
	t.Fatalf("no scenario %s", name)
	return scenario{}
}

// runRecorded runs one scenario on a wrapped local client with a recording
// TB, and returns its first failure, or "".
func runRecorded(t *testing.T, s scenario, wrap func(stateflow.Client) stateflow.Client) string {
	rec := &recorder{TB: t}
	prog := testprog.Program()
	e := &env{TB: rec, c: wrap(NewLocal(t, prog)), prog: prog, ctx: t.Context()}
	done := make(chan struct{})
	go func() {
		defer close(done)
		s.run(e)
	}()
	<-done
	return rec.first()
}

// recorder is a testing.TB that records failures instead of reporting them.
type recorder struct {
	testing.TB
	mu   sync.Mutex
	msgs []string
}

func (r *recorder) Helper() {}
func (r *recorder) Errorf(format string, args ...any) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.msgs = append(r.msgs, fmt.Sprintf(format, args...))
}
func (r *recorder) Error(args ...any) { r.Errorf("%s", fmt.Sprint(args...)) }
func (r *recorder) Fatalf(format string, args ...any) {
	r.Errorf(format, args...)
	runtime.Goexit()
}
func (r *recorder) Fatal(args ...any) { r.Fatalf("%s", fmt.Sprint(args...)) }
func (r *recorder) first() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.msgs) == 0 {
		return ""
	}
	return r.msgs[0]
}

// forgetKeys drops the idempotency key of every request.
type forgetKeys struct{ stateflow.Client }

func (c forgetKeys) Create(ctx context.Context, entity string, args []byte) (string, error) {
	return c.Client.Create(ctxWithoutKey(ctx), entity, args)
}
func (c forgetKeys) Call(ctx context.Context, a stateflow.Address, m string, args []byte) ([]byte, error) {
	return c.Client.Call(ctxWithoutKey(ctx), a, m, args)
}

func ctxWithoutKey(ctx context.Context) context.Context {
	return stateflow.WithIdempotencyKey(ctx, "")
}

// twice runs every call two times.
type twice struct{ stateflow.Client }

func (c twice) Call(ctx context.Context, a stateflow.Address, m string, args []byte) ([]byte, error) {
	c.Client.Call(ctx, a, m, args)
	return c.Client.Call(ctx, a, m, args)
}

// hideErrors answers failed calls and creates as if they succeeded.
type hideErrors struct{ stateflow.Client }

func (c hideErrors) Create(ctx context.Context, entity string, args []byte) (string, error) {
	key, err := c.Client.Create(ctx, entity, args)
	if _, ok := err.(*stateflow.OpError); ok {
		return "", nil
	}
	return key, err
}
func (c hideErrors) Call(ctx context.Context, a stateflow.Address, m string, args []byte) ([]byte, error) {
	res, err := c.Client.Call(ctx, a, m, args)
	if err != nil && !isArgError(err) {
		return nil, nil
	}
	return res, err
}

func isArgError(err error) bool { _, ok := err.(*stateflow.ArgError); return ok }
