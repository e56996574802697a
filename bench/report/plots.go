package report

import (
	"math"
	"strconv"
)

// color returns system s's color, stable across the plots of a run.
func color(r *Run, s string) string {
	for i, name := range r.Systems {
		if name == s {
			return palette[i%len(palette)]
		}
	}
	return "#000"
}

// closedPlot plots the throughput of a closed-loop workload by
// concurrency, one line per system.
func closedPlot(r *Run, suite, workload, title string) string {
	concs := values(r, suite, func(p *Point) int { return p.Concurrency })
	c := chart{title: title, xLabel: "concurrency (callers)", yLabel: "throughput (calls/s, log scale)"}
	for i, n := range concs {
		c.xTicks = append(c.xTicks, float64(i))
		c.xTickLabels = append(c.xTickLabels, strconv.Itoa(n))
	}
	for _, s := range r.Systems {
		sr := series{name: s, color: color(r, s)}
		for i, n := range concs {
			if v := throughputOf(find(r, suite, workload, s, n, 0)); v > 0 {
				sr.x, sr.y = append(sr.x, float64(i)), append(sr.y, v)
			}
		}
		if len(sr.x) > 0 {
			c.series = append(c.series, sr)
		}
	}
	return c.render()
}

// UpdatePlot is the single-entity update's throughput by concurrency.
func UpdatePlot(r *Run) string {
	return closedPlot(r, SuiteUpdate, "counters/uniform", "Durable single-entity update: throughput by concurrency")
}

// ThroughputPlot is the bank transfer's throughput by concurrency.
func ThroughputPlot(r *Run) string {
	return closedPlot(r, SuiteBank, "bank", "Bank transfer: throughput by concurrency")
}

// HotelPlot is the hotel mix's p50 (dashed) and p99 latency against the
// offered load, as the thesis' Figure 6.16.
func HotelPlot(r *Run) string {
	c := chart{title: "Hotel mix: latency against offered load (open loop)", xLabel: "offered load (requests/s, log scale)",
		yLabel: "latency (ms, log scale)", hline: HotelTarget.Seconds() * 1000, hlineLabel: "p99 target 50 ms"}
	seen := map[float64]bool{}
	for _, s := range r.Systems {
		ps := hotelPoints(r, s)
		if len(ps) == 0 {
			continue
		}
		p50 := series{name: s + " p50", color: color(r, s), dashed: true}
		p99 := series{name: s + " p99", color: color(r, s)}
		for _, p := range ps {
			if p.Failure != "" || p.Count == 0 {
				continue
			}
			x := math.Log2(p.Rate)
			p50.x, p50.y = append(p50.x, x), append(p50.y, p.P50.Seconds()*1000)
			p99.x, p99.y = append(p99.x, x), append(p99.y, p.P99.Seconds()*1000)
			if !seen[p.Rate] {
				seen[p.Rate] = true
				c.xTicks = append(c.xTicks, x)
				c.xTickLabels = append(c.xTickLabels, num(p.Rate))
			}
		}
		c.series = append(c.series, p50, p99)
	}
	return c.render()
}
