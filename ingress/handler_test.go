package ingress

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/internal/testprog"
	"github.com/stateflow-go/stateflow/runtimes/local"
)

// request is one HTTP request of a table test.
type request struct {
	method, path, body string
	header             map[string]string
}

func serve(h http.Handler, r request) *httptest.ResponseRecorder {
	var req *http.Request
	if r.body == "" {
		req = httptest.NewRequest(r.method, r.path, nil)
	} else {
		req = httptest.NewRequest(r.method, r.path, strings.NewReader(r.body))
		req.Header.Set("Content-Type", "application/json")
	}
	for k, v := range r.header {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// newLocalHandler returns a handler in front of a fresh local runtime of
// testprog holding Item/jeans (price 10, stock 3) and User/u1.
func newLocalHandler(t *testing.T, opts ...Option) http.Handler {
	t.Helper()
	rt := local.New(testprog.Program())
	t.Cleanup(func() { rt.Close() })
	h := Handler(testprog.Program(), rt, opts...)
	for _, r := range []request{
		{"POST", "/v1/Item", `{"id": "jeans", "price": 10}`, nil},
		{"POST", "/v1/Item/jeans/SetStock", `{"n": 3}`, nil},
		{"POST", "/v1/User", `{"ID": "u1", "Balance": 5}`, nil},
	} {
		if rec := serve(h, r); rec.Code >= 300 {
			t.Fatalf("%s %s: %d %s", r.method, r.path, rec.Code, rec.Body)
		}
	}
	return h
}

// TestStatuses runs one request per status code of the protocol (DESIGN
// §5, and 405, 413, 415), in order against one handler, and checks the
// status and what the body says.
func TestStatuses(t *testing.T) {
	h := newLocalHandler(t, WithMaxBodyBytes(256))
	idem := map[string]string{"Idempotency-Key": "k1"}
	tests := []struct {
		name string
		req  request
		code int
		want []string // substrings of the body
	}{
		{"create", request{"POST", "/v1/Item", `{"price": 5, "id": "shirt"}`, nil}, 201, []string{`{"key":"shirt"}`}},
		{"create from state", request{"POST", "/v1/User", `{"ID": "u2", "Basket": ["jeans", null]}`, nil}, 201, []string{`{"key":"u2"}`}},
		{"state", request{"GET", "/v1/Item/jeans", "", nil}, 200, []string{`{"ID":"jeans","Price":10,"Stock":3,"Tags":null}`}},
		{"state of created", request{"GET", "/v1/User/u2", "", nil}, 200, []string{`{"ID":"u2","Balance":0,"Basket":["jeans",null]}`}},
		{"call without results", request{"POST", "/v1/Item/shirt/SetStock", `{"n": 4}`, nil}, 200, []string{`{}`}},
		{"call with a result", request{"POST", "/v1/Item/shirt/Take", `{"n": 1}`, nil}, 200, []string{`{"result":3}`}},
		{"call with two results", request{"POST", "/v1/Item/jeans/Info", ``, nil}, 200, []string{`{"result":[10,null]}`}},
		{"empty body, no parameters", request{"POST", "/v1/Item/jeans/EnoughStock", ``, nil}, 200, []string{`{"result":true}`}},
		{"reference result", request{"POST", "/v1/User/u2/First", `{}`, nil}, 200, []string{`{"result":"jeans"}`}},
		{"charset", request{"POST", "/v1/User/u1/Deposit", `{"amount": 1}`, map[string]string{"Content-Type": "application/json; charset=utf-8"}}, 200, []string{`{"result":6}`}},
		{"idempotent first", request{"POST", "/v1/User/u1/Deposit", `{"amount": 10}`, idem}, 200, []string{`{"result":16}`}},
		{"idempotent retry", request{"POST", "/v1/User/u1/Deposit", `{"amount": 10}`, idem}, 200, []string{`{"result":16}`}},
		{"retry had no effect", request{"GET", "/v1/User/u1", "", nil}, 200, []string{`"Balance":16`}},

		{"unknown entity", request{"POST", "/v1/Nope", `{}`, nil}, 404, []string{`entity Nope not found`, `Stateflow-Error: not_found`, `Stateflow-Not-Found: entity Nope`}},
		{"unknown entity state", request{"GET", "/v1/Nope/x", "", nil}, 404, []string{`entity Nope not found`}},
		{"unknown key", request{"GET", "/v1/Item/nope", "", nil}, 404, []string{`{"error":"stateflow: Item/nope not found"}`, `Stateflow-Not-Found: Item/nope`}},
		{"unknown key call", request{"POST", "/v1/Item/nope/SetStock", `{"n": 1}`, nil}, 404, []string{`Item/nope not found`}},
		{"unknown method", request{"POST", "/v1/Item/jeans/Nope", `{}`, nil}, 404, []string{`method Item.Nope not found`}},
		{"unknown route", request{"GET", "/v2/Item", "", nil}, 404, []string{`no route for /v2/Item`}},

		{"malformed body", request{"POST", "/v1/Item/jeans/SetStock", `{"n": `, nil}, 400, []string{`invalid JSON at byte 6`, `Stateflow-Error: bad_request`}},
		{"wrong type", request{"POST", "/v1/Item/jeans/SetStock", `{"n": "3"}`, nil}, 400, []string{`parameter n: want integer, got string`, `Stateflow-Param: n`}},
		{"wrong element type", request{"POST", "/v1/User/u1/SetBasket", `{"items": ["a", null, 3]}`, nil}, 400, []string{`parameter items[2]: want key string or null, got number`, `Stateflow-Param: items[2]`}},
		{"fraction", request{"POST", "/v1/Item/jeans/SetStock", `{"n": 1.5}`, nil}, 400, []string{`parameter n: want integer, got 1.5`}},
		{"out of range", request{"POST", "/v1/Item/jeans/SetStock", `{"n": 9223372036854775808}`, nil}, 400, []string{`parameter n: number 9223372036854775808 overflows int`}},
		{"unknown parameter", request{"POST", "/v1/Item/jeans/SetStock", `{"n": 1, "m": 2}`, nil}, 400, []string{`parameter m: no such parameter (SetStock takes n)`}},
		{"missing parameter", request{"POST", "/v1/Item/jeans/SetStock", `{}`, nil}, 400, []string{`parameter n: missing`}},
		{"empty body, parameters", request{"POST", "/v1/Item/jeans/SetStock", ``, nil}, 400, []string{`parameter n: missing`}},
		{"parameter twice", request{"POST", "/v1/Item/jeans/SetStock", `{"n": 1, "n": 2}`, nil}, 400, []string{`parameter n: given twice`}},
		{"not an object", request{"POST", "/v1/Item/jeans/SetStock", `[1]`, nil}, 400, []string{`want a JSON object of parameters, got array`}},
		{"bad constructor argument", request{"POST", "/v1/Item", `{"id": 1, "price": 1}`, nil}, 400, []string{`parameter id: want string, got number`}},
		{"bad state", request{"POST", "/v1/User", `{"ID": "u3", "Balance": "x"}`, nil}, 400, []string{`parameter Balance: want integer, got string`}},
		{"unknown state field", request{"POST", "/v1/User", `{"ID": "u3", "Name": "x"}`, nil}, 400, []string{`unknown field \"Name\" (User has ID, Balance, Basket)`}},

		{"create existing", request{"POST", "/v1/Item", `{"id": "jeans", "price": 1}`, nil}, 409, []string{`entity exists`, `Stateflow-Error: exists`}},
		{"create existing from state", request{"POST", "/v1/User", `{"ID": "u1"}`, nil}, 409, []string{`entity exists`}},

		{"operation error", request{"POST", "/v1/Item/jeans/Take", `{"n": 100}`, nil}, 422, []string{`"error":"not enough stock"`, `Stateflow-Error: operation_failed`, `Stateflow-Entity: Item`, `Stateflow-Key: jeans`, `Stateflow-Method: Take`}},
		{"an operation error keeps its changes, as in plain Go", request{"GET", "/v1/Item/jeans", "", nil}, 200, []string{`"Stock":-1000`}},
		{"constructor error", request{"POST", "/v1/Item", `{"id": "neg", "price": -1}`, nil}, 422, []string{`"error":"negative price -1"`}},
		{"idempotency conflict", request{"POST", "/v1/User/u1/Deposit", `{"amount": 11}`, idem}, 422, []string{`idempotency key reused`, `Stateflow-Error: idempotency_conflict`}},

		{"panic", request{"POST", "/v1/Item/jeans/Explode", ``, nil}, 500, []string{`"error":"boom"`, `Stateflow-Error: panic`, `Stateflow-Method: Explode`}},
		{"panic left no change", request{"GET", "/v1/Item/jeans", "", nil}, 200, []string{`"Price":10`}},

		{"GET a create", request{"GET", "/v1/Item", "", nil}, 405, []string{`method GET not allowed on /v1/Item (allowed: POST)`, `Stateflow-Error: method_not_allowed`}},
		{"DELETE a state", request{"DELETE", "/v1/Item/jeans", "", nil}, 405, []string{`allowed: GET, HEAD`}},
		{"GET a call", request{"GET", "/v1/Item/jeans/Take", "", nil}, 405, []string{`allowed: POST`}},
		{"POST healthz", request{"POST", "/healthz", "", nil}, 405, []string{`allowed: GET, HEAD`}},

		{"too large", request{"POST", "/v1/Item/jeans/SetStock", `{"n": 1` + strings.Repeat(" ", 300) + `}`, nil}, 413, []string{`request body larger than 256 bytes`, `Stateflow-Error: body_too_large`}},
		{"not JSON", request{"POST", "/v1/Item/jeans/SetStock", `n=1`, map[string]string{"Content-Type": "application/x-www-form-urlencoded"}}, 415, []string{`content type application/x-www-form-urlencoded is not JSON`, `Stateflow-Error: unsupported_media_type`}},
		{"bad content type", request{"POST", "/v1/Item/jeans/SetStock", `{"n":1}`, map[string]string{"Content-Type": ";;"}}, 415, []string{`is not JSON`}},
	}
	for _, tc := range tests {
		rec := serve(h, tc.req)
		if rec.Code != tc.code {
			t.Errorf("%s: %s %s: status %d, want %d; body %s", tc.name, tc.req.method, tc.req.path, rec.Code, tc.code, rec.Body)
			continue
		}
		body := rec.Body.String()
		for _, w := range tc.want {
			if name, value, ok := strings.Cut(w, ": "); ok && strings.HasPrefix(name, "Stateflow-") {
				if got, _ := url.PathUnescape(rec.Header().Get(name)); got != value {
					t.Errorf("%s: header %s is %q, want %q", tc.name, name, got, value)
				}
			} else if !strings.Contains(body, w) {
				t.Errorf("%s: body %s lacks %s", tc.name, body, w)
			}
		}
		if tc.code >= 400 && !strings.HasPrefix(body, `{"error":`) {
			t.Errorf("%s: error body %s", tc.name, body)
		}
		if ct := rec.Header().Get("Content-Type"); ct != "application/json" {
			t.Errorf("%s: Content-Type %q", tc.name, ct)
		}
		if !json.Valid(rec.Body.Bytes()) {
			t.Errorf("%s: body is not JSON: %s", tc.name, body)
		}
		if tc.code == 405 && rec.Header().Get("Allow") == "" {
			t.Errorf("%s: 405 without Allow", tc.name)
		}
	}
}

// fakeClient answers every request with err and records the context of the
// last one: a client that can be told to fail.
type fakeClient struct {
	err     error
	lastCtx context.Context
}

func (f *fakeClient) Create(ctx context.Context, entity string, args []byte) (string, error) {
	f.lastCtx = ctx
	return "", f.err
}

func (f *fakeClient) Call(ctx context.Context, addr stateflow.Address, method string, args []byte) ([]byte, error) {
	f.lastCtx = ctx
	return nil, f.err
}

func (f *fakeClient) State(ctx context.Context, addr stateflow.Address) ([]byte, error) {
	f.lastCtx = ctx
	return nil, f.err
}

// TestClientErrorStatuses checks the statuses of errors the local runtime
// does not produce on demand.
func TestClientErrorStatuses(t *testing.T) {
	tests := []struct {
		err  error
		code int
		want string
	}{
		{errors.New("disk on fire"), 500, `{"error":"disk on fire"}`},
		{context.DeadlineExceeded, 504, `Stateflow-Error: timeout`},
		{context.Canceled, 503, `Stateflow-Error: canceled`},
		{&stateflow.ArgError{Param: "n", Err: errors.New("bad")}, 400, `Stateflow-Param: n`},
		{stateflow.ErrIdempotencyConflict, 422, `Stateflow-Error: idempotency_conflict`},
		{errors.New("boom"), 500, `Stateflow-Error: internal`},
	}
	for _, tc := range tests {
		fc := &fakeClient{err: tc.err}
		h := Handler(testprog.Program(), fc)
		rec := serve(h, request{"POST", "/v1/Item/jeans/SetStock", `{"n": 1}`, map[string]string{"Idempotency-Key": "abc"}})
		name, value, isHeader := strings.Cut(tc.want, ": ")
		if rec.Code != tc.code || isHeader && rec.Header().Get(name) != value || !isHeader && !strings.Contains(rec.Body.String(), tc.want) {
			t.Errorf("client error %v: %d %v %s, want %d with %s", tc.err, rec.Code, rec.Header(), rec.Body, tc.code, tc.want)
		}
		if k := stateflow.IdempotencyKey(fc.lastCtx); k != "abc" {
			t.Errorf("the client's context carries idempotency key %q, want abc", k)
		}
	}
	// A corrupt state from the client is a server failure, not a bad request.
	h := Handler(testprog.Program(), &corruptState{})
	if rec := serve(h, request{"GET", "/v1/Item/jeans", "", nil}); rec.Code != 500 || !strings.Contains(rec.Body.String(), "encoding the state of Item") {
		t.Errorf("corrupt state: %d %s", rec.Code, rec.Body)
	}
}

type corruptState struct{ fakeClient }

func (*corruptState) State(context.Context, stateflow.Address) ([]byte, error) { return []byte{9}, nil }

// TestServiceRoutes checks /healthz, /openapi.json and /metrics.
func TestServiceRoutes(t *testing.T) {
	h := newLocalHandler(t)
	if rec := serve(h, request{"GET", "/healthz", "", nil}); rec.Code != 200 || rec.Body.String() != "ok" {
		t.Errorf("/healthz: %d %q", rec.Code, rec.Body)
	}
	rec := serve(h, request{"GET", "/openapi.json", "", nil})
	if rec.Code != 200 || !strings.Contains(rec.Body.String(), `"openapi": "3.0.3"`) {
		t.Errorf("/openapi.json: %d %.200s", rec.Code, rec.Body)
	}
	serve(h, request{"POST", "/v1/Item/jeans/Take", `{"n": 100}`, nil})
	serve(h, request{"POST", "/v1/Item/jeans/NoSuchMethod", `{}`, nil})
	serve(h, request{"GET", "/v1/Item/jeans", "", nil})
	rec = serve(h, request{"GET", "/metrics", "", nil})
	body := rec.Body.String()
	for _, want := range []string{
		`stateflow_http_requests_total{code="201",entity="Item",method="create"} 1`,
		`stateflow_http_requests_total{code="200",entity="Item",method="SetStock"} 1`,
		`stateflow_http_requests_total{code="422",entity="Item",method="Take"} 1`,
		`stateflow_http_requests_total{code="404",entity="Item",method=""} 1`,
		`stateflow_http_requests_total{code="200",entity="Item",method="state"} 1`,
		`stateflow_http_requests_total{code="200",entity="",method="healthz"} 1`,
		`stateflow_http_request_duration_seconds_bucket{code="422",entity="Item",method="Take",le="+Inf"} 1`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("/metrics lacks %s:\n%s", want, body)
		}
	}
}

// TestLogging checks that requests are logged through the given logger at
// the level of their outcome.
func TestLogging(t *testing.T) {
	var buf strings.Builder
	logger := slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelInfo}))
	h := newLocalHandler(t, WithLogger(logger))
	serve(h, request{"POST", "/v1/Item/jeans/Explode", ``, nil})
	serve(h, request{"POST", "/v1/Item/jeans/Nope", `{}`, nil})
	serve(h, request{"GET", "/v1/Item/jeans", ``, nil})
	out := buf.String()
	for _, want := range []string{
		`level=ERROR msg=request method=POST path=/v1/Item/jeans/Explode status=500`,
		`level=INFO msg=request method=POST path=/v1/Item/jeans/Nope status=404`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("log lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "status=200") {
		t.Errorf("a success was logged above Debug:\n%s", out)
	}
}

