package local

import (
	"testing"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/internal/testprog"
	"github.com/stateflow-go/stateflow/wire"
)

// BenchmarkCall measures one Call through the whole runtime: encoding, the
// routers, the operator, the state map and decoding the reply.
func BenchmarkCall(b *testing.B) {
	rt := New(testprog.Program())
	defer rt.Close()
	if _, err := rt.Create(b.Context(), "Item", itemArgs("jeans", 10)); err != nil {
		b.Fatal(err)
	}
	addr := stateflow.Address{Entity: "Item", Key: "jeans"}
	args := wire.AppendInt(nil, 7)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := rt.Call(b.Context(), addr, "SetStock", args); err != nil {
			b.Fatal(err)
		}
	}
}
