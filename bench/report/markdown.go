package report

import (
	"fmt"
	"strings"
)

// Markdown returns the tables of a run; plots is the path prefix of the
// SVG files as seen from where the Markdown is ("" for the same
// directory).
func Markdown(r *Run, plots string) string {
	var b strings.Builder
	updateTables(&b, r, plots)
	closedTable(&b, r, SuiteBank, "bank", "Bank transfer (one remote hop, per-account exclusivity), closed loop", "transfers/s", true)
	hotelTable(&b, r, plots)
	closedTable(&b, r, SuiteBlobs, "", "50 KB state: read, change and write the whole state per call, closed loop", "calls/s", false)
	problems(&b, r)
	return b.String()
}

// updateTables writes the single-entity update tables: throughput by
// concurrency, details, and the key distributions.
func updateTables(b *strings.Builder, r *Run, plots string) {
	concs := []int{}
	for _, c := range values(r, SuiteUpdate, func(p *Point) int { return p.Concurrency }) {
		if find(r, SuiteUpdate, "counters/uniform", firstSystem(r), c, 0) != nil || len(r.Systems) == 0 {
			concs = append(concs, c)
		}
	}
	if len(concs) == 0 {
		return
	}
	fmt.Fprintf(b, "## Durable single-entity update, closed loop\n\n")
	fmt.Fprintf(b, "Counter.Add(1) on 1,000 keys drawn uniformly; calls/s at each concurrency (number of callers), "+
		"and stateflow-embedded's throughput divided by the system's.\n\n")
	b.WriteString("| system |")
	for _, c := range concs {
		fmt.Fprintf(b, " c=%d calls/s | embedded ÷ system |", c)
	}
	b.WriteString("\n|---|")
	b.WriteString(strings.Repeat("---:|---:|", len(concs)))
	b.WriteString("\n")
	for _, s := range r.Systems {
		fmt.Fprintf(b, "| %s |", s)
		for _, c := range concs {
			p := find(r, SuiteUpdate, "counters/uniform", s, c, 0)
			if st := status(p); st != "" {
				fmt.Fprintf(b, " %s | |", st)
				continue
			}
			base := throughputOf(find(r, SuiteUpdate, "counters/uniform", baseEmbedded, c, 0))
			fmt.Fprintf(b, " %s | %s |", num(p.Throughput), ratio(base, p.Throughput))
		}
		b.WriteString("\n")
	}
	fmt.Fprintf(b, "\n![throughput by concurrency](%supdate.svg)\n\n", plots)

	fmt.Fprintf(b, "Latencies (ms) of the same runs, and the ratio of throughput to stateflow-embedded-http:\n\n")
	b.WriteString("| system | c | calls/s | p50 | p90 | p99 | p99.9 | max | errors | embedded-http ÷ system |\n")
	b.WriteString("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n")
	for _, s := range r.Systems {
		for _, c := range concs {
			p := find(r, SuiteUpdate, "counters/uniform", s, c, 0)
			if st := status(p); st != "" {
				if p != nil && !p.NA {
					fmt.Fprintf(b, "| %s | %d | %s | | | | | | | |\n", s, c, st)
				}
				continue
			}
			base := throughputOf(find(r, SuiteUpdate, "counters/uniform", baseHTTP, c, 0))
			fmt.Fprintf(b, "| %s | %d | %s | %s | %s | %s | %s | %s | %d | %s |\n", s, c, num(p.Throughput),
				lat(p.P50), lat(p.P90), lat(p.P99), lat(p.P999), lat(p.Max), p.Errors, ratio(base, p.Throughput))
		}
	}
	b.WriteString("\n")

	dists := []string{"counters/uniform", "counters/zipf", "counters/hot"}
	c := 64
	if find(r, SuiteUpdate, "counters/zipf", firstSystem(r), c, 0) == nil {
		return
	}
	fmt.Fprintf(b, "Key distributions at concurrency %d: uniform over 1,000 keys, Zipf (exponent 0.99) over 1,000 keys, one hot key. "+
		"Calls/s, p99 in ms, and stateflow-embedded's throughput ÷ the system's.\n\n", c)
	b.WriteString("| system | uniform | p99 | ratio | zipf 0.99 | p99 | ratio | hot key | p99 | ratio |\n")
	b.WriteString("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n")
	for _, s := range r.Systems {
		fmt.Fprintf(b, "| %s |", s)
		for _, d := range dists {
			p := find(r, SuiteUpdate, d, s, c, 0)
			if st := status(p); st != "" {
				fmt.Fprintf(b, " %s | | |", st)
				continue
			}
			base := throughputOf(find(r, SuiteUpdate, d, baseEmbedded, c, 0))
			fmt.Fprintf(b, " %s | %s | %s |", num(p.Throughput), lat(p.P99), ratio(base, p.Throughput))
		}
		b.WriteString("\n")
	}
	b.WriteString("\n")
}

