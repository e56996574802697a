package testprog

import (
	"strings"
	"testing"

	"github.com/stateflow-go/stateflow/ir"
)

func TestProgramPrints(t *testing.T) {
	var b strings.Builder
	if err := ir.Print(&b, Program()); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"entity Item key ID", "Cache map[string]int transient", "Basket []ref Item", "operation Take(n int) (int, error)"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("dump lacks %q:\n%s", want, b.String())
		}
	}
}

// The split methods' state machines are consistent with their calls: one
// resume point per suspension, numbered from 1, each naming its call.
func TestSplitMachines(t *testing.T) {
	splits := 0
	for _, e := range Program().Entities {
		for _, m := range e.Methods {
			if !m.Split {
				if m.Invoke == nil || m.Internal {
					t.Errorf("%s.%s: plain methods have Invoke and are not internal", e.Name, m.Name)
				}
				continue
			}
			splits++
			if m.Resume == nil || m.Invoke != nil || m.Machine == nil || len(m.Machine.Resumes) != len(m.Calls)+1 {
				t.Errorf("%s.%s: hooks or machine do not match its %d calls", e.Name, m.Name, len(m.Calls))
				continue
			}
			for pc, r := range m.Machine.Resumes {
				if r.PC != pc || (pc > 0 && r.Call != m.Calls[pc-1]) || r.Block >= len(m.Machine.Blocks) {
					t.Errorf("%s.%s: resume point %d is %+v", e.Name, m.Name, pc, r)
				}
			}
		}
	}
	if splits != 9 {
		t.Errorf("%d split methods, want 9", splits)
	}
}
