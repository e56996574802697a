package report

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// The StateFlow systems the ratios are taken against.
const (
	baseEmbedded = "stateflow-embedded"
	baseHTTP     = "stateflow-embedded-http"
)

// lat formats a latency in milliseconds with three significant digits.
func lat(d time.Duration) string {
	v := d.Seconds() * 1000
	switch {
	case v == 0:
		return "0"
	case v < 1:
		return strconv.FormatFloat(v, 'f', 3, 64)
	case v < 10:
		return strconv.FormatFloat(v, 'f', 2, 64)
	case v < 100:
		return strconv.FormatFloat(v, 'f', 1, 64)
	}
	return strconv.FormatFloat(v, 'f', 0, 64)
}

// num formats a rate with thousands separators.
func num(v float64) string {
	s := strconv.FormatFloat(v, 'f', 0, 64)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

// ratio formats base/v as "N×": how many times the base's throughput v
// is.
func ratio(base, v float64) string {
	if base <= 0 || v <= 0 {
		return "–"
	}
	r := base / v
	switch {
	case r >= 10:
		return fmt.Sprintf("%.0f×", r)
	case r >= 0.1:
		return fmt.Sprintf("%.2g×", r)
	}
	return fmt.Sprintf("1/%.0f×", 1/r)
}

// find returns the point of suite, workload, system and concurrency (or
// offered rate, for an open loop), or nil.
func find(r *Run, suite, workload, system string, conc int, rate float64) *Point {
	for i := range r.Points {
		p := &r.Points[i]
		if p.Suite == suite && p.Workload == workload && p.System == system && (rate > 0 && p.Rate == rate || rate == 0 && p.Concurrency == conc && p.Mode != "open") {
			return p
		}
	}
	return nil
}

// throughputOf returns a point's throughput, zero for a missing, failed or
// inapplicable one.
func throughputOf(p *Point) float64 {
	if p == nil || p.NA || p.Failure != "" {
		return 0
	}
	return p.Throughput
}

// values lists the distinct values of key over the points of suite, in
// first-seen order.
func values[T comparable](r *Run, suite string, key func(*Point) T) []T {
	var out []T
	seen := map[T]bool{}
	for i := range r.Points {
		p := &r.Points[i]
		if p.Suite != suite {
			continue
		}
		if k := key(p); !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	return out
}

// status is a point's cell when it has no numbers.
func status(p *Point) string {
	switch {
	case p == nil:
		return "–"
	case p.NA:
		return "n/a"
	case p.Failure != "":
		return "failed"
	}
	return ""
}
