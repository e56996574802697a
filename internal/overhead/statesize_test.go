package overhead

import (
	"testing"

	"github.com/stateflow-go/stateflow/engine"
	"github.com/stateflow-go/stateflow/internal/overhead/entities"
)

// stateSizes are the sizes of Blob.Data in the state size experiment.
var stateSizes = []struct {
	name string
	n    int
}{
	{"50KB", 50_000}, {"500KB", 500_000}, {"5MB", 5_000_000}, {"50MB", 50_000_000},
}

func newBlob(n int) *entities.Blob {
	d := make([]byte, n)
	for i := range d {
		d[i] = 1
	}
	return &entities.Blob{ID: "blob", Data: d}
}

// BenchmarkStateSize measures one call of Blob.Execute on a Blob of 50 KB
// to 50 MB of state (50 MB is skipped with -short): path is the client's
// event through the ingress router, Operator.Step and the egress router,
// with the breakdown by component as metrics; state-codec and event-codec
// measure the state's and the events' decode and encode alone.
func BenchmarkStateSize(b *testing.B) {
	for _, sz := range stateSizes {
		b.Run("size="+sz.name, func(b *testing.B) {
			if sz.n > 5_000_000 && testing.Short() {
				b.Skip("50 MB state with -short")
			}
			s := newSystem()
			addr := s.put(b, "Blob", newBlob(sz.n))
			raw := request(addr, "Execute", nil)
			state := s.states[addr]
			b.Run("path", func(b *testing.B) {
				var (
					ev  engine.Event
					out engine.Outcome
					buf []byte
				)
				calls := 0
				b.SetBytes(int64(len(state)))
				for b.Loop() {
					calls++
					route, err := s.router.Route(raw, &ev)
					if err != nil {
						b.Fatal(err)
					}
					route.Operator.Step(&ev, state, true, &out)
					if out.Reply.Kind != engine.Result || !out.Write {
						b.Fatalf("reply %s, write %v", out.Reply.Kind, out.Write)
					}
					var dest engine.Destination
					if dest, buf = s.egress.Route(buf[:0], &out.Reply); dest != engine.ToClient {
						b.Fatalf("destination %s", dest)
					}
				}
				b.StopTimer()
				_, tr := s.run(b, raw, true)
				report(b, breakdown(b, s, tr), calls, 1)
			})
			b.Run("state-codec", func(b *testing.B) {
				e := entities.StateflowProgram().Entity("Blob")
				var buf []byte
				b.SetBytes(int64(len(state)))
				for b.Loop() {
					v, err := e.DecodeState(state)
					if err != nil {
						b.Fatal(err)
					}
					buf = e.EncodeState(buf[:0], v)
				}
				if len(buf) != len(state) {
					b.Fatalf("state re-encoded to %d bytes, want %d", len(buf), len(state))
				}
			})
			b.Run("event-codec", func(b *testing.B) {
				var out engine.Outcome
				ev, err := engine.Decode(raw)
				if err != nil {
					b.Fatal(err)
				}
				s.router.RouteEvent(&ev).Operator.Step(&ev, state, true, &out)
				reply := engine.AppendEvent(nil, &out.Reply)
				var buf []byte
				for b.Loop() {
					for _, r := range [][]byte{raw, reply} {
						e, err := engine.Decode(r)
						if err != nil {
							b.Fatal(err)
						}
						buf = engine.AppendEvent(buf[:0], &e)
					}
				}
			})
		})
	}
}
