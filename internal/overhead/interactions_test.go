package overhead

import (
	"fmt"
	"testing"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/internal/overhead/entities"
	"github.com/stateflow-go/stateflow/runtimes/local"
	"github.com/stateflow-go/stateflow/wire"
)

// interactionCounts are the numbers of remote calls of the interactivity
// experiment.
var interactionCounts = []int{5, 10, 15, 20}

// newInteractive returns an Interactive of 50 KB of state that calls the
// Remotes r0 ... r(n-1).
func newInteractive(n int) (*entities.Interactive, []*entities.Remote) {
	e := &entities.Interactive{ID: "i", Data: newBlob(stateSize50KB).Data}
	for i := range n {
		e.Others = append(e.Others, &entities.Remote{ID: fmt.Sprintf("r%d", i)})
	}
	return e, e.Others
}

// BenchmarkInteractions measures a call of Interactive.Execute(N), a split
// method with 50 KB of state that calls N other entities one after the
// other (2N+1 steps). local runs it through runtimes/local, in process;
// engine drives the events through the routers and operators by hand and
// reports the breakdown by component. Both report the cost per interaction
// (ns/op divided by N) as ns/interaction; the breakdown is per interaction
// too.
func BenchmarkInteractions(b *testing.B) {
	for _, n := range interactionCounts {
		args := wire.AppendInt(nil, int64(n))
		addr := stateflow.Address{Entity: "Interactive", Key: "i"}
		b.Run(fmt.Sprintf("n=%d/local", n), func(b *testing.B) {
			rt := local.New(entities.StateflowProgram())
			defer rt.Close()
			ctx := b.Context()
			e, others := newInteractive(n)
			for _, r := range others {
				if _, err := entities.CreateRemote(ctx, rt, r); err != nil {
					b.Fatal(err)
				}
			}
			if _, err := entities.CreateInteractive(ctx, rt, e); err != nil {
				b.Fatal(err)
			}
			calls := 0
			for b.Loop() {
				if _, err := rt.Call(ctx, addr, "Execute", args); err != nil {
					b.Fatal(err)
				}
				calls++
			}
			perCall(b, calls, n)
		})
		b.Run(fmt.Sprintf("n=%d/engine", n), func(b *testing.B) {
			s := newSystem()
			e, others := newInteractive(n)
			for _, r := range others {
				s.put(b, "Remote", r)
			}
			s.put(b, "Interactive", e)
			calls, steps := 0, 0
			for b.Loop() {
				steps, _ = s.run(b, request(addr, "Execute", args), false)
				calls++
			}
			b.StopTimer()
			if steps != 2*n+1 {
				b.Fatalf("%d steps, want %d", steps, 2*n+1)
			}
			perCall(b, calls, n)
			_, tr := s.run(b, request(addr, "Execute", args), true)
			report(b, breakdown(b, s, tr), calls, float64(n))
		})
	}
}

// perCall reports the elapsed time of calls calls of n interactions each
// as ns/interaction.
func perCall(b *testing.B, calls, n int) {
	if calls > 0 {
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(calls*n), "ns/interaction")
	}
}
