package overhead

import (
	"fmt"
	"testing"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/engine"
	"github.com/stateflow-go/stateflow/internal/overhead/entities"
	"github.com/stateflow-go/stateflow/runtimes/local"
	"github.com/stateflow-go/stateflow/wire"
)

// replyInt decodes the single int result of the reply s.run left.
func replyInt(t *testing.T, raw []byte) int64 {
	t.Helper()
	ev, err := engine.Decode(raw)
	if err != nil || ev.Kind != engine.Result {
		t.Fatalf("reply %v: %v", ev.Kind, err)
	}
	d := wire.NewDecoder(ev.Payload)
	v := d.Int()
	if d.Err() != nil {
		t.Fatal(d.Err())
	}
	return v
}

// TestChainsMatchPlainGo runs the benchmarked calls once through the
// engine driver and through runtimes/local and compares their results and
// step counts with the same calls on plain Go values.
func TestChainsMatchPlainGo(t *testing.T) {
	args1 := wire.AppendInt(nil, 1)
	for _, k := range graphBlocks {
		method := fmt.Sprintf("Run%d", k)
		plain := &entities.Graph{ID: "g", R: &entities.Remote{ID: "r"}}
		var want int
		switch k {
		case 10:
			want = plain.Run10(1)
		case 100:
			want = plain.Run100(1)
		case 500:
			want = plain.Run500(1)
		case 1000:
			want = plain.Run1000(1)
		}
		s := newSystem()
		addr := s.put(t, "Graph", &entities.Graph{ID: "g", R: &entities.Remote{ID: "r"}})
		s.put(t, "Remote", &entities.Remote{ID: "r"})
		steps, tr := s.run(t, request(addr, method, args1), true)
		if got := replyInt(t, s.reply); steps != 3 || got != int64(want) {
			t.Errorf("%s: %d steps, result %d; want 3 steps, result %d", method, steps, got, want)
		}
		if n := len(tr); n != 4 || !tr[n-1].client {
			t.Errorf("%s: trace of %d events, want 3 steps and the client's reply", method, n)
		}
	}

	const n = 5
	e, others := newInteractive(n)
	want := e.Execute(n) + e.Execute(n) // twice: the Remotes count the calls
	e, others = newInteractive(n)
	s := newSystem()
	rt := local.New(entities.StateflowProgram())
	defer rt.Close()
	for _, r := range others {
		s.put(t, "Remote", r)
		if _, err := entities.CreateRemote(t.Context(), rt, r); err != nil {
			t.Fatal(err)
		}
	}
	s.put(t, "Interactive", e)
	ref, err := entities.CreateInteractive(t.Context(), rt, e)
	if err != nil {
		t.Fatal(err)
	}
	addr := stateflow.Address{Entity: "Interactive", Key: "i"}
	var got int64
	for range 2 {
		steps, _ := s.run(t, request(addr, "Execute", wire.AppendInt(nil, n)), false)
		if steps != 2*n+1 {
			t.Errorf("Execute(%d): %d steps, want %d", n, steps, 2*n+1)
		}
		got += replyInt(t, s.reply)
	}
	if got != int64(want) {
		t.Errorf("engine: Execute(%d) twice = %d, want %d", n, got, want)
	}
	got = 0
	for range 2 {
		v, err := ref.Execute(t.Context(), n)
		if err != nil {
			t.Fatal(err)
		}
		got += int64(v)
	}
	if got != int64(want) {
		t.Errorf("local: Execute(%d) twice = %d, want %d", n, got, want)
	}
}

// TestBreakdownCoversEveryComponent checks that the breakdown of a split
// call times every component it names.
func TestBreakdownCoversEveryComponent(t *testing.T) {
	s := newSystem()
	addr := s.put(t, "Graph", &entities.Graph{ID: "g", Data: make([]byte, 100), R: &entities.Remote{ID: "r"}})
	s.put(t, "Remote", &entities.Remote{ID: "r"})
	_, tr := s.run(t, request(addr, "Run10", wire.AppendInt(nil, 1)), true)
	m := breakdown(t, s, tr)
	for _, k := range []string{"event-codec", "routing", "state-codec", "continuation"} {
		if m[k] <= 0 {
			t.Errorf("%s: %v ns", k, m[k])
		}
	}
}
