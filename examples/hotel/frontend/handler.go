package frontend

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"slices"
	"strings"
	"sync/atomic"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/examples/hotel"
)

// The paths of the four endpoints, and the methods they accept.
const (
	SearchPath    = "/search"    // GET; DeathStar's GET /hotels
	RecommendPath = "/recommend" // GET; DeathStar's GET /recommendations
	LoginPath     = "/login"     // GET or POST; DeathStar's POST /user
	ReservePath   = "/reserve"   // GET or POST; DeathStar's POST /reservation
)

// maxBody bounds the form body of a POST request.
const maxBody = 64 << 10

// Option configures the handler of NewHandler.
type Option func(*handler)

// WithPartitionFunc chooses the partition of each request with pick
// instead of round-robin; its result is taken modulo the partition count.
func WithPartitionFunc(pick func(hotel.Request) int) Option {
	return func(h *handler) { h.pick = pick }
}

// WithLogger logs the requests that fail with a server error to l (by
// default they are not logged).
func WithLogger(l *slog.Logger) Option { return func(h *handler) { h.log = l } }

// handler serves the four endpoints over a client.
type handler struct {
	c          stateflow.Client
	partitions int
	next       atomic.Uint64 // the round-robin counter
	pick       func(hotel.Request) int
	log        *slog.Logger
	mux        *http.ServeMux
}

// NewHandler returns the hotel application's HTTP front end over c, whose
// data set was loaded with Load for the given number of partitions (below
// 1 counts as 1). Each request runs with Run against the replicas of one
// partition, chosen round-robin unless WithPartitionFunc says otherwise.
//
// It serves search and recommend, which answer a FeatureCollection, and
// login and reserve, which answer a Message (a wrong password and a full
// hotel are answered with status 200 and a message, as DeathStar does), at
// SearchPath, RecommendPath, LoginPath and ReservePath and at DeathStar's
// paths /hotels, /recommendations, /user and /reservation. Parameters are
// read from the query and from a POST form body, as ParseRequest
// describes. A bad parameter is answered 400 naming it and its value, an
// unknown user or hotel 404, a method the endpoint does not accept 405, a
// runtime that is unavailable 503, and any other failure 500.
func NewHandler(c stateflow.Client, partitions int, opts ...Option) http.Handler {
	h := &handler{c: c, partitions: max(partitions, 1), log: slog.New(slog.DiscardHandler), mux: http.NewServeMux()}
	for _, o := range opts {
		o(h)
	}
	get, getPost := []string{http.MethodGet}, []string{http.MethodGet, http.MethodPost}
	for _, r := range []struct {
		paths   []string
		kind    hotel.Kind
		methods []string
	}{
		{[]string{SearchPath, "/hotels"}, hotel.SearchRequest, get},
		{[]string{RecommendPath, "/recommendations"}, hotel.RecommendRequest, get},
		{[]string{LoginPath, "/user"}, hotel.LoginRequest, getPost},
		{[]string{ReservePath, "/reservation"}, hotel.ReserveRequest, getPost},
	} {
		for _, path := range r.paths {
			h.mux.Handle(path, h.endpoint(r.kind, r.methods))
		}
	}
	return h.mux
}

// endpoint serves the requests of one kind.
func (h *handler) endpoint(kind hotel.Kind, methods []string) http.HandlerFunc {
	allow := strings.Join(methods, ", ")
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Access-Control-Allow-Origin", "*")
		if !slices.Contains(methods, r.Method) {
			w.Header().Set("Allow", allow)
			http.Error(w, "method "+r.Method+" is not allowed on "+r.URL.Path+"; use "+allow, http.StatusMethodNotAllowed)
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, maxBody)
		if err := r.ParseForm(); err != nil {
			http.Error(w, "bad request: "+err.Error(), http.StatusBadRequest)
			return
		}
		req, err := ParseRequest(kind, r.Form)
		if err != nil {
			http.Error(w, strings.ReplaceAll(err.Error(), "\n", "; "), http.StatusBadRequest)
			return
		}
		res, err := Run(r.Context(), h.c, h.partition(req), req)
		if err != nil {
			h.fail(w, r, err)
			return
		}
		var body any
		switch kind {
		case hotel.SearchRequest, hotel.RecommendRequest:
			body = Features(res.Hotels)
		default:
			body = message(kind, res)
		}
		if err := writeJSON(w, body); err != nil {
			h.log.WarnContext(r.Context(), "hotel frontend: write answer", "path", r.URL.Path, "err", err)
		}
	}
}

// partition returns the partition that serves req.
func (h *handler) partition(req hotel.Request) int {
	if h.pick != nil {
		p := h.pick(req) % h.partitions
		if p < 0 {
			p += h.partitions
		}
		return p
	}
	return int((h.next.Add(1) - 1) % uint64(h.partitions))
}

// fail answers the error of Run.
func (h *handler) fail(w http.ResponseWriter, r *http.Request, err error) {
	var nf *NotFoundError
	switch {
	case errors.As(err, &nf):
		http.Error(w, nf.Error(), http.StatusNotFound)
		return
	case errors.Is(err, stateflow.ErrUnavailable), errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		http.Error(w, "service unavailable: "+err.Error(), http.StatusServiceUnavailable)
	default:
		http.Error(w, "internal error: "+err.Error(), http.StatusInternalServerError)
	}
	h.log.ErrorContext(r.Context(), "hotel frontend: request failed", "path", r.URL.Path, "query", r.URL.RawQuery, "err", err)
}
