package difftest

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/engine"
	"github.com/stateflow-go/stateflow/internal/testprog"
)

// The in-process tests below check the harness itself on the hand-written
// test program, without compiling anything: a scenario that both sides run
// alike passes, and every kind of disagreement is caught.

func testprogProgram(scenario string) *Program {
	return &Program{
		Name:     "testprog",
		Scenario: scenario,
		IR:       testprog.Program,
		Entities: map[string]reflect.Type{
			"Item": reflect.TypeFor[testprog.Item](),
			"User": reflect.TypeFor[testprog.User](),
		},
		Constructors: map[string]any{"Item": testprog.NewItem},
	}
}

const agreeing = `
new Item jeans 10
new Item socks 3
new Item jeans 12 => fails      # exists
new Item hat -1 => fails        # the constructor's error
create User {"ID":"ann","Balance":5,"Basket":["jeans",null]}
create User {"ID":"ann"} => fails
call Item/jeans SetStock {"n":4}
call Item/jeans Take {"n":3}
call Item/jeans Info
call User/ann Deposit {"amount":7}
call User/ann SetBasket {"items":["socks","jeans"]}
call User/ann First
call Item/nope SetStock {"n":1} => fails  # not found
`

func TestAgreeingScenarioPasses(t *testing.T) {
	r := RunProgram(t.Context(), testprogProgram(agreeing))
	if r.Failure != nil {
		t.Fatalf("failure: %s", r.Failure)
	}
	if r.Steps != 13 {
		t.Errorf("steps = %d, want 13", r.Steps)
	}
}

// Take and Explode change the state before failing: the runtime discards
// the change (DESIGN §2), plain Go keeps it, and the states differ.
func TestFailedStepStateDiffers(t *testing.T) {
	// An operation's own error is a normal return: the runtime keeps its
	// changes, as plain Go does.
	r := RunProgram(t.Context(), testprogProgram("new Item jeans 10\n"+`call Item/jeans Take {"n":9} => fails`))
	if r.Failure != nil {
		t.Fatalf("Take: failure %v, want plain Go and the runtime to agree", r.Failure)
	}
	// A panic discards its step's changes, which plain Go keeps: the one
	// documented difference, which the harness reports.
	r = RunProgram(t.Context(), testprogProgram("new Item jeans 10\n"+`call Item/jeans Explode => fails`))
	f := r.Failure
	if f == nil || f.What != "state" || f.Step != 2 {
		t.Fatalf("Explode: failure %v, want a state difference at step 2", f)
	}
	if !strings.Contains(f.Plain, `"Price":-1`) {
		t.Errorf("Explode: plain state %s does not show the change", f.Plain)
	}
}

// brokenClient changes what the runtime answers.
type brokenClient struct {
	stateflow.Client
	result func([]byte) []byte
	err    error
	state  func([]byte) []byte
}

func (c brokenClient) Call(ctx context.Context, a stateflow.Address, m string, args []byte) ([]byte, error) {
	res, err := c.Client.Call(ctx, a, m, args)
	if c.err != nil && err == nil {
		return nil, c.err
	}
	if c.result != nil && err == nil {
		res = c.result(res)
	}
	return res, err
}

func (c brokenClient) State(ctx context.Context, a stateflow.Address) ([]byte, error) {
	b, err := c.Client.State(ctx, a)
	if c.state != nil && err == nil {
		b = c.state(b)
	}
	return b, err
}

func TestBrokenRuntimeIsCaught(t *testing.T) {
	tests := []struct {
		name string
		c    func(stateflow.Client) stateflow.Client
		what string
	}{
		{"result", func(c stateflow.Client) stateflow.Client {
			return brokenClient{Client: c, result: func(b []byte) []byte { return append(b[:len(b):len(b)], 0) }}
		}, "result"},
		{"error", func(c stateflow.Client) stateflow.Client {
			return brokenClient{Client: c, err: &stateflow.OpError{Message: "invented"}}
		}, "result"},
		{"state", func(c stateflow.Client) stateflow.Client {
			return brokenClient{Client: c, state: func(b []byte) []byte { return append(b[:len(b):len(b)], 1) }}
		}, "state"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runProgram(t.Context(), testprogProgram("new Item jeans 10\ncall Item/jeans SetStock {\"n\":4}"), tt.c)
			if r.Failure == nil || r.Failure.What != tt.what {
				t.Fatalf("failure %v, want a %s difference", r.Failure, tt.what)
			}
		})
	}
}

