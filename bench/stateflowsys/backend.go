package stateflowsys

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"path/filepath"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/engine"
	"github.com/stateflow-go/stateflow/ingress"
	"github.com/stateflow-go/stateflow/ir"
	"github.com/stateflow-go/stateflow/runtimes/embedded"
	"github.com/stateflow-go/stateflow/runtimes/local"
)

// maxConns is the keep-alive pool of the HTTP client: more than the
// highest concurrency of the suite and the open loop's workers.
const maxConns = 4096

// runtime is one program running on one runtime, and the client that
// reaches it.
type runtime struct {
	client stateflow.Client
	// base and http reach the server of an HTTP runtime; base is empty
	// for a runtime in process.
	base   string
	http   *http.Client
	events func() (int64, error)
	close  func() error
}

// mode says how a system runs its programs.
type mode int

const (
	modeEmbedded mode = iota
	modeEmbeddedHTTP
	modeLocal
	modeKafka
)

// open starts prog on the runtime of mode m; dir is the scratch directory.
// On HTTP, frontend, when not nil, serves the paths it returns next to the
// ingress.
func open(m mode, prog *ir.Program, dir, name string, frontend func(c stateflow.Client) map[string]http.Handler) (*runtime, error) {
	switch m {
	case modeLocal:
		var n atomic.Int64
		rt := local.New(prog, local.WithTrace(func(engine.Event) { n.Add(1) }))
		return &runtime{client: rt, events: func() (int64, error) { return n.Load(), nil }, close: rt.Close}, nil
	case modeEmbedded, modeEmbeddedHTTP:
		reg := prometheus.NewRegistry()
		rt, err := embedded.Open(prog, filepath.Join(dir, name), embedded.WithRegistry(reg))
		if err != nil {
			return nil, fmt.Errorf("open the embedded runtime of %s: %w", name, err)
		}
		events := func() (int64, error) { return counterValue(reg, "stateflow_embedded_events_total") }
		if m == modeEmbedded {
			return &runtime{client: rt, events: events, close: rt.Close}, nil
		}
		var h http.Handler = ingress.Handler(prog, rt, ingress.WithoutAdmin())
		if frontend != nil {
			mux := http.NewServeMux()
			mux.Handle("/", h)
			for path, fh := range frontend(rt) {
				mux.Handle(path, fh)
			}
			h = mux
		}
		return serve(prog, rt, events, h)
	}
	return nil, fmt.Errorf("unknown mode %d", m)
}

// serve serves h on a loopback port and returns a runtime whose client
// speaks HTTP to it; closing it stops the server and then rt.
func serve(prog *ir.Program, rt *embedded.Runtime, events func() (int64, error), h http.Handler) (*runtime, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, errors.Join(fmt.Errorf("listen on loopback: %w", err), rt.Close())
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(ln) //nolint:errcheck // returns ErrServerClosed on Shutdown
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.MaxIdleConns = maxConns
	t.MaxIdleConnsPerHost = maxConns
	hc := &http.Client{Transport: t}
	base := "http://" + ln.Addr().String()
	c := ingress.NewClient(base, prog, ingress.WithHTTPClient(hc))
	return &runtime{client: c, base: base, http: hc, events: events, close: func() error {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		t.CloseIdleConnections()
		return errors.Join(srv.Shutdown(ctx), rt.Close())
	}}, nil
}

// counterValue reads the counter name from reg, summed over its labels.
func counterValue(reg *prometheus.Registry, name string) (int64, error) {
	mfs, err := reg.Gather()
	if err != nil {
		return 0, fmt.Errorf("gather metrics: %w", err)
	}
	for _, mf := range mfs {
		if mf.GetName() == name {
			var sum float64
			for _, m := range mf.GetMetric() {
				sum += m.GetCounter().GetValue()
			}
			return int64(sum), nil
		}
	}
	return 0, fmt.Errorf("metric %s not found", name)
}
