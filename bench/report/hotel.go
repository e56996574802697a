package report

import (
	"fmt"
	"strings"
	"time"
)

// HotelTarget is the p99 latency under which the hotel mix's offered load
// counts as sustained.
const HotelTarget = 50 * time.Millisecond

// hotelPoints returns the hotel mix points of system s in offered order.
func hotelPoints(r *Run, s string) []*Point {
	var ps []*Point
	for i := range r.Points {
		p := &r.Points[i]
		if p.Suite == SuiteHotel && p.System == s && !p.NA {
			ps = append(ps, p)
		}
	}
	return ps
}

// Sustained returns the hotel point of system s with the highest offered
// load whose p99 is under HotelTarget, without errors, or nil.
func Sustained(r *Run, s string) *Point {
	var best *Point
	for _, p := range hotelPoints(r, s) {
		if p.Failure == "" && p.Errors == 0 && p.Count > 0 && p.P99 < HotelTarget && (best == nil || p.Rate > best.Rate) {
			best = p
		}
	}
	return best
}

// hotelTable writes the hotel mix sweep of every system that ran it.
func hotelTable(b *strings.Builder, r *Run, plots string) {
	var systems []string
	for _, s := range r.Systems {
		if len(hotelPoints(r, s)) > 0 {
			systems = append(systems, s)
		}
	}
	if len(systems) == 0 {
		return
	}
	fmt.Fprintf(b, "## Hotel reservation mix, open loop\n\n")
	for _, s := range systems {
		if p := Sustained(r, s); p != nil {
			fmt.Fprintf(b, "**%s: highest offered load with p99 under %v: %s requests/s = %s entity calls/s** "+
				"(%.2f calls per request, derived from the request kinds", s, HotelTarget, num(p.Rate),
				num(p.Rate*p.Metrics["calls_per_request"]), p.Metrics["calls_per_request"])
			if e, ok := p.Metrics["events_per_request"]; ok {
				fmt.Fprintf(b, "; %s events/s, %.2f per request as the runtime counted them", num(p.Rate*e), e)
			}
			fmt.Fprintf(b, "; p99 %s ms there).\n\n", lat(p.P99))
		} else {
			fmt.Fprintf(b, "**%s: no offered load had p99 under %v without errors.**\n\n", s, HotelTarget)
		}
	}
	b.WriteString("| system | offered req/s | achieved req/s | entity calls/s | events/s | p50 | p90 | p99 | p99.9 | max | late | errors |\n")
	b.WriteString("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n")
	for _, s := range systems {
		for _, p := range hotelPoints(r, s) {
			if st := status(p); st != "" {
				fmt.Fprintf(b, "| %s | %s | %s | | | | | | | | | |\n", s, num(p.Rate), st)
				continue
			}
			events := "–"
			if e, ok := p.Metrics["events_per_request"]; ok {
				events = num(p.Throughput * e)
			}
			fmt.Fprintf(b, "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %d | %d |\n", s, num(p.Rate), num(p.Throughput),
				num(p.Throughput*p.Metrics["calls_per_request"]), events, lat(p.P50), lat(p.P90), lat(p.P99), lat(p.P999),
				lat(p.Max), p.Late, p.Errors)
		}
	}
	fmt.Fprintf(b, "\n![hotel latency against offered load](%shotel.svg)\n\n", plots)
}
