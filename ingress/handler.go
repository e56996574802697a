package ingress

import (
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus/promhttp"
	"go.opentelemetry.io/otel/trace"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/ir"
)

// handler serves the HTTP protocol of one program in front of a client.
type handler struct {
	prog    *ir.Program
	client  stateflow.Client
	cfg     config
	metrics *metrics
	openapi []byte
	mux     *http.ServeMux
}

// Handler returns the HTTP ingress of prog: it transcodes each request's
// JSON to the wire encoding, sends it through c and answers with JSON, as
// the package documentation describes.
func Handler(prog *ir.Program, c stateflow.Client, opts ...Option) http.Handler {
	h := &handler{prog: prog, client: c, cfg: newConfig(opts), mux: http.NewServeMux()}
	m, err := newMetrics(h.cfg.registry)
	if err != nil {
		// The registry holds different collectors of the same names: count
		// anyway, unexposed, rather than fail the whole ingress.
		h.cfg.logger.Error("ingress: metrics not registered", "err", err)
		m, _ = newMetrics(nil)
	}
	h.metrics = m
	h.openapi = OpenAPI(prog)

	h.handle("POST /v1/{entity}", h.create)
	h.handle("GET /v1/{entity}/{key}", h.state)
	h.handle("POST /v1/{entity}/{key}/{method}", h.call)
	h.handle("/v1/{entity}", notAllowed("POST"))
	h.handle("/v1/{entity}/{key}", notAllowed("GET, HEAD"))
	h.handle("/v1/{entity}/{key}/{method}", notAllowed("POST"))

	h.handle("GET /openapi.json", h.serveOpenAPI)
	h.handle("GET /healthz", healthz)
	metricsHandler := promhttp.HandlerFor(h.cfg.registry, promhttp.HandlerOpts{})
	h.handle("GET /metrics", func(w http.ResponseWriter, r *http.Request) { metricsHandler.ServeHTTP(w, r) })
	for _, p := range []string{"/openapi.json", "/healthz", "/metrics"} {
		h.handle(p, notAllowed("GET, HEAD"))
	}
	h.registerAdmin()
	h.handle("/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, errorAnswer{status: http.StatusNotFound, msg: "no route for " + r.URL.Path, code: codeNotFound})
	})
	return h
}

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) { h.mux.ServeHTTP(w, r) }

// handle registers fn for pattern, counting and logging every request.
func (h *handler) handle(pattern string, fn http.HandlerFunc) {
	route := pattern[strings.IndexByte(pattern, '/'):]
	h.mux.HandleFunc(pattern, func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		var span trace.Span
		if h.cfg.tracer != nil {
			r, span = h.startSpan(pattern, r)
		}
		fn(sw, r)
		if sw.code == 0 {
			sw.code = http.StatusOK
		}
		if span != nil {
			endSpan(span, sw.code)
		}
		d := time.Since(start)
		entity, method := h.labels(route, r)
		h.metrics.observe(entity, method, sw.code, d)
		level := slog.LevelDebug
		switch {
		case sw.code >= 500:
			level = slog.LevelError
		case sw.code >= 400:
			level = slog.LevelInfo
		}
		h.cfg.logger.LogAttrs(r.Context(), level, "request",
			slog.String("method", r.Method), slog.String("path", r.URL.Path),
			slog.Int("status", sw.code), slog.Duration("duration", d))
	})
}

// labels returns the metric labels of a request: the entity and method
// when the program has them, "create" and "state" for those routes, and the
// route's name for the others.
func (h *handler) labels(route string, r *http.Request) (entity, method string) {
	if !strings.HasPrefix(route, "/v1/") {
		return "", strings.TrimPrefix(route, "/")
	}
	e := h.prog.Entity(r.PathValue("entity"))
	if e == nil {
		return "", ""
	}
	switch strings.Count(route, "/") {
	case 2:
		return e.Name, "create"
	case 3:
		return e.Name, "state"
	}
	if m := e.Method(r.PathValue("method")); m != nil && !m.Internal {
		return e.Name, m.Name
	}
	return e.Name, ""
}

func notAllowed(allow string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Allow", allow)
		writeError(w, errorAnswer{
			status: http.StatusMethodNotAllowed,
			msg:    "method " + r.Method + " not allowed on " + r.URL.Path + " (allowed: " + allow + ")",
			code:   codeMethodNotAllowed,
		})
	}
}

func healthz(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	_, _ = io.WriteString(w, "ok")
}

func (h *handler) serveOpenAPI(w http.ResponseWriter, _ *http.Request) {
	writeJSON(w, http.StatusOK, h.openapi)
}

// fail answers with the status and body that err maps to.
func (h *handler) fail(w http.ResponseWriter, err error) {
	writeError(w, answerFor(err))
}

