package ingress

import (
	"net/http"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/propagation"
	"go.opentelemetry.io/otel/trace"
)

// tracerName is the instrumentation scope of the handler's spans.
const tracerName = "github.com/stateflow-go/stateflow/ingress"

// WithTracerProvider makes the handler record one server span per request
// with tp, named by its route ("POST /v1/{entity}/{key}/{method}"), as a
// child of the span a W3C traceparent header names, if any. The span is in
// the context passed to the client: a runtime that traces (the embedded
// runtime's WithTracerProvider) sets on it the ID of the request's call
// chain, which its step spans carry too. Without it there are no spans.
func WithTracerProvider(tp trace.TracerProvider) Option {
	return func(c *config) { c.tracer = tp.Tracer(tracerName) }
}

// startSpan starts the span of r on route and returns r with it.
func (h *handler) startSpan(route string, r *http.Request) (*http.Request, trace.Span) {
	ctx := propagation.TraceContext{}.Extract(r.Context(), propagation.HeaderCarrier(r.Header))
	ctx, span := h.cfg.tracer.Start(ctx, route,
		trace.WithSpanKind(trace.SpanKindServer),
		trace.WithAttributes(
			attribute.String("http.request.method", r.Method),
			attribute.String("url.path", r.URL.Path),
		))
	return r.WithContext(ctx), span
}

// endSpan ends span with the answer's status; a 5xx marks it as an error.
func endSpan(span trace.Span, status int) {
	span.SetAttributes(attribute.Int("http.response.status_code", status))
	if status >= 500 {
		span.SetStatus(codes.Error, http.StatusText(status))
	}
	span.End()
}
