package overhead

import (
	"testing"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/engine"
	"github.com/stateflow-go/stateflow/internal/overhead/entities"
)

// system runs events through the engine the way a runtime does: ingress
// router, hold bookkeeping, Operator.Step, state store and egress router,
// until the chain's reply leaves for the client.
type system struct {
	router *engine.IngressRouter
	egress engine.EgressRouter
	locks  *engine.Locks[[]byte]
	states map[stateflow.Address][]byte
	ev     engine.Event
	out    engine.Outcome
	queue  [][]byte
	reply  []byte
}

func newSystem() *system {
	return &system{
		router: engine.NewIngressRouter(entities.StateflowProgram(), 16),
		locks:  engine.NewLocks[[]byte](),
		states: map[stateflow.Address][]byte{},
	}
}

// put stores the encoded state of an entity.
func (s *system) put(tb testing.TB, entity string, state any) stateflow.Address {
	e := entities.StateflowProgram().Entity(entity)
	addr := stateflow.Address{Entity: entity, Key: e.Key(state)}
	s.states[addr] = e.EncodeState(nil, state)
	return addr
}

// traced is one event a chain executed and the state it executed against.
type traced struct {
	raw    []byte
	state  []byte
	exists bool
	// client marks the reply that left for the client: it was encoded
	// but not executed.
	client bool
}

// run executes the chain started by the encoded request first and returns
// the number of steps. With trace set it also returns a copy of every event
// and state the chain saw.
func (s *system) run(tb testing.TB, first []byte, trace bool) (steps int, tr []traced) {
	s.queue = append(s.queue[:0], first)
	for len(s.queue) > 0 {
		raw := s.queue[0]
		s.queue = s.queue[1:]
		route, err := s.router.Route(raw, &s.ev)
		if err != nil {
			tb.Fatal(err)
		}
		if run, err := s.locks.Admit(&s.ev, route.Operator, raw); !run || err != nil {
			tb.Fatalf("%s not admitted: %v", &s.ev, err)
		}
		state, exists := s.states[s.ev.Target]
		if trace {
			tr = append(tr, traced{raw: clone(raw), state: clone(state), exists: exists})
		}
		route.Operator.Step(&s.ev, state, exists, &s.out)
		steps++
		if s.out.Err != nil {
			tb.Fatalf("%s: %v", &s.ev, s.out.Err)
		}
		if s.out.Write {
			s.states[s.ev.Target] = append(state[:0], s.out.State...)
		}
		if err := s.locks.Apply(&s.ev, &s.out); err != nil {
			tb.Fatal(err)
		}
		for i := range s.out.Events {
			_, e := s.egress.Route(nil, &s.out.Events[i])
			s.queue = append(s.queue, e)
		}
		if s.out.HasReply() {
			dest, e := s.egress.Route(s.reply[:0], &s.out.Reply)
			if dest == engine.ToSystem {
				s.queue = append(s.queue, clone(e))
				continue
			}
			s.reply = e
			if trace {
				tr = append(tr, traced{raw: clone(e), client: true})
			}
			if s.out.Reply.Kind != engine.Result {
				tb.Fatalf("reply %s: %q", s.out.Reply.Kind, s.out.Reply.Payload)
			}
		}
	}
	return steps, tr
}

func clone(b []byte) []byte {
	if b == nil {
		return nil
	}
	return append([]byte(nil), b...)
}

// request encodes a client's Invoke.
func request(addr stateflow.Address, method string, args []byte) []byte {
	ev := engine.Event{ID: engine.NewID(), Kind: engine.Invoke, Target: addr, Method: method, Payload: args}
	return engine.AppendEvent(nil, &ev)
}
