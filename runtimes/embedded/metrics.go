package embedded

import (
	"strconv"

	"github.com/prometheus/client_golang/prometheus"
)

// metrics are the runtime's Prometheus collectors.
type metrics struct {
	events       prometheus.Counter
	overloaded   prometheus.Counter
	step         prometheus.Histogram
	commit       prometheus.Histogram
	commitEvents prometheus.Histogram
	commitBytes  prometheus.Histogram
	latency      prometheus.Histogram
	collectors   []prometheus.Collector
}

func newMetrics(rt *Runtime) *metrics {
	const ns, sub = "stateflow", "embedded"
	m := &metrics{
		events: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub,
			Name: "events_total", Help: "Events executed and committed."}),
		overloaded: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub,
			Name: "overloaded_total", Help: "Client requests refused because their partition's queue was full."}),
		step: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Subsystem: sub,
			Name: "step_seconds", Help: "Time the operator took to execute one event (one event in 16 is timed).",
			Buckets: prometheus.ExponentialBuckets(1e-6, 4, 10)}),
		commit: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Subsystem: sub,
			Name: "commit_seconds", Help: "Time one group commit took, sync included.",
			Buckets: prometheus.ExponentialBuckets(50e-6, 2, 14)}),
		commitEvents: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Subsystem: sub,
			Name: "commit_events", Help: "Events whose effects one group commit made durable.",
			Buckets: prometheus.ExponentialBuckets(1, 2, 14)}),
		commitBytes: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Subsystem: sub,
			Name: "commit_bytes", Help: "Key and value bytes of one group commit.",
			Buckets: prometheus.ExponentialBuckets(64, 4, 10)}),
		latency: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Subsystem: sub,
			Name: "round_seconds", Help: "Time from the start of a partition's round to its durable commit.",
			Buckets: prometheus.ExponentialBuckets(50e-6, 2, 16)}),
	}
	m.collectors = []prometheus.Collector{m.events, m.overloaded, m.step, m.commit, m.commitEvents, m.commitBytes, m.latency,
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub,
			Name: "inflight_continuations", Help: "Entities held by a split operation suspended at a remote call."},
			func() float64 { return float64(len(rt.holds.list())) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub,
			Name: "waiting_events", Help: "Events parked until an entity held by another call chain is released."},
			func() float64 {
				n := 0
				for _, h := range rt.holds.list() {
					n += len(h.Waiting)
				}
				return float64(n)
			}),
	}
	for _, p := range rt.parts {
		in := p.in
		m.collectors = append(m.collectors, prometheus.NewGaugeFunc(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub,
			Name: "queue_depth", Help: "Events waiting in a partition's queue.",
			ConstLabels: prometheus.Labels{"partition": strconv.Itoa(p.id)}},
			func() float64 { return float64(in.depth.Load()) }))
	}
	return m
}

// register registers the collectors with reg, all or none.
func (m *metrics) register(reg prometheus.Registerer) error {
	for i, c := range m.collectors {
		if err := reg.Register(c); err != nil {
			for _, done := range m.collectors[:i] {
				reg.Unregister(done)
			}
			return err
		}
	}
	return nil
}

// unregister removes the collectors from reg.
func (m *metrics) unregister(reg prometheus.Registerer) {
	for _, c := range m.collectors {
		reg.Unregister(c)
	}
}
