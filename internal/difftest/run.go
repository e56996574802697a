package difftest

import (
	"bytes"
	"context"
	"fmt"
	"maps"
	"runtime/debug"
	"slices"
	"strings"

	"github.com/stateflow-go/stateflow"
)

// Result is the outcome of one program's scenario.
type Result struct {
	Program string `json:"program"`
	// Steps is the number of steps both runs agreed on.
	Steps int `json:"steps"`
	// Failure is the first disagreement, or nil.
	Failure *Failure `json:"failure,omitempty"`
}

// Failure describes the first step at which the runs disagree, or why the
// scenario could not run.
type Failure struct {
	Step int    `json:"step"` // 1-based; 0 before the first step
	Line int    `json:"line"` // in scenario.txt
	Text string `json:"text"` // the step as written
	// What names the kind of disagreement: "result" (result or error),
	// "notes", "events", "state", "scenario" (the scenario is wrong or
	// plain Go cannot model it) or "harness".
	What    string `json:"what"`
	Plain   string `json:"plain,omitempty"`
	Runtime string `json:"runtime,omitempty"`
	Detail  string `json:"detail,omitempty"`
}

// String renders the failure over a few lines.
func (f *Failure) String() string {
	var b strings.Builder
	if f.Step > 0 {
		fmt.Fprintf(&b, "step %d (scenario line %d: %s): ", f.Step, f.Line, f.Text)
	}
	if f.What == "scenario" || f.What == "harness" {
		fmt.Fprintf(&b, "%s error", f.What)
	} else {
		fmt.Fprintf(&b, "%s differs", f.What)
	}
	if f.Plain != "" || f.Runtime != "" {
		fmt.Fprintf(&b, "\n  plain Go: %s\n  runtime:  %s", f.Plain, f.Runtime)
	}
	if f.Detail != "" {
		b.WriteString("\n" + f.Detail)
	}
	return b.String()
}

// RunProgram runs p's scenario in plain Go and through the local runtime and
// compares them step by step.
func RunProgram(ctx context.Context, p *Program) Result {
	return runProgram(ctx, p, nil)
}

// runProgram is RunProgram with a wrapper of the runtime's client.
func runProgram(ctx context.Context, p *Program, wrap func(stateflow.Client) stateflow.Client) (res Result) {
	res.Program = p.Name
	defer func() {
		if r := recover(); r != nil {
			res.Failure = &Failure{What: "harness", Detail: fmt.Sprintf("panic: %v\n%s", r, debug.Stack())}
		}
	}()
	sc, err := ParseScenario(p.Scenario)
	if err != nil {
		return Result{Program: p.Name, Failure: &Failure{What: "scenario", Detail: err.Error()}}
	}
	prog := p.IR()
	if p.TakeNotes != nil {
		p.TakeNotes()
	}
	pw := newPlainWorld(p, prog)
	rw, closeRT := newRuntimeWorld(p, prog, wrap)
	defer closeRT()
	for i := range sc.Steps {
		st := &sc.Steps[i]
		if f := compareStep(ctx, pw, rw, st); f != nil {
			f.Step, f.Line, f.Text = i+1, st.Line, st.Text
			res.Failure = f
			return res
		}
		res.Steps++
	}
	return res
}

// compareStep runs one step on both sides and returns their first
// disagreement.
func compareStep(ctx context.Context, pw *plainWorld, rw *runtimeWorld, st *Step) *Failure {
	want, err := pw.run(st)
	var plainNotes []string
	if pw.p.TakeNotes != nil {
		plainNotes = pw.p.TakeNotes()
	}
	if err != nil {
		return &Failure{What: "scenario", Detail: "plain Go: " + err.Error()}
	}
	got, err := rw.run(ctx, st)
	if err != nil {
		return &Failure{What: "scenario", Detail: "runtime: " + err.Error()}
	}
	events := "runtime events:\n    " + strings.Join(rw.events(), "\n    ")
	switch {
	case st.Fails && want.err == "":
		return &Failure{What: "scenario", Detail: "the step is marked \"=> fails\" but succeeds in plain Go: " + want.String()}
	case !st.Fails && want.err != "":
		return &Failure{What: "scenario", Detail: "the step fails in plain Go (mark it \"=> fails\" if that is meant): " + want.err}
	}
	if want.err != got.err || (want.err == "" && !bytes.Equal(want.result, got.result)) {
		return &Failure{What: "result", Plain: want.String(), Runtime: got.String(), Detail: events}
	}
	if gotNotes := rw.notes(); !slices.Equal(plainNotes, gotNotes) {
		return &Failure{What: "notes", Detail: diffNotes(plainNotes, gotNotes) + "\n  " + events}
	}
	if err := rw.checkEvents(); err != nil {
		return &Failure{What: "events", Detail: err.Error() + "\n  " + events}
	}
	if err := pw.checkCodec(); err != nil {
		return &Failure{What: "harness", Detail: err.Error()}
	}
	return compareStates(ctx, pw, rw, events)
}

// compareStates compares the entities that exist and their encoded states.
func compareStates(ctx context.Context, pw *plainWorld, rw *runtimeWorld, events string) *Failure {
	addrs := map[stateflow.Address]bool{}
	maps.Copy(addrs, rw.created)
	for a := range pw.objs {
		addrs[a] = true
	}
	sorted := slices.SortedFunc(maps.Keys(addrs), func(x, y stateflow.Address) int {
		return strings.Compare(x.String(), y.String())
	})
	for _, a := range sorted {
		want, inPlain := pw.state(a)
		got, err := rw.state(ctx, a)
		if err != nil {
			return &Failure{What: "harness", Detail: err.Error()}
		}
		inRuntime := got != nil
		if !inPlain && !inRuntime {
			continue
		}
		t := pw.prog.Entity(a.Entity).State
		show := func(ok bool, b []byte) string {
			if !ok {
				return "(no such entity)"
			}
			return showJSON(t, b)
		}
		if inPlain != inRuntime || !bytes.Equal(want, got) {
			return &Failure{What: "state", Plain: a.String() + " " + show(inPlain, want),
				Runtime: a.String() + " " + show(inRuntime, got), Detail: events}
		}
	}
	return nil
}

// diffNotes shows two lists of notes from their first difference.
func diffNotes(want, got []string) string {
	i := 0
	for i < len(want) && i < len(got) && want[i] == got[i] {
		i++
	}
	var b strings.Builder
	fmt.Fprintf(&b, "  notes agree up to #%d; from there:\n", i)
	show := func(who string, ns []string) {
		fmt.Fprintf(&b, "  %s (%d notes):\n", who, len(ns))
		end := min(len(ns), i+12)
		for j := max(0, i-3); j < end; j++ {
			fmt.Fprintf(&b, "    #%d %s\n", j, ns[j])
		}
		if end < len(ns) {
			fmt.Fprintf(&b, "    ... %d more\n", len(ns)-end)
		}
	}
	show("plain Go", want)
	show("runtime", got)
	return strings.TrimRight(b.String(), "\n")
}
