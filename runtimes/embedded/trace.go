package embedded

import (
	"context"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/trace"

	"github.com/stateflow-go/stateflow/engine"
)

// ChainAttr is the span attribute naming a call chain by its ID, in hex:
// it is set on the span of each step and on the span of the request that
// started the chain (the span in the request's context), so that a
// request's steps are found by it.
const ChainAttr = "stateflow.chain"

// tracerName is the instrumentation scope of the runtime's spans.
const tracerName = "github.com/stateflow-go/stateflow/runtimes/embedded"

// WithTracerProvider makes the runtime record one span per step with tp:
// "stateflow.step", with the chain (ChainAttr), the target entity and key,
// the method, the event's kind and hop, and the partition. Each request
// also sets ChainAttr on the span of its context. Without it there are no
// spans.
func WithTracerProvider(tp trace.TracerProvider) Option {
	return func(c *config) { c.tracer = tp.Tracer(tracerName) }
}

// traceRequest names the chain of a request on the span of its context.
func traceRequest(ctx context.Context, id engine.ID) {
	trace.SpanFromContext(ctx).SetAttributes(attribute.String(ChainAttr, id.String()))
}

// traceStep starts the span of one step of ev.
func (p *partition) traceStep(ev *engine.Event) trace.Span {
	_, span := p.rt.cfg.tracer.Start(context.Background(), "stateflow.step",
		trace.WithSpanKind(trace.SpanKindInternal),
		trace.WithAttributes(
			attribute.String(ChainAttr, ev.ID.String()),
			attribute.String("stateflow.entity", ev.Target.Entity),
			attribute.String("stateflow.key", ev.Target.Key),
			attribute.String("stateflow.method", ev.Method),
			attribute.String("stateflow.kind", ev.Kind.String()),
			attribute.Int("stateflow.hop", int(ev.Hop)),
			attribute.Int("stateflow.partition", p.id),
		))
	return span
}
