package engine

import (
	"hash/fnv"
	"testing"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/internal/testprog"
)

func TestPartitionIsFNV1a(t *testing.T) {
	for _, a := range []stateflow.Address{{Entity: "Item", Key: "jeans"}, {Entity: "User", Key: "u1"}, {}, {Entity: "It", Key: "emjeans"}} {
		h := fnv.New64a()
		h.Write([]byte(a.Entity))
		h.Write([]byte{0})
		h.Write([]byte(a.Key))
		for _, n := range []int{1, 2, 7, 64} {
			if got, want := Partition(a, n), int(h.Sum64()%uint64(n)); got != want {
				t.Errorf("Partition(%v, %d) = %d, want %d", a, n, got, want)
			}
		}
	}
	if Partition(stateflow.Address{Entity: "Item", Key: "x"}, 0) != 0 {
		t.Error("Partition with n = 0 is not 0")
	}
}

func TestPartitionSpreads(t *testing.T) {
	const n = 4
	seen := make([]int, n)
	for i := range 400 {
		seen[Partition(stateflow.Address{Entity: "User", Key: "u" + string(rune('a'+i%26)) + string(rune('a'+i/26))}, n)]++
	}
	for p, c := range seen {
		if c < 50 {
			t.Errorf("partition %d got %d of 400 keys", p, c)
		}
	}
}

func TestIngressRoute(t *testing.T) {
	r := NewIngressRouter(testprog.Program(), 8)
	item := stateflow.Address{Entity: "Item", Key: "jeans"}
	id := IDFromKey("x")
	tests := []struct {
		name      string
		ev        Event
		entity    string // the operator's entity, "" for the unknown-entity operator
		partition int
		stateful  bool
	}{
		{"invoke", Event{ID: id, Kind: Invoke, Target: item, Method: "Take"}, "Item", Partition(item, 8), true},
		{"find", Event{ID: id, Kind: Find, Target: item}, "Item", Partition(item, 8), true},
		{"get", Event{ID: id, Kind: GetState, Target: item}, "Item", Partition(item, 8), true},
		{"set", Event{ID: id, Kind: SetState, Target: item}, "Item", Partition(item, 8), true},
		{"placed create", Event{ID: id, Kind: Create, Target: item}, "Item", Partition(item, 8), true},
		{"keyless create", Event{ID: id, Kind: Create, Target: stateflow.Address{Entity: "User"}}, "User", int(fnv1a(fnvOffset, id[:]) % 8), false},
		{"ping", Event{ID: id, Kind: Ping, Target: item}, "Item", Partition(item, 8), false},
		{"unknown entity", Event{ID: id, Kind: Invoke, Target: stateflow.Address{Entity: "Nope", Key: "k"}, Method: "M"}, "", Partition(stateflow.Address{Entity: "Nope", Key: "k"}, 8), false},
		{"reply", Event{ID: id, Kind: Result, Target: item, Stack: [][]byte{{1}}}, "Item", Partition(item, 8), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw := AppendEvent(nil, &tt.ev)
			before := append([]byte(nil), raw...)
			var ev Event
			route, err := r.Route(raw, &ev)
			if err != nil {
				t.Fatal(err)
			}
			if !sameEvent(&ev, &tt.ev) {
				t.Errorf("decoded %+v, want %+v", ev, tt.ev)
			}
			if string(raw) != string(before) {
				t.Error("the router modified the raw event")
			}
			name := ""
			if e := route.Operator.Entity(); e != nil {
				name = e.Name
			}
			if name != tt.entity || route.Partition != tt.partition || route.Stateful != tt.stateful {
				t.Errorf("route = {%q %d %v}, want {%q %d %v}", name, route.Partition, route.Stateful, tt.entity, tt.partition, tt.stateful)
			}
		})
	}
	if _, err := r.Route([]byte{FormatVersion, 77}, new(Event)); err == nil {
		t.Error("routing a corrupt event succeeded")
	}
	if r.Operator("Item") == nil || r.Operator("Nope") != nil || r.Partitions() != 8 {
		t.Error("Operator or Partitions misbehave")
	}
	if NewIngressRouter(testprog.Program(), 0).Partitions() != 1 {
		t.Error("zero partitions not raised to one")
	}
}

func TestEgressRoute(t *testing.T) {
	item := stateflow.Address{Entity: "Item", Key: "jeans"}
	tests := []struct {
		name string
		ev   Event
		want Destination
	}{
		{"result to client", Event{Kind: Result, Target: item, Payload: []byte{1}}, ToClient},
		{"failure to client", Event{Kind: Failed, Target: item}, ToClient},
		{"pong to client", Event{Kind: Pong}, ToClient},
		{"reply to continuation", Event{Kind: Result, Target: item, Stack: [][]byte{[]byte("frame")}}, ToSystem},
		{"request", Event{Kind: Create, Target: item, Payload: []byte{1}}, ToSystem},
		{"request with stack", Event{Kind: Invoke, Target: item, Stack: [][]byte{[]byte("frame")}}, ToSystem},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev := tt.ev
			dest, raw := EgressRouter{}.Route([]byte("prefix"), &ev)
			if dest != tt.want {
				t.Errorf("destination %s, want %s", dest, tt.want)
			}
			if string(raw[:6]) != "prefix" {
				t.Errorf("encoding did not append to dst")
			}
			got, err := Decode(raw[6:])
			if err != nil || !sameEvent(&got, &tt.ev) || !sameEvent(&ev, &tt.ev) {
				t.Errorf("encoded %+v (%v), want %+v", got, err, tt.ev)
			}
		})
	}
	if ToClient.String() != "client" || ToSystem.String() != "system" {
		t.Error("Destination.String")
	}
}
