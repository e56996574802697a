package engine

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/internal/testprog"
	"github.com/stateflow-go/stateflow/wire"
)

// miniRuntime is the smallest runtime with per-entity exclusivity: the loop
// of the package documentation plus Locks. Chains interleave one event at a
// time in FIFO order.
type miniRuntime struct {
	t       *testing.T
	router  *IngressRouter
	states  map[stateflow.Address][]byte
	locks   *Locks[[]byte]
	queue   [][]byte
	ready   [][]byte
	replies map[ID]Event
	trace   []string
	maxHeld int // the largest hold count seen
}

func newMini(t *testing.T) *miniRuntime {
	return &miniRuntime{t: t, router: NewIngressRouter(prog, 3), states: map[stateflow.Address][]byte{},
		locks: NewLocks[[]byte](), replies: map[ID]Event{}}
}

func (m *miniRuntime) submit(ev Event) ID {
	ev.ID = NewID()
	m.queue = append(m.queue, AppendEvent(nil, &ev))
	return ev.ID
}

func (m *miniRuntime) run() {
	var ev Event
	var out Outcome
	for len(m.ready)+len(m.queue) > 0 {
		var raw []byte
		if len(m.ready) > 0 {
			raw, m.ready = m.ready[0], m.ready[1:]
		} else {
			raw, m.queue = m.queue[0], m.queue[1:]
		}
		route, err := m.router.Route(raw, &ev)
		if err != nil {
			m.t.Fatal(err)
		}
		run, err := m.locks.Admit(&ev, route.Operator, raw)
		switch {
		case err != nil:
			out.Refuse(&ev, err)
		case !run:
			m.trace = append(m.trace, "wait "+ev.String())
			continue
		default:
			m.trace = append(m.trace, ev.String())
			state, exists := m.states[ev.Target]
			route.Operator.Step(&ev, state, exists, &out)
			if out.Err != nil {
				m.t.Fatalf("%s: %v", ev.String(), out.Err)
			}
			if out.Write {
				m.states[ev.Target] = bytes.Clone(out.State)
			}
			if err := m.locks.Apply(&ev, &out); err != nil {
				m.t.Fatal(err)
			}
			for _, h := range m.locks.Holds() {
				m.maxHeld = max(m.maxHeld, h.Count)
			}
		}
		for _, e := range append(out.Events, out.Reply) {
			if e.Kind == 0 {
				continue
			}
			dest, b := EgressRouter{}.Route(nil, &e)
			if dest == ToClient {
				r, _ := Decode(b)
				m.replies[r.ID] = r
			} else {
				m.queue = append(m.queue, b)
			}
		}
		if item, ok := m.locks.Next(ev.Target); ok {
			m.ready = append(m.ready, item)
		}
	}
	if m.locks.Parked() != 0 || len(m.locks.Holds()) != 0 {
		m.t.Fatalf("quiescent with %d parked events and holds %+v", m.locks.Parked(), m.locks.Holds())
	}
}

func (m *miniRuntime) put(a *testprog.Account) { m.states[acct(a.ID)] = encAccount(a) }

func (m *miniRuntime) account(key string) *testprog.Account {
	v, err := prog.Entity("Account").DecodeState(m.states[acct(key)])
	if err != nil {
		m.t.Fatal(err)
	}
	return v.(*testprog.Account)
}

func call(key, method string, args []byte) Event {
	return Event{Kind: Invoke, Target: acct(key), Method: method, Payload: args}
}

// Nested split calls of one chain on its own entity are admitted and
// counted; the results are plain Go's.
func TestChainNestedHolds(t *testing.T) {
	m := newMini(t)
	a, b := &testprog.Account{ID: "a", Balance: 100}, &testprog.Account{ID: "b"}
	m.put(a)
	m.put(b)
	id := m.submit(call("a", "PayTwice", refInt("b", 10)))
	m.run()
	if err := a.PayTwice(b, 10); err != nil {
		t.Fatal(err)
	}
	if r := m.replies[id]; r.Kind != Result || !bytes.Equal(m.states[acct("a")], encAccount(a)) || !bytes.Equal(m.states[acct("b")], encAccount(b)) {
		t.Errorf("reply %s, a %+v, b %+v; want %+v %+v", r.Kind, m.account("a"), m.account("b"), a, b)
	}
	if m.maxHeld != 2 {
		t.Errorf("largest hold count %d, want 2 (PayTwice, then Transfer and pay in it)", m.maxHeld)
	}
}

// A transfer and a deposit on the same account from two chains: the
// deposit waits until the transfer is over.
func TestChainExclusive(t *testing.T) {
	m := newMini(t)
	m.put(&testprog.Account{ID: "a", Balance: 100})
	m.put(&testprog.Account{ID: "b"})
	m.submit(call("a", "Transfer", refInt("b", 30)))
	dep := m.submit(call("a", "Deposit", wire.AppendInt(nil, 5)))
	m.run()
	want := []string{
		"Invoke Account/a.Transfer (3 bytes)",
		"wait Invoke Account/a.Deposit (1 bytes)",
		"Invoke Account/b.Deposit (1 bytes, stack 1)",
		"Result Account/a.Transfer (1 bytes, stack 1)",
		"Invoke Account/a.Deposit (1 bytes)",
	}
	if strings.Join(m.trace, "\n") != strings.Join(want, "\n") {
		t.Errorf("trace:\n%s\nwant:\n%s", strings.Join(m.trace, "\n"), strings.Join(want, "\n"))
	}
	if r := m.replies[dep]; !bytes.Equal(r.Payload, wire.AppendInt(nil, 75)) {
		t.Errorf("the deposit saw %x, want the balance after the transfer plus 5", r.Payload)
	}
}

// Two chains embracing each other's accounts: the wait that closes the
// cycle is refused, its chain fails, and the other finishes.
func TestChainDeadlock(t *testing.T) {
	m := newMini(t)
	m.put(&testprog.Account{ID: "a", Balance: 1})
	m.put(&testprog.Account{ID: "b", Balance: 2})
	ida := m.submit(call("a", "Embrace", refInt("b", 100)))
	idb := m.submit(call("b", "Embrace", refInt("a", 100)))
	m.run()
	errA, errB := ReplyError(ptr(m.replies[ida])), ReplyError(ptr(m.replies[idb]))
	if (errA == nil) == (errB == nil) {
		t.Fatalf("a: %v, b: %v; want one deadlock failure", errA, errB)
	}
	failed, failedKey, other := errA, "a", "b"
	if errB != nil {
		failed, failedKey, other = errB, "b", "a"
	}
	var oe *stateflow.OpError
	if !errors.As(failed, &oe) || oe.Key != failedKey || oe.Method != "Embrace" || !strings.HasPrefix(oe.Message, "deadlock: chain ") {
		t.Fatalf("failure %v", failed)
	}
	for _, s := range []string{"Account/a.Embrace", "Account/b.Embrace", "Account/" + other + ".Deposit", "Account/" + failedKey + ".Deposit"} {
		if !strings.Contains(oe.Message, s) {
			t.Errorf("%q does not name %s", oe.Message, s)
		}
	}
	if l, w := m.account(failedKey), m.account(other); !l.Busy || w.Busy {
		t.Errorf("loser %+v, winner %+v", l, w)
	}
}

func ptr(ev Event) *Event { return &ev }
