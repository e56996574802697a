package engine

import (
	"testing"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/internal/testprog"
	"github.com/stateflow-go/stateflow/wire"
)

// benchPath runs one encoded event through the ingress router, the operator
// and the egress router, as a runtime does for every event.
func benchPath(b *testing.B, method string, args []byte) {
	router := NewIngressRouter(prog, 16)
	var egress EgressRouter
	state := encItem(jeans())
	req := Event{ID: NewID(), Kind: Invoke, Target: stateflow.Address{Entity: "Item", Key: "jeans"}, Method: method, Payload: args}
	raw := AppendEvent(nil, &req)
	var (
		ev  Event
		out Outcome
		buf []byte
	)
	b.ReportAllocs()
	for b.Loop() {
		route, err := router.Route(raw, &ev)
		if err != nil {
			b.Fatal(err)
		}
		route.Operator.Step(&ev, state, true, &out)
		if out.Reply.Kind != Result {
			b.Fatalf("reply %s", out.Reply.Kind)
		}
		var dest Destination
		dest, buf = egress.Route(buf[:0], &out.Reply)
		if dest != ToClient {
			b.Fatalf("destination %s", dest)
		}
	}
}

// BenchmarkEventPathReadonly: Item.EnoughStock, which does not write.
func BenchmarkEventPathReadonly(b *testing.B) { benchPath(b, "EnoughStock", nil) }

// BenchmarkEventPathWrite: Item.SetStock, which changes and re-encodes the
// state (the state passed in has a stock of 5, so every step writes).
func BenchmarkEventPathWrite(b *testing.B) { benchPath(b, "SetStock", wire.AppendInt(nil, 7)) }

// BenchmarkEventPathTake: Item.Take, with arguments, a result and a write.
func BenchmarkEventPathTake(b *testing.B) { benchPath(b, "Take", wire.AppendInt(nil, 1)) }

func BenchmarkDecode(b *testing.B) {
	ev := sampleEvent()
	raw := AppendEvent(nil, &ev)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Decode(raw); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSplitResume: one resume of Account.Transfer (decode the top
// record and the frame, run the step, re-encode the state, reply to the
// client), through the routers, with a deeper stack below it that is never
// decoded.
func BenchmarkSplitResume(b *testing.B) {
	router := NewIngressRouter(prog, 16)
	var egress EgressRouter
	state := encAccount(&testprog.Account{ID: "a", Balance: 1 << 40})
	below := record(acct("z"), "Outer", 3, make([]byte, 1000))
	reply := Event{ID: NewID(), Kind: Result, Target: acct("a"), Method: "Transfer", Payload: wire.AppendInt(nil, 5),
		Stack: [][]byte{below, below, record(acct("a"), "Transfer", 1, wire.AppendInt(nil, 5))}}
	raw := AppendEvent(nil, &reply)
	var (
		ev  Event
		out Outcome
		buf []byte
	)
	b.ReportAllocs()
	for b.Loop() {
		route, err := router.Route(raw, &ev)
		if err != nil {
			b.Fatal(err)
		}
		route.Operator.Step(&ev, state, true, &out)
		if out.Reply.Kind != Result || out.Hold != HoldRelease {
			b.Fatalf("reply %s hold %v", out.Reply.Kind, out.Hold)
		}
		_, buf = egress.Route(buf[:0], &out.Reply)
	}
}

// BenchmarkSplitTransfer: a whole Account.Transfer chain of three events
// (entry, the callee's deposit, the resume) with hold bookkeeping.
func BenchmarkSplitTransfer(b *testing.B) {
	router := NewIngressRouter(prog, 16)
	var egress EgressRouter
	locks := NewLocks[[]byte]()
	states := map[stateflow.Address][]byte{
		acct("a"): encAccount(&testprog.Account{ID: "a", Balance: 1 << 40}),
		acct("b"): encAccount(&testprog.Account{ID: "b"}),
	}
	req := Event{ID: NewID(), Kind: Invoke, Target: acct("a"), Method: "Transfer", Payload: refInt("b", 1)}
	first := AppendEvent(nil, &req)
	var (
		ev    Event
		out   Outcome
		queue [][]byte
	)
	b.ReportAllocs()
	for b.Loop() {
		queue = append(queue[:0], first)
		for len(queue) > 0 {
			raw := queue[0]
			queue = queue[1:]
			route, err := router.Route(raw, &ev)
			if err != nil {
				b.Fatal(err)
			}
			if run, err := locks.Admit(&ev, route.Operator, raw); !run || err != nil {
				b.Fatalf("not admitted: %v", err)
			}
			route.Operator.Step(&ev, states[ev.Target], true, &out)
			if out.Write {
				states[ev.Target] = append(states[ev.Target][:0], out.State...)
			}
			locks.Apply(&ev, &out)
			for i := range out.Events {
				_, e := egress.Route(nil, &out.Events[i])
				queue = append(queue, e)
			}
			if out.HasReply() {
				if dest, e := egress.Route(nil, &out.Reply); dest == ToSystem {
					queue = append(queue, e)
				}
			}
		}
	}
}
