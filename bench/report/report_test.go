package report

import (
	"bytes"
	"encoding/csv"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stateflow-go/stateflow/bench/load"
)

func sampleRun() *Run {
	r := &Run{Systems: []string{baseEmbedded, baseHTTP, "restate"}, Command: "go run ./cmd/sfbench",
		Duration: 5 * time.Second, Warmup: 2 * time.Second, Machine: Machine{CPUs: 2, GoVersion: "go1.26"}}
	closed := func(suite, wl, sys string, c int, thr float64, p99 time.Duration) Point {
		return Point{Suite: suite, Workload: wl, System: sys, CheckOK: true, Check: "invariant intact",
			Result: load.Result{Mode: "closed", Concurrency: c, Throughput: thr, Count: int64(thr), P50: p99 / 4, P99: p99}}
	}
	for _, c := range []int{1, 64} {
		r.Points = append(r.Points,
			closed(SuiteUpdate, "counters/uniform", baseEmbedded, c, 60000, time.Millisecond),
			closed(SuiteUpdate, "counters/uniform", baseHTTP, c, 12000, 5*time.Millisecond),
			closed(SuiteUpdate, "counters/uniform", "restate", c, 1000, 50*time.Millisecond))
	}
	r.Points = append(r.Points, closed(SuiteBank, "bank", baseEmbedded, 64, 30000, time.Millisecond),
		Point{Suite: SuiteBank, Workload: "bank", System: "restate", NA: true, Result: load.Result{Mode: "closed", Concurrency: 64}})
	bad := closed(SuiteBank, "bank", baseHTTP, 64, 100, time.Millisecond)
	bad.CheckOK, bad.Check = false, "invariant BROKEN: sum 9, want 10"
	r.Points = append(r.Points, bad)
	for i, rate := range []float64{500, 1000, 2000} {
		p99 := []time.Duration{2 * time.Millisecond, 30 * time.Millisecond, 300 * time.Millisecond}[i]
		r.Points = append(r.Points, Point{Suite: SuiteHotel, Workload: "hotel", System: baseHTTP, CheckOK: true,
			Metrics: map[string]float64{"calls_per_request": 3.2, "events_per_request": 4.4},
			Result:  load.Result{Mode: "open", Rate: rate, Throughput: rate, Count: 100, P50: p99 / 2, P99: p99}})
	}
	return r
}

func TestWrite(t *testing.T) {
	r := sampleRun()
	dir := t.TempDir()
	docs := filepath.Join(dir, "docs", "benchmarks.md")
	os.MkdirAll(filepath.Dir(docs), 0o755)
	if err := Write(r, filepath.Join(dir, "results"), docs); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(bytes.NewReader(must(t, filepath.Join(dir, "results", "results.csv")))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(r.Points)+1 {
		t.Errorf("%d CSV rows, want a header and %d points", len(rows), len(r.Points))
	}
	back, err := Read(filepath.Join(dir, "results", "results.json"))
	if err != nil || len(back.Points) != len(r.Points) || back.Points[0].Throughput != r.Points[0].Throughput {
		t.Errorf("Read of results.json: %v, %d points", err, len(back.Points))
	}
	md := string(must(t, filepath.Join(dir, "results", "results.md")))
	for _, want := range []string{
		"| restate | 1,000 | 60× |", // 60000 / 1000: embedded ÷ restate
		"| 12,000 | 5× |",
		"invariant BROKEN",
		"restate: bank",
		"highest offered load with p99 under 50ms: 1,000 requests/s = 3,200 entity calls/s",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown lacks %q:\n%s", want, md)
		}
	}
	page := string(must(t, docs))
	if !strings.Contains(page, "](../results/hotel.svg)") || !strings.Contains(page, "coordinated omission") {
		t.Errorf("page lacks the plot link or the method text:\n%s", page)
	}
	for _, f := range []string{"update.svg", "hotel.svg", "bank.svg"} {
		dec := xml.NewDecoder(bytes.NewReader(must(t, filepath.Join(dir, "results", f))))
		n := 0
		for {
			_, err := dec.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("%s is not well-formed: %v", f, err)
			}
			n++
		}
		if n < 20 {
			t.Errorf("%s has only %d tokens", f, n)
		}
	}
}

func TestSustained(t *testing.T) {
	p := Sustained(sampleRun(), baseHTTP)
	if p == nil || p.Rate != 1000 {
		t.Fatalf("Sustained = %+v, want the 1000 req/s point", p)
	}
}

func TestRatio(t *testing.T) {
	for _, c := range []struct {
		base, v float64
		want    string
	}{{60000, 1000, "60×"}, {1000, 1000, "1×"}, {1000, 4000, "0.25×"}, {1, 1000, "1/1000×"}, {0, 5, "–"}} {
		if got := ratio(c.base, c.v); got != c.want {
			t.Errorf("ratio(%v, %v) = %q, want %q", c.base, c.v, got, c.want)
		}
	}
}

func must(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