// TestSharedRegistry checks that two handlers can share a registry, and
// that a registry holding different collectors of the same names does not
// stop the handler from serving.
func TestSharedRegistry(t *testing.T) {
	reg := prometheus.NewRegistry()
	h1 := Handler(testprog.Program(), zeroClient{testprog.Program()}, WithRegistry(reg))
	h2 := Handler(testprog.Program(), zeroClient{testprog.Program()}, WithRegistry(reg))
	serve(h1, request{"GET", "/healthz", "", nil})
	serve(h2, request{"GET", "/healthz", "", nil})
	rec := serve(h1, request{"GET", "/metrics", "", nil})
	if !strings.Contains(rec.Body.String(), `stateflow_http_requests_total{code="200",entity="",method="healthz"} 2`) {
		t.Errorf("shared registry:\n%s", rec.Body)
	}

	clash := prometheus.NewRegistry()
	clash.MustRegister(prometheus.NewCounter(prometheus.CounterOpts{Name: "stateflow_http_requests_total", Help: "other"}))
	var buf strings.Builder
	h := Handler(testprog.Program(), zeroClient{testprog.Program()}, WithRegistry(clash), WithLogger(slog.New(slog.NewTextHandler(&buf, nil))))
	if rec := serve(h, request{"POST", "/v1/Item/jeans/Take", `{"n": 1}`, nil}); rec.Code != 200 {
		t.Errorf("handler with a clashing registry: %d %s", rec.Code, rec.Body)
	}
	if !strings.Contains(buf.String(), "metrics not registered") {
		t.Errorf("the clash was not logged: %s", buf.String())
	}
}
