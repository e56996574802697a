package report

import (
	"bytes"
	"encoding/csv"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"
)

func ms(d time.Duration) string { return strconv.FormatFloat(d.Seconds()*1000, 'f', 3, 64) }

// CSV returns one row per point; latencies are in milliseconds.
func CSV(r *Run) []byte {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.Write([]string{"suite", "workload", "system", "mode", "concurrency", "offered_rps", "throughput_rps",
		"count", "errors", "late", "mean_ms", "p50_ms", "p90_ms", "p99_ms", "p999_ms", "max_ms",
		"status", "check", "metrics", "error_kinds"})
	for _, p := range r.Points {
		status := "ok"
		switch {
		case p.NA:
			status = "n/a"
		case p.Failure != "":
			status = "failed: " + p.Failure
		case !p.Correct():
			status = "incorrect"
		}
		var metrics []string
		for _, k := range slices.Sorted(maps.Keys(p.Metrics)) {
			metrics = append(metrics, k+"="+strconv.FormatFloat(p.Metrics[k], 'f', 3, 64))
		}
		w.Write([]string{p.Suite, p.Workload, p.System, p.Mode, strconv.Itoa(p.Concurrency),
			strconv.FormatFloat(p.Rate, 'f', 0, 64), strconv.FormatFloat(p.Throughput, 'f', 1, 64),
			strconv.FormatInt(p.Count, 10), strconv.FormatInt(p.Errors, 10), strconv.FormatInt(p.Late, 10),
			ms(p.Mean), ms(p.P50), ms(p.P90), ms(p.P99), ms(p.P999), ms(p.Max),
			status, p.Check, strings.Join(metrics, " "), p.ErrorSummary()})
	}
	w.Flush()
	return b.Bytes()
}
