package engine

import (
	"testing"

	"github.com/stateflow-go/stateflow"
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
