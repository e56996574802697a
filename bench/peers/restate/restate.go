package restate

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"path/filepath"
	"time"

	sdkserver "github.com/restatedev/sdk-go/server"

	"github.com/stateflow-go/stateflow/bench/system"
)

// Name is the system's label.
const Name = "restate"

// MaxConns is the most keep-alive connections the ingress client keeps
// open; calls beyond it wait for a connection.
const MaxConns = 512

// System is the Restate peer. It implements system.Counters, system.Bank
// and system.Blobs.
type System struct {
	srv      *server
	endpoint *http.Server
	ingress  *ingressClient
}

var (
	_ system.Counters = (*System)(nil)
	_ system.Bank     = (*System)(nil)
	_ system.Blobs    = (*System)(nil)
)

// Factory starts a restate-server found under cfg.Tools with its data in
// cfg.Dir, serves the services and registers them.
func Factory(ctx context.Context, cfg system.Config) (system.System, error) {
	bin, err := findServer(cfg.Tools)
	if err != nil {
		return nil, err
	}
	s, err := New(ctx, bin, filepath.Join(cfg.Dir, "restate"))
	if err != nil {
		return nil, err
	}
	return s, nil
}

// New starts the peer with the server binary bin and its data under dir.
func New(ctx context.Context, bin, dir string) (*System, error) {
	srv, err := startServer(ctx, bin, dir)
	if err != nil {
		return nil, err
	}
	s := &System{srv: srv, ingress: newIngressClient(srv.ingress)}
	addr, err := s.serve()
	if err != nil {
		s.Close()
		return nil, err
	}
	if err := register(ctx, srv.admin, "http://"+addr); err != nil {
		s.Close()
		return nil, err
	}
	if err := s.waitReady(ctx); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

// serve starts the SDK's HTTP/2 endpoint on a free loopback port and
// returns its address.
func (s *System) serve() (string, error) {
	quiet := slog.NewTextHandler(io.Discard, nil)
	r := sdkserver.NewRestate().WithLogger(quiet, true)
	for _, d := range definitions() {
		r.Bind(d)
	}
	h, err := r.Handler()
	if err != nil {
		return "", fmt.Errorf("restate: endpoint: %w", err)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", fmt.Errorf("restate: endpoint: %w", err)
	}
	var protocols http.Protocols
	protocols.SetUnencryptedHTTP2(true)
	s.endpoint = &http.Server{Handler: h, Protocols: &protocols, ReadHeaderTimeout: 5 * time.Second}
	go s.endpoint.Serve(l)
	return l.Addr().String(), nil
}

// waitReady calls a shared handler until the ingress routes it: the
// registration reaches the ingress a moment after the admin API answers.
func (s *System) waitReady(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, startTimeout)
	defer cancel()
	for {
		_, err := s.ingress.call(ctx, counterObject, "probe", "Value", nil)
		var ie *ingressError
		if err == nil || errors.As(err, &ie) && ie.status != http.StatusNotFound && ie.status < 502 {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("restate: ingress not ready: %w (last: %v)", ctx.Err(), err)
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// Name returns "restate".
func (s *System) Name() string { return Name }

// Close stops the endpoint and kills the server.
func (s *System) Close() error {
	s.ingress.close()
	if s.endpoint != nil {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		if err := s.endpoint.Shutdown(ctx); err != nil {
			s.endpoint.Close()
		}
	}
	return s.srv.stop()
}