// entity looks up the entity of the request's path, answering 404 when the
// program has none of that name.
func (h *handler) entity(w http.ResponseWriter, r *http.Request) *ir.Entity {
	name := r.PathValue("entity")
	e := h.prog.Entity(name)
	if e == nil {
		h.fail(w, &stateflow.NotFoundError{What: "entity " + name})
	}
	return e
}

// body reads the request body, answering 415 for a media type other than
// JSON and 413 for a body over the limit.
func (h *handler) body(w http.ResponseWriter, r *http.Request) ([]byte, bool) {
	if ct := r.Header.Get("Content-Type"); ct != "" {
		mt, _, err := mime.ParseMediaType(ct)
		if err != nil || mt != "application/json" && !strings.HasSuffix(mt, "+json") {
			writeError(w, errorAnswer{
				status: http.StatusUnsupportedMediaType,
				msg:    "content type " + ct + " is not JSON: send application/json",
				code:   codeMediaType,
			})
			return nil, false
		}
	}
	// The server's own writer lets MaxBytesReader close the connection
	// after an oversized body.
	rw := w
	if sw, ok := w.(*statusWriter); ok {
		rw = sw.ResponseWriter
	}
	b, err := io.ReadAll(http.MaxBytesReader(rw, r.Body, h.cfg.maxBody))
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			writeError(w, errorAnswer{
				status: http.StatusRequestEntityTooLarge,
				msg:    "request body larger than " + itoa(mbe.Limit) + " bytes",
				code:   codeTooLarge,
			})
			return nil, false
		}
		writeError(w, errorAnswer{status: http.StatusBadRequest, msg: "reading the request body: " + err.Error(), code: codeBadRequest})
		return nil, false
	}
	return b, true
}

// idempotent returns r with a context carrying its Idempotency-Key.
func idempotent(r *http.Request) *http.Request {
	if k := r.Header.Get("Idempotency-Key"); k != "" {
		return r.WithContext(stateflow.WithIdempotencyKey(r.Context(), k))
	}
	return r
}

// create serves POST /v1/{entity}.
func (h *handler) create(w http.ResponseWriter, r *http.Request) {
	e := h.entity(w, r)
	if e == nil {
		return
	}
	body, ok := h.body(w, r)
	if !ok {
		return
	}
	var args []byte
	var err error
	if e.Constructor != nil {
		args, err = argsToWire(nil, e.Constructor, body)
	} else {
		args, err = stateToWire(e, body)
	}
	if err != nil {
		h.fail(w, err)
		return
	}
	r = idempotent(r)
	key, err := h.client.Create(r.Context(), e.Name, args)
	if err != nil {
		h.fail(w, err)
		return
	}
	out, _ := json.Marshal(struct {
		Key string `json:"key"`
	}{key})
	writeJSON(w, http.StatusCreated, append(out, '\n'))
}

// stateToWire reads the initial state of an entity without constructor.
func stateToWire(e *ir.Entity, body []byte) ([]byte, error) {
	if isBlank(body) {
		body = []byte("{}")
	}
	out, err := AppendWire(nil, e.State, body)
	if err != nil {
		return nil, argError("", err)
	}
	return out, nil
}

// state serves GET /v1/{entity}/{key}.
func (h *handler) state(w http.ResponseWriter, r *http.Request) {
	e := h.entity(w, r)
	if e == nil {
		return
	}
	st, err := h.client.State(r.Context(), stateflow.Address{Entity: e.Name, Key: r.PathValue("key")})
	if err != nil {
		h.fail(w, err)
		return
	}
	out, err := AppendJSON(nil, e.State, st)
	if err != nil {
		h.fail(w, errors.New("ingress: encoding the state of "+e.Name+": "+err.Error()))
		return
	}
	writeJSON(w, http.StatusOK, append(out, '\n'))
}

// call serves POST /v1/{entity}/{key}/{method}.
func (h *handler) call(w http.ResponseWriter, r *http.Request) {
	e := h.entity(w, r)
	if e == nil {
		return
	}
	m := e.Method(r.PathValue("method"))
	if m == nil || m.Internal { // internal split methods are not operations
		h.fail(w, &stateflow.NotFoundError{What: "method " + e.Name + "." + r.PathValue("method")})
		return
	}
	body, ok := h.body(w, r)
	if !ok {
		return
	}
	args, err := argsToWire(nil, m, body)
	if err != nil {
		h.fail(w, err)
		return
	}
	r = idempotent(r)
	addr := stateflow.Address{Entity: e.Name, Key: r.PathValue("key")}
	res, err := h.client.Call(r.Context(), addr, m.Name, args)
	if err != nil {
		h.fail(w, err)
		return
	}
	out, err := resultsToJSON(nil, m, res)
	if err != nil {
		h.fail(w, errors.New("ingress: encoding the results of "+e.Name+"."+m.Name+": "+err.Error()))
		return
	}
	writeJSON(w, http.StatusOK, append(out, '\n'))
}