func TestScenarioMustSucceedInPlainGo(t *testing.T) {
	for _, sc := range []string{
		"new Item jeans 10\nnew Item jeans 11",          // fails, not marked
		"new Item jeans 10 => fails",                    // marked, succeeds
		`create User {"ID":"ann","Basket":["missing"]}`, // plain Go cannot model it
	} {
		r := RunProgram(t.Context(), testprogProgram(sc))
		if r.Failure == nil || r.Failure.What != "scenario" {
			t.Errorf("%q: failure %v, want a scenario error", sc, r.Failure)
		}
	}
}

// A note the runtime side records and plain Go does not is a difference.
func TestNotesAreCompared(t *testing.T) {
	var notes []string
	p := testprogProgram("new Item jeans 10\ncall Item/jeans SetStock {\"n\":4}")
	p.TakeNotes = func() []string { n := notes; notes = nil; return n }
	r := runProgram(t.Context(), p, func(c stateflow.Client) stateflow.Client {
		return noteClient{Client: c, note: func() { notes = append(notes, "enter Item.SetStock jeans") }}
	})
	if r.Failure == nil || r.Failure.What != "notes" || r.Failure.Step != 2 {
		t.Fatalf("failure %v, want a notes difference at step 2", r.Failure)
	}
	if !strings.Contains(r.Failure.Detail, "#0 enter Item.SetStock jeans") {
		t.Errorf("detail does not show the runtime's note:\n%s", r.Failure.Detail)
	}
}

type noteClient struct {
	stateflow.Client
	note func()
}

func (c noteClient) Call(ctx context.Context, a stateflow.Address, m string, args []byte) ([]byte, error) {
	c.note()
	return c.Client.Call(ctx, a, m, args)
}

func TestEventsMustMatchEntryNotes(t *testing.T) {
	inv := func(key, method string) logItem {
		return logItem{event: &tracedEvent{kind: engine.Invoke, target: stateflow.Address{Entity: "A", Key: key}, method: method, text: "Invoke A/" + key + "." + method}}
	}
	res := logItem{event: &tracedEvent{kind: engine.Result, text: "Result"}}
	note := func(n string) logItem { return logItem{note: n} }
	tests := []struct {
		log []logItem
		ok  bool
	}{
		{[]logItem{inv("a", "M"), note("enter A.M a"), note("x"), res}, true},
		{[]logItem{inv("a", "M"), res, note("x")}, true}, // answered without running
		{[]logItem{inv("a", "M"), note("enter A.M b")}, false},
		{[]logItem{inv("a", "M"), note("enter A.N a")}, false},
		{[]logItem{inv("a", "M"), note("x"), note("enter A.M a")}, false},
	}
	for i, tt := range tests {
		w := &runtimeWorld{log: tt.log}
		if err := w.checkEvents(); (err == nil) != tt.ok {
			t.Errorf("log %d: checkEvents() = %v, want ok %v", i, err, tt.ok)
		}
	}
}

// The hand-written split operations of the test program (Account) run
// step by step through the local runtime and agree with plain Go.
func TestSplitAccountsAgree(t *testing.T) {
	p := testprogProgram(`
new Account a 100
new Account b 5
call Account/a Transfer {"to":"b","amount":30}
call Account/a Transfer {"to":"b","amount":500} => fails
call Account/a Richer {"other":"b"}
call Account/b Richer {"other":"a"}
call Account/a Bounce {"via":"b","amount":7}
call Account/b Relay {"to":"a","amount":1} => fails
call Account/a PayTwice {"to":"b","amount":5}
call Account/a Transfer {"to":"a","amount":1}
`)
	p.Entities["Account"] = reflect.TypeFor[testprog.Account]()
	p.Constructors["Account"] = testprog.NewAccount
	r := RunProgram(t.Context(), p)
	if r.Failure != nil {
		t.Fatalf("failure: %s", r.Failure)
	}
	if r.Steps != 10 {
		t.Errorf("steps = %d, want 10", r.Steps)
	}
}