func firstSystem(r *Run) string {
	if len(r.Systems) == 0 {
		return ""
	}
	return r.Systems[0]
}

// closedTable writes a table of a closed-loop suite by system and
// concurrency.
func closedTable(b *strings.Builder, r *Run, suite, workloadPrefix, title, unit string, check bool) {
	concs := values(r, suite, func(p *Point) int { return p.Concurrency })
	if len(concs) == 0 {
		return
	}
	fmt.Fprintf(b, "## %s\n\n", title)
	fmt.Fprintf(b, "| system | c | %s | p50 | p99 | p99.9 | errors | embedded ÷ system |", unit)
	if check {
		b.WriteString(" check |")
	}
	b.WriteString("\n|---|---:|---:|---:|---:|---:|---:|---:|")
	if check {
		b.WriteString("---|")
	}
	b.WriteString("\n")
	for _, s := range r.Systems {
		for _, c := range concs {
			p := findSuite(r, suite, s, c)
			if p == nil {
				continue
			}
			if st := status(p); st != "" {
				fmt.Fprintf(b, "| %s | %d | %s | | | | | |", s, c, st)
				if check {
					b.WriteString(" |")
				}
				b.WriteString("\n")
				continue
			}
			base := throughputOf(findSuite(r, suite, baseEmbedded, c))
			fmt.Fprintf(b, "| %s | %d | %s | %s | %s | %s | %d | %s |", s, c, num(p.Throughput), lat(p.P50), lat(p.P99),
				lat(p.P999), p.Errors, ratio(base, p.Throughput))
			if check {
				fmt.Fprintf(b, " %s |", p.Check)
			}
			b.WriteString("\n")
		}
	}
	b.WriteString("\n")
}

// findSuite returns the closed-loop point of suite, system and
// concurrency, whatever its workload.
func findSuite(r *Run, suite, system string, conc int) *Point {
	for i := range r.Points {
		p := &r.Points[i]
		if p.Suite == suite && p.System == system && p.Concurrency == conc && p.Mode != "open" {
			return p
		}
	}
	return nil
}

// problems lists the points with errors, failed checks or failures.
func problems(b *strings.Builder, r *Run) {
	var lines []string
	for i := range r.Points {
		p := &r.Points[i]
		if p.Correct() {
			continue
		}
		what := fmt.Sprintf("%s / %s on %s (c=%d", p.Suite, p.Workload, p.System, p.Concurrency)
		if p.Mode == "open" {
			what = fmt.Sprintf("%s / %s on %s (%.0f req/s offered", p.Suite, p.Workload, p.System, p.Rate)
		}
		switch {
		case p.Failure != "":
			lines = append(lines, fmt.Sprintf("- %s): failed: %s", what, p.Failure))
		case !p.CheckOK:
			lines = append(lines, fmt.Sprintf("- %s): check failed: %s", what, p.Check))
		default:
			lines = append(lines, fmt.Sprintf("- %s): %d errors: %s", what, p.Errors, p.ErrorSummary()))
		}
	}
	var na []string
	seen := map[string]bool{}
	for i := range r.Points {
		p := &r.Points[i]
		if k := p.System + ": " + p.Workload; p.NA && !seen[k] {
			seen[k] = true
			na = append(na, k)
		}
	}
	for _, s := range r.Systems {
		if why, ok := r.Unavailable[s]; ok {
			lines = append(lines, fmt.Sprintf("- %s could not start: %s", s, why))
		}
	}
	if len(lines) == 0 && len(na) == 0 {
		b.WriteString("All points ran without errors and passed their checks.\n")
		return
	}
	if len(lines) > 0 {
		b.WriteString("## Errors and failed checks\n\n")
		b.WriteString(strings.Join(lines, "\n"))
		b.WriteString("\n\n")
	} else {
		b.WriteString("All points ran without errors and passed their checks.\n\n")
	}
	if len(na) > 0 {
		fmt.Fprintf(b, "Not applicable (the system does not implement the workload): %s.\n", strings.Join(na, ", "))
	}
}
