package difftest

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestParseScenario(t *testing.T) {
	sc, err := ParseScenario(`
# a comment
create Account {"ID":"a#1","Balance":100}   # the # in the string stays
new Item jeans 10 "two words" [1,2] true
call Account/a1 Transfer {"to":"b","amount":30} => fails
call Item/jeans Info
`)
	if err != nil {
		t.Fatal(err)
	}
	if len(sc.Steps) != 4 {
		t.Fatalf("%d steps, want 4", len(sc.Steps))
	}
	c, n, call, bare := sc.Steps[0], sc.Steps[1], sc.Steps[2], sc.Steps[3]
	if c.Kind != StepCreate || c.Entity != "Account" || string(c.Body) != `{"ID":"a#1","Balance":100}` || c.Line != 3 {
		t.Errorf("create: %+v", c)
	}
	var args []string
	for _, a := range n.Args {
		args = append(args, string(a))
	}
	if n.Kind != StepNew || strings.Join(args, " ") != `"jeans" 10 "two words" [1,2] true` {
		t.Errorf("new: %+v (args %s)", n, args)
	}
	if call.Kind != StepCall || call.Addr().String() != "Account/a1" || call.Method != "Transfer" || !call.Fails ||
		!json.Valid(call.Body) {
		t.Errorf("call: %+v", call)
	}
	if string(bare.Body) != "{}" || bare.Fails {
		t.Errorf("call without parameters: %+v", bare)
	}
}

func TestParseScenarioWantDiagnostic(t *testing.T) {
	sc, err := ParseScenario("want-diagnostic defer in split method\n")
	if err != nil || sc.WantDiagnostic != "defer in split method" || len(sc.Steps) != 0 {
		t.Fatalf("ParseScenario = %+v, %v", sc, err)
	}
}

func TestParseScenarioErrors(t *testing.T) {
	for _, text := range []string{
		"",
		"# only a comment",
		"frobnicate Item",
		"create Item",
		"create Item [1]",
		"new",
		"call Item Take {}",
		"call Item/x",
		"call Item/x Take {bad",
		"call Item/x Take [1]",
		"new Item \"unterminated",
		"want-diagnostic",
	} {
		if _, err := ParseScenario(text); err == nil {
			t.Errorf("ParseScenario(%q) succeeded", text)
		}
	}
}
