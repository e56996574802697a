package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"time"

	"github.com/stateflow-go/stateflow/bench/load"
	"github.com/stateflow-go/stateflow/bench/report"
	"github.com/stateflow-go/stateflow/bench/stateflowsys"
	"github.com/stateflow-go/stateflow/bench/system"
	"github.com/stateflow-go/stateflow/bench/workload"
)

// plan is what the suite runs on each system.
type plan struct {
	updateConcs []int     // single-entity update, uniform keys
	distConc    int       // Zipf and hot key
	bankConcs   []int     // bank transfer
	blobConc    int       // 50 KB state
	hotelRates  []float64 // hotel mix sweep, stopped after the first p99 over the target
	hotelOn     []string  // the systems that run the hotel mix
	keys        int       // counters and accounts
	blobs       int       // blob entities
}

func planFor(smoke bool) plan {
	if smoke {
		return plan{updateConcs: []int{8}, distConc: 8, bankConcs: []int{16}, blobConc: 4, hotelRates: []float64{200},
			hotelOn: []string{stateflowsys.Embedded, stateflowsys.EmbeddedHTTP, stateflowsys.Local, stateflowsys.KafkaFake}, keys: 200, blobs: 20}
	}
	return plan{updateConcs: []int{1, 16, 64, 256}, distConc: 64, bankConcs: []int{64, 256}, blobConc: 16,
		hotelRates: []float64{250, 500, 750, 1000, 1500, 2000, 3000, 4000, 6000, 8000, 12000, 16000},
		hotelOn:    []string{stateflowsys.EmbeddedHTTP}, keys: 1000, blobs: 100}
}

// driver runs the plan on every system in turn.
type driver struct {
	o      options
	plan   plan
	stderr io.Writer
	seq    int // makes the entity prefixes of the points distinct
}

func newDriver(o options, stderr io.Writer) *driver {
	return &driver{o: o, plan: planFor(o.smoke), stderr: stderr}
}

func (d *driver) runAll(ctx context.Context, factories map[string]system.Factory) *report.Run {
	start := time.Now()
	r := &report.Run{Machine: machine(), Smoke: d.o.smoke, Duration: d.o.duration, Warmup: d.o.warmup,
		Unavailable: map[string]string{}}
	cfg := system.Config{Tools: os.Getenv("STATEFLOW_BENCH_TOOLS"), PostgresURL: os.Getenv("STATEFLOW_BENCH_PG")}
	for _, name := range d.o.systems {
		if ctx.Err() != nil {
			break
		}
		r.Systems = append(r.Systems, name)
		if err := d.runSystem(ctx, r, name, factories[name], cfg); err != nil {
			r.Unavailable[name] = err.Error()
			fmt.Fprintf(d.stderr, "sfbench: %s unavailable: %v\n", name, err)
		}
	}
	r.Elapsed = time.Since(start)
	return r
}

