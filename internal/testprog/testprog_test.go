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
