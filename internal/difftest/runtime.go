package difftest

import (
	"context"
	"errors"
	"fmt"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/engine"
	"github.com/stateflow-go/stateflow/ir"
	"github.com/stateflow-go/stateflow/runtimes/local"
)

// logItem is a note the program recorded or an event the runtime traced,
// in the order they happened.
type logItem struct {
	note  string
	event *tracedEvent
}

type tracedEvent struct {
	kind   engine.Kind
	target stateflow.Address
	method string
	text   string
}

// runtimeWorld runs a scenario through the local runtime.
type runtimeWorld struct {
	p    *Program
	prog *ir.Program
	c    stateflow.Client
	// log collects the notes and events of the running step.
	log []logItem
	// created holds the addresses of the Create events with a key: the
	// entities the runtime may hold.
	created map[stateflow.Address]bool
}

// newRuntimeWorld starts a local runtime for prog. wrap, if not nil, wraps
// its client (the self-test uses it to break the runtime on purpose).
func newRuntimeWorld(p *Program, prog *ir.Program, wrap func(stateflow.Client) stateflow.Client) (*runtimeWorld, func()) {
	w := &runtimeWorld{p: p, prog: prog, created: map[stateflow.Address]bool{}}
	rt := local.New(prog, local.WithTrace(w.traceEvent))
	w.c = rt
	if wrap != nil {
		w.c = wrap(rt)
	}
	return w, func() { rt.Close() }
}

// traceEvent records an event after the notes recorded before it.
func (w *runtimeWorld) traceEvent(ev engine.Event) {
	w.flushNotes()
	w.log = append(w.log, logItem{event: &tracedEvent{kind: ev.Kind, target: ev.Target, method: ev.Method, text: ev.String()}})
	if ev.Kind == engine.Create && ev.Target.Key != "" {
		w.created[ev.Target] = true
	}
}

func (w *runtimeWorld) flushNotes() {
	if w.p.TakeNotes == nil {
		return
	}
	for _, n := range w.p.TakeNotes() {
		w.log = append(w.log, logItem{note: n})
	}
}

// run runs one step. A non-nil error is a scenario error.
func (w *runtimeWorld) run(ctx context.Context, st *Step) (outcome, error) {
	w.log = w.log[:0]
	defer w.flushNotes()
	e := w.prog.Entity(st.Entity)
	if e == nil {
		return outcome{}, fmt.Errorf("no entity %s", st.Entity)
	}
	switch st.Kind {
	case StepCreate, StepNew:
		var data []byte
		var err error
		if st.Kind == StepCreate {
			data, err = stateArg(e, st.Body)
		} else if e.Constructor == nil {
			err = fmt.Errorf("entity %s has no constructor", st.Entity)
		} else {
			data, err = ctorArgs(e.Constructor, st.Args)
		}
		if err != nil {
			return outcome{}, err
		}
		key, err := w.c.Create(ctx, st.Entity, data)
		if err != nil {
			return outcome{err: clientError(err)}, nil
		}
		return keyOutcome(key), nil
	case StepCall:
		m := e.Method(st.Method)
		if m == nil {
			return outcome{}, fmt.Errorf("entity %s has no operation %s", st.Entity, st.Method)
		}
		data, err := callArgs(m, st.Body)
		if err != nil {
			return outcome{}, err
		}
		res, err := w.c.Call(ctx, st.Addr(), st.Method, data)
		if err != nil {
			return outcome{err: clientError(err)}, nil
		}
		return outcome{result: res, show: showJSON(resultsType(m), res)}, nil
	}
	return outcome{}, fmt.Errorf("unknown step kind %d", st.Kind)
}

// notes returns the notes of the last step.
func (w *runtimeWorld) notes() []string {
	var out []string
	for _, it := range w.log {
		if it.event == nil {
			out = append(out, it.note)
		}
	}
	return out
}

// events returns the events of the last step as text.
func (w *runtimeWorld) events() []string {
	var out []string
	for _, it := range w.log {
		if it.event != nil {
			out = append(out, it.event.text)
		}
	}
	return out
}

// checkEvents requires every Invoke event whose execution began to be
// followed by the entry note of its target and method: the note is the
// first statement of every instrumented method. An Invoke answered without
// running the method (a missing entity, say) is followed by another event.
func (w *runtimeWorld) checkEvents() error {
	for i, it := range w.log {
		if it.event == nil || it.event.kind != engine.Invoke || i+1 == len(w.log) {
			continue
		}
		next := w.log[i+1]
		if next.event != nil {
			continue
		}
		ev := it.event
		want := enterNote(ev.target.Entity, ev.method, ev.target.Key)
		if next.note != want {
			return fmt.Errorf("event %s was followed by the note %q, want %q", ev.text, next.note, want)
		}
	}
	return nil
}

// enterNote is the note an instrumented method records at its entry.
func enterNote(entity, method, key string) string {
	return "enter " + entity + "." + method + " " + key
}

// state returns the encoded state the runtime holds for addr, or nil.
func (w *runtimeWorld) state(ctx context.Context, addr stateflow.Address) ([]byte, error) {
	b, err := w.c.State(ctx, addr)
	if errors.Is(err, stateflow.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("state of %s: %w", addr, err)
	}
	if b == nil {
		b = []byte{}
	}
	return b, nil
}

// clientError normalises an error of the runtime's client like the plain
// side's outcomes.
func clientError(err error) string {
	var op *stateflow.OpError
	switch {
	case errors.As(err, &op):
		if op.Panic {
			return "panic: " + op.Message
		}
		return "error: " + op.Message
	case errors.Is(err, stateflow.ErrNotFound):
		return "not found"
	case errors.Is(err, stateflow.ErrExists):
		return "exists"
	case errors.Is(err, stateflow.ErrBadRequest):
		return "bad arguments: " + err.Error()
	}
	return "failure: " + err.Error()
}