// runSystem starts one system, runs every suite on it and stops it.
func (d *driver) runSystem(ctx context.Context, r *report.Run, name string, f system.Factory, cfg system.Config) error {
	dir, err := os.MkdirTemp("", "sfbench-"+name+"-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	cfg.Dir = dir
	startCtx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	sys, err := f(startCtx, cfg)
	cancel()
	if err != nil {
		return fmt.Errorf("start: %w", err)
	}
	fmt.Fprintf(d.stderr, "sfbench: %s started\n", name)
	defer func() {
		if err := sys.Close(); err != nil {
			fmt.Fprintf(d.stderr, "sfbench: closing %s: %v\n", name, err)
		}
	}()
	p := d.plan
	for _, c := range p.updateConcs {
		d.closed(ctx, r, sys, report.SuiteUpdate, &workload.Counters{Prefix: d.prefix(), Keys: p.keys, Dist: workload.Uniform, Seed: 1}, c)
	}
	d.closed(ctx, r, sys, report.SuiteUpdate, &workload.Counters{Prefix: d.prefix(), Keys: p.keys, Dist: workload.ZipfKeys, Seed: 2}, p.distConc)
	d.closed(ctx, r, sys, report.SuiteUpdate, &workload.Counters{Prefix: d.prefix(), Keys: p.keys, Dist: workload.HotKey, Seed: 3}, p.distConc)
	for _, c := range p.bankConcs {
		d.closed(ctx, r, sys, report.SuiteBank, &workload.Bank{Prefix: d.prefix(), Accounts: p.keys, Balance: 1000, MaxAmount: 100, Seed: 4}, c)
	}
	d.closed(ctx, r, sys, report.SuiteBlobs, &workload.Blobs{Prefix: d.prefix(), Keys: p.blobs, Size: 50_000, Seed: 5}, p.blobConc)
	if contains(p.hotelOn, name) {
		d.hotelSweep(ctx, r, sys)
	}
	return nil
}

func (d *driver) prefix() string {
	d.seq++
	return fmt.Sprintf("p%d", d.seq)
}

func (d *driver) loadConfig(label string) load.Config {
	cfg := load.Config{Duration: d.o.duration, Warmup: d.o.warmup, Label: label}
	if d.o.progress {
		cfg.Progress = d.stderr
	}
	return cfg
}

// closed runs one closed-loop point.
func (d *driver) closed(ctx context.Context, r *report.Run, sys system.System, suite string, w workload.Workload, conc int) {
	cfg := d.loadConfig(fmt.Sprintf("%-24s %-16s c=%-4d", sys.Name(), w.Name(), conc))
	cfg.Concurrency = conc
	pt := report.Point{Suite: suite, Workload: w.Name(), System: sys.Name(), Result: load.Result{Mode: "closed", Concurrency: conc}}
	d.point(ctx, r, &pt, sys, w, conc, func(op load.Op) (load.Result, error) { return load.Closed(ctx, cfg, op) })
}

// hotelSweep runs the hotel mix at rising offered loads until two loads
// in a row have p99 over the target or failed requests (one such load may
// be a passing disturbance on a shared machine).
func (d *driver) hotelSweep(ctx context.Context, r *report.Run, sys system.System) {
	w := &workload.HotelMix{Seed: 6}
	over := 0
	for _, rate := range d.plan.hotelRates {
		if ctx.Err() != nil {
			return
		}
		cfg := d.loadConfig(fmt.Sprintf("%-24s %-16s %5.0f/s", sys.Name(), w.Name(), rate))
		cfg.Rate = rate
		cfg.Workers = load.DefaultWorkers(rate)
		pt := report.Point{Suite: report.SuiteHotel, Workload: w.Name(), System: sys.Name(), Result: load.Result{Mode: "open", Rate: rate}}
		d.point(ctx, r, &pt, sys, w, cfg.Workers, func(op load.Op) (load.Result, error) { return load.Open(ctx, cfg, op) })
		if pt.NA || pt.Failure != "" {
			return
		}
		if pt.Errors == 0 && pt.P99 < report.HotelTarget {
			over = 0
		} else if over++; over == 2 {
			return
		}
	}
}

// point sets up w, runs it with do, checks it and appends the point.
func (d *driver) point(ctx context.Context, r *report.Run, pt *report.Point, sys system.System, w workload.Workload, workers int,
	do func(load.Op) (load.Result, error)) {
	defer func() { r.Points = append(r.Points, *pt) }()
	setupCtx, cancel := context.WithTimeout(ctx, 3*time.Minute)
	op, err := w.Setup(setupCtx, sys, workers)
	cancel()
	switch {
	case errors.Is(err, workload.ErrNotImplemented):
		pt.NA = true
		fmt.Fprintf(d.stderr, "%-24s %-16s n/a\n", sys.Name(), w.Name())
		return
	case err != nil:
		pt.Failure = "setup: " + err.Error()
		fmt.Fprintf(d.stderr, "%-24s %-16s setup failed: %v\n", sys.Name(), w.Name(), err)
		return
	}
	res, err := do(op)
	res.Mode, res.Concurrency, res.Rate = pt.Mode, max(res.Concurrency, pt.Concurrency), pt.Rate
	pt.Result = res
	if err != nil {
		pt.Failure = "run: " + err.Error()
		return
	}
	checkCtx, cancel := context.WithTimeout(ctx, 3*time.Minute)
	v, err := w.Check(checkCtx)
	cancel()
	if err != nil {
		v = workload.Verdict{Detail: "check: " + err.Error()}
	}
	pt.CheckOK, pt.Check, pt.Metrics = v.OK, v.Detail, v.Metrics
	what := fmt.Sprintf("c=%d", pt.Concurrency)
	if pt.Mode == "open" {
		what = fmt.Sprintf("%.0f/s", pt.Rate)
	}
	verdict := "ok"
	if !v.OK {
		verdict = "CHECK FAILED"
	}
	fmt.Fprintf(d.stderr, "%-24s %-16s %-7s %s; %s: %s\n", sys.Name(), w.Name(), what, res.String(), verdict, v.Detail)
	if res.Errors > 0 {
		fmt.Fprintf(d.stderr, "%-24s %-16s errors: %s\n", sys.Name(), w.Name(), res.ErrorSummary())
	}
}

// problems lists what makes the run fail: failed checks and setups
// always; with -smoke, also failed requests and systems that did not
// start.
func (d *driver) problems(r *report.Run) []string {
	var out []string
	for _, p := range r.Points {
		where := fmt.Sprintf("%s / %s on %s", p.Suite, p.Workload, p.System)
		switch {
		case p.NA:
		case p.Failure != "":
			out = append(out, where+": "+p.Failure)
		case !p.CheckOK:
			out = append(out, where+": "+p.Check)
		case d.o.smoke && p.Errors > 0:
			out = append(out, fmt.Sprintf("%s: %d errors: %s", where, p.Errors, p.ErrorSummary()))
		}
	}
	if d.o.smoke {
		for s, why := range r.Unavailable {
			out = append(out, s+" unavailable: "+why)
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// machine describes this machine.
func machine() report.Machine {
	m := report.Machine{CPUs: runtime.NumCPU(), GoVersion: runtime.Version(), OS: runtime.GOOS + "/" + runtime.GOARCH, Date: time.Now()}
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if name, ok := strings.CutPrefix(line, "model name"); ok {
				m.CPUModel = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(name), ":"))
				break
			}
		}
	}
	return m
}
