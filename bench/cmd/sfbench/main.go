// Command sfbench runs the benchmark suite: StateFlow's runtimes and the
// peer systems under the same workloads, one system at a time, and writes
// the results (CSV, Markdown, SVG) and docs/benchmarks.md.
//
//	go run ./cmd/sfbench                 # the whole suite, about 10 minutes
//	go run ./cmd/sfbench -smoke          # every workload on every system briefly, correctness only
//	go run ./cmd/sfbench -systems stateflow-embedded,restate -duration 3s
//
// It exits with status 1 when a correctness check fails (a counter that
// does not hold its adds, a broken bank invariant), a system fails to set
// up a workload, or, with -smoke, any request fails.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"os/signal"
	"slices"
	"strings"
	"time"

	"github.com/stateflow-go/stateflow/bench/peers"
	"github.com/stateflow-go/stateflow/bench/report"
	"github.com/stateflow-go/stateflow/bench/stateflowsys"
	"github.com/stateflow-go/stateflow/bench/system"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stderr))
}

// options are the command line's settings.
type options struct {
	systems  []string
	smoke    bool
	out      string
	docs     string
	duration time.Duration
	warmup   time.Duration
	progress bool
	from     string
}

func parse(args []string, stderr io.Writer) (options, error) {
	fs := flag.NewFlagSet("sfbench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o options
	systems := fs.String("systems", "", "comma-separated systems to run (default: all; see -list)")
	list := fs.Bool("list", false, "list the systems and exit")
	fs.BoolVar(&o.smoke, "smoke", false, "run every workload briefly, for correctness only; writes no docs")
	fs.StringVar(&o.out, "out", "results", "directory of the results (CSV, Markdown, SVG)")
	fs.StringVar(&o.docs, "docs", "../docs/benchmarks.md", "generated documentation page (empty: none)")
	fs.DurationVar(&o.duration, "duration", 5*time.Second, "measured time per point")
	fs.DurationVar(&o.warmup, "warmup", 2*time.Second, "unrecorded warmup per point")
	fs.StringVar(&o.from, "from", "", "rewrite the results and docs from this results.json instead of running")
	fs.BoolVar(&o.progress, "progress", isTerminal(os.Stderr), "print a live progress line on stderr (default: when it is a terminal)")
	if err := fs.Parse(args); err != nil {
		return o, err
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	if *list {
		fmt.Fprintln(stderr, strings.Join(names(registry()), "\n"))
		return o, flag.ErrHelp
	}
	if o.smoke {
		if !set["duration"] {
			o.duration = 400 * time.Millisecond
		}
		if !set["warmup"] {
			o.warmup = 100 * time.Millisecond
		}
		if !set["out"] {
			o.out = ""
		}
		if !set["docs"] {
			o.docs = ""
		}
	}
	all := registry()
	if *systems == "" {
		o.systems = names(all)
	} else {
		for _, s := range strings.Split(*systems, ",") {
			s = strings.TrimSpace(s)
			if _, ok := all[s]; !ok {
				return o, fmt.Errorf("unknown system %q (have: %s)", s, strings.Join(names(all), ", "))
			}
			o.systems = append(o.systems, s)
		}
	}
	if o.duration <= 0 || o.warmup < 0 {
		return o, fmt.Errorf("-duration must be positive and -warmup not negative")
	}
	return o, nil
}

// registry returns every system's factory by name.
func registry() map[string]system.Factory {
	all := stateflowsys.Factories()
	maps.Copy(all, peers.Factories())
	return all
}

// names orders the systems: StateFlow's first, then the peers by name.
func names(all map[string]system.Factory) []string {
	first := []string{stateflowsys.Embedded, stateflowsys.EmbeddedHTTP, stateflowsys.Local, stateflowsys.KafkaFake}
	var rest []string
	for n := range all {
		if !slices.Contains(first, n) {
			rest = append(rest, n)
		}
	}
	slices.Sort(rest)
	return append(first, rest...)
}

func run(args []string, stderr io.Writer) int {
	o, err := parse(args, stderr)
	if err == flag.ErrHelp {
		return 0
	}
	if err != nil {
		fmt.Fprintln(stderr, "sfbench:", err)
		return 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	d := newDriver(o, stderr)
	var r *report.Run
	if o.from != "" {
		if r, err = report.Read(o.from); err != nil {
			fmt.Fprintln(stderr, "sfbench:", err)
			return 1
		}
	} else {
		r = d.runAll(ctx, registry())
		r.Command = strings.TrimSpace("go run ./cmd/sfbench " + strings.Join(args, " "))
	}
	if o.out != "" {
		if err := report.Write(r, o.out, o.docs); err != nil {
			fmt.Fprintln(stderr, "sfbench:", err)
			return 1
		}
		fmt.Fprintf(stderr, "sfbench: wrote %s", o.out)
		if o.docs != "" {
			fmt.Fprintf(stderr, " and %s", o.docs)
		}
		fmt.Fprintln(stderr)
	}
	bad := d.problems(r)
	for _, p := range bad {
		fmt.Fprintln(stderr, "sfbench: FAIL:", p)
	}
	if ctx.Err() != nil {
		fmt.Fprintln(stderr, "sfbench: interrupted")
		return 1
	}
	if len(bad) > 0 {
		return 1
	}
	fmt.Fprintf(stderr, "sfbench: all checks passed (%v)\n", r.Elapsed.Round(time.Second))
	return 0
}

// isTerminal reports whether f is a character device, such as a terminal.
func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
