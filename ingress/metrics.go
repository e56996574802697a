package ingress

import (
	"errors"
	"net/http"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// metrics are the handler's Prometheus collectors, labelled by entity,
// method and status code. The labels take only values known from the
// program (an unknown entity or method is counted with an empty label), so
// stray requests cannot grow the label set.
type metrics struct {
	requests *prometheus.CounterVec
	latency  *prometheus.HistogramVec
}

var metricLabels = []string{"entity", "method", "code"}

// newMetrics returns the collectors, registered on reg unless it is nil.
func newMetrics(reg prometheus.Registerer) (*metrics, error) {
	m := &metrics{
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "stateflow_http_requests_total",
			Help: "HTTP requests answered by the StateFlow ingress, by entity, method and status code.",
		}, metricLabels),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "stateflow_http_request_duration_seconds",
			Help:    "Time to answer an HTTP request of the StateFlow ingress, by entity, method and status code.",
			Buckets: prometheus.DefBuckets,
		}, metricLabels),
	}
	if reg == nil {
		return m, nil
	}
	var err error
	m.requests, err = register(reg, m.requests)
	if err != nil {
		return nil, err
	}
	m.latency, err = register(reg, m.latency)
	if err != nil {
		return nil, err
	}
	return m, nil
}

// register registers c, or returns the equal collector already registered
// by another handler on the same registry.
func register[C prometheus.Collector](reg prometheus.Registerer, c C) (C, error) {
	err := reg.Register(c)
	var are prometheus.AlreadyRegisteredError
	if errors.As(err, &are) {
		if existing, ok := are.ExistingCollector.(C); ok {
			return existing, nil
		}
	}
	return c, err
}

func (m *metrics) observe(entity, method string, code int, d time.Duration) {
	c := strconv.Itoa(code)
	m.requests.WithLabelValues(entity, method, c).Inc()
	m.latency.WithLabelValues(entity, method, c).Observe(d.Seconds())
}

// statusWriter records the status code written through it.
type statusWriter struct {
	http.ResponseWriter
	code int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.code == 0 {
		w.code = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.code == 0 {
		w.code = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the underlying writer.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }
