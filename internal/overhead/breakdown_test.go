package overhead

import (
	"testing"
	"time"

	"github.com/stateflow-go/stateflow/engine"
	"github.com/stateflow-go/stateflow/internal/overhead/entities"
)

// minMeasure is how long each component is timed for.
const minMeasure = 100 * time.Millisecond

// minRuns is the least number of timed runs of each component.
const minRuns = 5

// nsPer runs f twice to warm up, then until minMeasure has passed and f
// ran minRuns times, and returns the mean duration of one run in
// nanoseconds.
func nsPer(f func()) float64 {
	f()
	f()
	n := 0
	start := time.Now()
	for n < minRuns || time.Since(start) < minMeasure {
		f()
		n++
	}
	return float64(time.Since(start).Nanoseconds()) / float64(n)
}

// breakdown replays the events of one chain component by component and
// returns the nanoseconds each component costs the whole chain (report
// adds the rest of the time, operator):
//
//   - event-codec: decoding every event and encoding it again, the reply
//     to the client included;
//   - routing: routing every decoded event to its operator;
//   - state-codec: decoding and re-encoding the state of every stateful step;
//   - continuation: decoding and re-encoding the top continuation record of
//     every event that carries one (the frame travels in it as bytes);
func breakdown(tb testing.TB, s *system, tr []traced) map[string]float64 {
	prog := entities.StateflowProgram()
	var (
		evs    []engine.Event // the executed events
		states []traced       // their states
		routes []engine.Route
		raws   [][]byte // every event, the client's reply included
		recs   [][]byte // the top continuation records of resuming replies
	)
	for i := range tr {
		raws = append(raws, tr[i].raw)
		if tr[i].client {
			continue
		}
		ev, err := engine.Decode(tr[i].raw)
		if err != nil {
			tb.Fatal(err)
		}
		evs = append(evs, ev)
		states = append(states, tr[i])
		routes = append(routes, s.router.RouteEvent(&ev))
		if n := len(ev.Stack); n > 0 && ev.Kind.IsReply() {
			recs = append(recs, ev.Stack[n-1])
		}
	}
	var (
		buf []byte
		m   = map[string]float64{}
	)
	m["event-codec"] = nsPer(func() {
		for _, raw := range raws {
			e, err := engine.Decode(raw)
			if err != nil {
				tb.Fatal(err)
			}
			buf = engine.AppendEvent(buf[:0], &e)
		}
	})
	m["routing"] = nsPer(func() {
		for i := range evs {
			routes[i] = s.router.RouteEvent(&evs[i])
		}
	})
	m["state-codec"] = nsPer(func() {
		for i := range evs {
			if !routes[i].Stateful || !states[i].exists {
				continue
			}
			ent := prog.Entity(evs[i].Target.Entity)
			v, err := ent.DecodeState(states[i].state)
			if err != nil {
				tb.Fatal(err)
			}
			buf = ent.EncodeState(buf[:0], v)
		}
	})
	if len(recs) > 0 {
		m["continuation"] = nsPer(func() {
			for _, rec := range recs {
				c, err := engine.DecodeContinuation(rec)
				if err != nil {
					tb.Fatal(err)
				}
				buf = engine.AppendContinuation(buf[:0], &c)
			}
		})
	}
	return m
}

// report adds the breakdown to the benchmark's results, divided by per,
// with operator-ns/op: the time of one of the benchmark's calls runs that
// the timed components do not account for (0 when they exceed it).
func report(b *testing.B, m map[string]float64, calls int, per float64) {
	if calls == 0 {
		return
	}
	rest := float64(b.Elapsed().Nanoseconds()) / float64(calls)
	for _, k := range []string{"event-codec", "routing", "state-codec", "continuation"} {
		b.ReportMetric(m[k]/per, k+"-ns/op")
		rest -= m[k]
	}
	b.ReportMetric(max(0, rest)/per, "operator-ns/op")
}
