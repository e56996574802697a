package overhead

import (
	"fmt"
	"testing"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/internal/overhead/entities"
	"github.com/stateflow-go/stateflow/runtimes/local"
	"github.com/stateflow-go/stateflow/wire"
)

// graphBlocks are the method lengths of the execution graph experiment.
var graphBlocks = []int{10, 100, 500, 1000}

// stateSize50KB is the fixed state size of the split method experiments.
const stateSize50KB = 50_000

// BenchmarkGraphLength measures a whole call of Graph.RunK, a split method
// of about K blocks with 50 KB of state that makes one remote call: three
// steps (the entry, Remote.Execute, the resume), with the same four live
// variables at the resume point whatever K is. engine drives the events
// through the routers and operators by hand and reports the breakdown by
// component; local runs the call through runtimes/local.
func BenchmarkGraphLength(b *testing.B) {
	for _, k := range graphBlocks {
		method := fmt.Sprintf("Run%d", k)
		m := entities.StateflowProgram().Entity("Graph").Method(method)
		args := wire.AppendInt(nil, 1)
		graph := &entities.Graph{ID: "g", Data: newBlob(stateSize50KB).Data, R: &entities.Remote{ID: "r"}}
		b.Run(fmt.Sprintf("blocks=%d/engine", k), func(b *testing.B) {
			s := newSystem()
			addr := s.put(b, "Graph", graph)
			s.put(b, "Remote", &entities.Remote{ID: "r"})
			steps, calls := 0, 0
			for b.Loop() {
				steps, _ = s.run(b, request(addr, method, args), false)
				calls++
			}
			b.StopTimer()
			if steps != 3 {
				b.Fatalf("%d steps, want 3", steps)
			}
			_, tr := s.run(b, request(addr, method, args), true)
			report(b, breakdown(b, s, tr), calls, 1)
			b.ReportMetric(float64(len(m.Machine.Blocks)), "blocks")
		})
		b.Run(fmt.Sprintf("blocks=%d/local", k), func(b *testing.B) {
			rt := local.New(entities.StateflowProgram())
			defer rt.Close()
			ctx := b.Context()
			if _, err := entities.CreateRemote(ctx, rt, &entities.Remote{ID: "r"}); err != nil {
				b.Fatal(err)
			}
			if _, err := entities.CreateGraph(ctx, rt, graph); err != nil {
				b.Fatal(err)
			}
			addr := stateflow.Address{Entity: "Graph", Key: "g"}
			for b.Loop() {
				if _, err := rt.Call(ctx, addr, method, args); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(len(m.Machine.Blocks)), "blocks")
		})
	}
}
