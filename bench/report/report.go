package report

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/stateflow-go/stateflow/bench/load"
)

// The suites of a run.
const (
	SuiteUpdate = "single-entity update"
	SuiteBank   = "bank transfer"
	SuiteHotel  = "hotel mix"
	SuiteBlobs  = "50 KB state"
)

// Point is one measured point: one workload on one system at one
// concurrency or offered rate.
type Point struct {
	Suite    string
	Workload string
	System   string
	load.Result
	// NA is set when the system does not implement the workload.
	NA bool
	// Failure is set when the point could not be run (setup failed).
	Failure string
	// CheckOK and Check are the workload's end-of-run verdict.
	CheckOK bool
	Check   string
	// Metrics are the workload's extra measurements.
	Metrics map[string]float64
}

// Correct reports whether the point ran without errors and passed its
// check (a point not applicable is correct).
func (p *Point) Correct() bool {
	return p.NA || (p.Failure == "" && p.CheckOK && p.Errors == 0)
}

// Machine describes where a run took place.
type Machine struct {
	CPUs      int
	CPUModel  string
	GoVersion string
	OS        string
	Date      time.Time
}

// Run is a whole run of the suite.
type Run struct {
	Machine  Machine
	Command  string
	Smoke    bool
	Duration time.Duration // measured time per point
	Warmup   time.Duration
	Elapsed  time.Duration
	Systems  []string
	Points   []Point
	// Unavailable lists the systems that could not start, with the reason.
	Unavailable map[string]string
}

// Write writes results.csv, results.md, results.json (the run itself, for
// Read) and the plots into dir and, when docs is not empty, the page docs.
func Write(r *Run, dir, docs string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	js, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return fmt.Errorf("report: %w", err)
	}
	files := map[string][]byte{
		"results.json": js,
		"results.csv":  CSV(r),
		"results.md":   []byte(Markdown(r, "")),
		"update.svg":   []byte(UpdatePlot(r)),
		"hotel.svg":    []byte(HotelPlot(r)),
		"bank.svg":     []byte(ThroughputPlot(r)),
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			return fmt.Errorf("report: %w", err)
		}
	}
	if docs == "" {
		return nil
	}
	rel, err := relPath(filepath.Dir(docs), dir)
	if err != nil {
		return fmt.Errorf("report: %w", err)
	}
	if err := os.MkdirAll(filepath.Dir(docs), 0o755); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	if err := os.WriteFile(docs, []byte(Page(r, filepath.ToSlash(rel))), 0o644); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	return nil
}

// Read reads a run written by Write as results.json.
func Read(path string) (*Run, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("report: %w", err)
	}
	var r Run
	if err := json.Unmarshal(b, &r); err != nil {
		return nil, fmt.Errorf("report: %s: %w", path, err)
	}
	return &r, nil
}

// relPath returns target as seen from base, both relative to the working
// directory or absolute.
func relPath(base, target string) (string, error) {
	absBase, err := filepath.Abs(base)
	if err != nil {
		return "", err
	}
	absTarget, err := filepath.Abs(target)
	if err != nil {
		return "", err
	}
	return filepath.Rel(absBase, absTarget)
}
