package kafka

import (
	"github.com/prometheus/client_golang/prometheus"
)

// workerMetrics are a worker's Prometheus metrics, labelled with its ID.
type workerMetrics struct {
	reg          prometheus.Registerer
	committed    prometheus.Counter
	aborted      prometheus.Counter
	events       prometheus.Counter
	localHops    prometheus.Counter
	kafkaHops    prometheus.Counter
	badRecords   prometheus.Counter
	waitTimeouts prometheus.Counter
	restore      prometheus.Observer
	all          []prometheus.Collector
}

func newWorkerMetrics(reg prometheus.Registerer, worker string) *workerMetrics {
	labels := prometheus.Labels{"worker": worker}
	counter := func(name, help string) prometheus.Counter {
		return prometheus.NewCounter(prometheus.CounterOpts{Name: "stateflow_kafka_" + name, Help: help, ConstLabels: labels})
	}
	restore := prometheus.NewHistogram(prometheus.HistogramOpts{Name: "stateflow_kafka_restore_seconds",
		Help: "Time to take up a new assignment: changelog read and holds rebuilt.", ConstLabels: labels,
		Buckets: prometheus.ExponentialBuckets(0.001, 4, 8)})
	m := &workerMetrics{
		reg:          reg,
		committed:    counter("transactions_committed_total", "Transactions committed."),
		aborted:      counter("transactions_aborted_total", "Transactions aborted (rebalance, failed produce or commit); their records run again."),
		events:       counter("events_total", "Events executed in committed transactions."),
		localHops:    counter("local_hops_total", "Events between entities run in the transaction that produced them."),
		kafkaHops:    counter("kafka_hops_total", "Events between entities sent through the internal topic."),
		badRecords:   counter("bad_records_total", "Records skipped because they are not events of this program."),
		waitTimeouts: counter("wait_timeouts_total", "Calls refused after waiting for a held entity longer than the lock wait timeout."),
		restore:      restore,
	}
	m.all = []prometheus.Collector{m.committed, m.aborted, m.events, m.localHops, m.kafkaHops, m.badRecords, m.waitTimeouts, restore}
	if reg != nil {
		for _, c := range m.all {
			if err := reg.Register(c); err != nil {
				m.reg = nil // already registered by a worker of the same ID
				break
			}
		}
	}
	return m
}

func (m *workerMetrics) unregister() {
	if m.reg == nil {
		return
	}
	for _, c := range m.all {
		m.reg.Unregister(c)
	}
}
