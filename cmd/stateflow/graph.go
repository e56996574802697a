package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os/exec"
	"strings"

	"github.com/stateflow-go/stateflow/gen"
	"github.com/stateflow-go/stateflow/ir"
)

var graphCommand = &command{
	name:    "graph",
	summary: "draw the dataflow of a package",
	usage:   "[--format dot|svg|json] [--method Entity.Method] [packages]",
	help: `
Graph prints the stateful dataflow that a package compiles to: an ingress
router, one operator per entity listing its operations, an egress router, and
an edge for every call, state request (dashed) and create (bold) that an
entity's methods make to another entity. Remote interactions are drawn even
where the compiler cannot run them yet.

The default format is Graphviz DOT; svg pipes it through the dot program
(install graphviz), json prints the same graph as data.

--method Entity.Method draws the state machine of one split method.`,
	flags: func(fs *flag.FlagSet) func(ctx context.Context, e *env, args []string) int {
		format := fs.String("format", "dot", "output format: dot, svg or json")
		method := fs.String("method", "", "draw the state machine of this split method (Entity.Method)")
		return func(ctx context.Context, e *env, args []string) int {
			return runGraph(ctx, e, args, *format, *method)
		}
	},
}

func runGraph(ctx context.Context, e *env, patterns []string, format, method string) int {
	switch format {
	case "dot", "svg", "json":
	default:
		fmt.Fprintf(e.stderr, "stateflow graph: unknown --format %q (want dot, svg or json)\n", format)
		return 2
	}
	if len(patterns) == 0 {
		patterns = []string{"."}
	}
	progs, ok := analyzeAll(ctx, e, patterns)
	if !ok {
		return 1
	}
	if len(progs) == 0 {
		fmt.Fprintf(e.stderr, "stateflow graph: no entities in %s\n", strings.Join(patterns, " "))
		return 1
	}
	if method != "" {
		return graphMethod(ctx, e, progs, method, format)
	}
	var out bytes.Buffer
	for _, p := range progs {
		df := ir.BuildDataflow(p)
		var err error
		if format == "json" {
			err = df.WriteJSON(&out)
		} else {
			err = df.WriteDOT(&out)
		}
		if err != nil {
			fmt.Fprintf(e.stderr, "stateflow graph: %v\n", err)
			return 1
		}
	}
	if format == "svg" {
		svg, err := dotToSVG(ctx, out.Bytes())
		if err != nil {
			fmt.Fprintf(e.stderr, "stateflow graph: %v\n", err)
			return 1
		}
		out.Reset()
		out.Write(svg)
	}
	e.stdout.Write(out.Bytes())
	return 0
}

// graphMethod renders the state machine of one split method.
func graphMethod(ctx context.Context, e *env, progs []*ir.Program, name, format string) int {
	entity, method, ok := strings.Cut(name, ".")
	if !ok {
		fmt.Fprintf(e.stderr, "stateflow graph: --method wants Entity.Method, got %q\n", name)
		return 2
	}
	for _, p := range progs {
		ent := p.Entity(entity)
		if ent == nil {
			continue
		}
		m := ent.Method(method)
		if m == nil {
			fmt.Fprintf(e.stderr, "stateflow graph: entity %s has no operation %s\n", entity, method)
			return 1
		}
		if m.Machine == nil {
			fmt.Fprintf(e.stderr, "stateflow graph: %s is not split into a state machine: it makes no remote call\n", name)
			return 1
		}
		var out bytes.Buffer
		var err error
		if format == "json" {
			err = m.Machine.WriteJSON(&out)
		} else {
			err = m.Machine.WriteDOT(&out, entity, method)
		}
		if err == nil && format == "svg" {
			var svg []byte
			if svg, err = dotToSVG(ctx, out.Bytes()); err == nil {
				out.Reset()
				out.Write(svg)
			}
		}
		if err != nil {
			fmt.Fprintf(e.stderr, "stateflow graph: %v\n", err)
			return 1
		}
		e.stdout.Write(out.Bytes())
		return 0
	}
	fmt.Fprintf(e.stderr, "stateflow graph: no entity %s\n", entity)
	return 1
}

// analyzeAll loads the packages and returns the programs of those that have
// entities, printing every problem other than remote calls the compiler
// cannot run yet.
func analyzeAll(ctx context.Context, e *env, patterns []string) ([]*ir.Program, bool) {
	pkgs, diags, err := gen.Load(ctx, e.dir, patterns...)
	if err != nil {
		fmt.Fprintf(e.stderr, "stateflow: %v\n", err)
		return nil, false
	}
	if printDiagnostics(e, diags) {
		return nil, false
	}
	var progs []*ir.Program
	failed := false
	for _, pkg := range pkgs {
		res, diags := gen.Config{AllowRemote: true}.Analyze(pkg)
		if printDiagnostics(e, diags) {
			failed = true
			continue
		}
		if res != nil {
			progs = append(progs, res.Program)
		}
	}
	return progs, !failed
}

func dotToSVG(ctx context.Context, dot []byte) ([]byte, error) {
	path, err := exec.LookPath("dot")
	if err != nil {
		return nil, fmt.Errorf("--format svg needs the dot program of Graphviz (apt-get install graphviz), or use --format dot")
	}
	cmd := exec.CommandContext(ctx, path, "-Tsvg")
	cmd.Stdin = bytes.NewReader(dot)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	svg, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("dot -Tsvg: %v: %s", err, strings.TrimSpace(stderr.String()))
	}
	return svg, nil
}
