package ingress

import (
	"context"
	"net/http/httptest"
	"strings"
	"testing"

	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/sdk/trace/tracetest"

	"github.com/stateflow-go/stateflow/internal/testprog"
	"github.com/stateflow-go/stateflow/runtimes/embedded"
	"github.com/stateflow-go/stateflow/wire"
)

// A Transfer over HTTP records one server span for the request, child of
// the caller's traceparent, and one span per step of its chain (the
// payer's first step, the payee's Deposit, the payer's resumption), all
// carrying the chain's ID.
func TestTraceSpans(t *testing.T) {
	exp := tracetest.NewInMemoryExporter()
	tp := sdktrace.NewTracerProvider(sdktrace.WithSyncer(exp))
	defer tp.Shutdown(context.Background())
	rt, err := embedded.Open(testprog.Program(), t.TempDir(), embedded.WithTracerProvider(tp))
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	ctx := t.Context()
	for _, id := range []string{"a", "b"} {
		if _, err := rt.Create(ctx, "Account", wire.AppendInt(wire.AppendString(nil, id), 100)); err != nil {
			t.Fatal(err)
		}
	}
	exp.Reset()
	h := Handler(testprog.Program(), rt, WithTracerProvider(tp))
	req := httptest.NewRequestWithContext(ctx, "POST", "/v1/Account/a/Transfer", strings.NewReader(`{"to":"b","amount":5}`))
	const parent = "4bf92f3577b34da6a3ce929d0e0e4736"
	req.Header.Set("Traceparent", "00-"+parent+"-00f067aa0ba902b7-01")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != 200 {
		t.Fatalf("Transfer: %d %s", rec.Code, rec.Body)
	}

	var chain string
	var steps []string
	for _, s := range exp.GetSpans() {
		attrs := map[string]string{}
		for _, kv := range s.Attributes {
			attrs[string(kv.Key)] = kv.Value.String()
		}
		switch s.Name {
		case "POST /v1/{entity}/{key}/{method}":
			chain = attrs[embedded.ChainAttr]
			if s.SpanContext.TraceID().String() != parent || attrs["http.response.status_code"] != "200" || attrs["url.path"] != "/v1/Account/a/Transfer" {
				t.Errorf("request span: trace %s, attributes %v", s.SpanContext.TraceID(), attrs)
			}
		case "stateflow.step":
			steps = append(steps, attrs[embedded.ChainAttr]+" "+attrs["stateflow.key"]+"."+attrs["stateflow.method"]+" "+attrs["stateflow.kind"])
		}
	}
	if len(chain) != 32 {
		t.Fatalf("the request span has no chain; spans: %v", exp.GetSpans())
	}
	want := []string{chain + " a.Transfer Invoke", chain + " b.Deposit Invoke", chain + " a.Transfer Result"}
	if strings.Join(steps, "\n") != strings.Join(want, "\n") {
		t.Errorf("step spans:\n%s\nwant:\n%s", strings.Join(steps, "\n"), strings.Join(want, "\n"))
	}
}
