package server

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"path/filepath"
	"strconv"
	"sync"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/stateflow-go/stateflow/ir"
	"github.com/stateflow-go/stateflow/runtimes/kafka"
)

// openKafka starts what cfg.Role asks of this process on the kafka
// runtime: an ingress client ("all", "ingress") and cfg.Workers workers
// ("all", "worker").
func openKafka(ctx context.Context, cfg Config, prog *ir.Program, reg *prometheus.Registry, logger *slog.Logger) (*opened, error) {
	kcfg := kafka.Config{
		Brokers:           cfg.Brokers,
		Topic:             cfg.Topic,
		Partitions:        cfg.Partitions,
		ReplicationFactor: cfg.ReplicationFactor,
		Logger:            logger,
		Registry:          reg,
	}
	if kcfg.Topic == "" {
		kcfg.Topic = "stateflow"
	}
	role := roleName(cfg.Role)
	logger.Info("connecting to Kafka", "brokers", cfg.Brokers, "topic", kcfg.Topic, "role", role)
	o := &opened{close: func() error { return nil }}
	var client *kafka.Client
	if role != "worker" {
		var err error
		if client, err = kafka.NewClient(ctx, prog, kcfg); err != nil {
			return nil, fmt.Errorf("server: %w", err)
		}
		o.client, o.close = client, client.Close
	}
	if role == "ingress" {
		return o, nil
	}
	ws, err := startWorkers(ctx, prog, kcfg, cfg, logger)
	if err != nil {
		if client != nil {
			client.Close()
		}
		return nil, err
	}
	o.failed = ws.failed
	o.close = func() error {
		// The workers go first: a client closed before them would fail
		// the calls still waiting for replies.
		err := ws.stop()
		if client != nil {
			err = errors.Join(err, client.Close())
		}
		return err
	}
	return o, nil
}

// workers are the kafka workers of the process.
type workers struct {
	cancel context.CancelFunc
	wg     sync.WaitGroup
	failed chan error // the first unrecoverable error of a worker

	mu   sync.Mutex
	errs []error
}

// startWorkers connects cfg.Workers workers and runs them until stop.
// Worker i is named cfg.WorkerID-i and keeps its cache in
// cfg.DataDir/<topic>/worker-i, or in memory without a data directory.
func startWorkers(ctx context.Context, prog *ir.Program, kcfg kafka.Config, cfg Config, logger *slog.Logger) (*workers, error) {
	n := max(cfg.Workers, 1)
	name := cfg.WorkerID
	if name == "" {
		name = "worker-" + randomName()
	}
	var started []*kafka.Worker
	for i := range n {
		wcfg := kcfg
		wcfg.WorkerID = name + "-" + strconv.Itoa(i)
		if cfg.DataDir != "" {
			wcfg.Dir = filepath.Join(cfg.DataDir, kcfg.Topic, "worker-"+strconv.Itoa(i))
		}
		w, err := kafka.NewWorker(ctx, prog, wcfg)
		if err != nil {
			// A worker that never ran holds its connections and store
			// until Run ends: run the started ones on a dead context.
			done, cancel := context.WithCancel(context.Background())
			cancel()
			for _, w := range started {
				w.Run(done)
			}
			return nil, fmt.Errorf("server: %w", err)
		}
		logger.Info("worker ready", "worker", w.ID(), "dir", wcfg.Dir)
		started = append(started, w)
	}
	runCtx, cancel := context.WithCancel(context.Background())
	ws := &workers{cancel: cancel, failed: make(chan error, len(started))}
	for _, w := range started {
		ws.wg.Add(1)
		go func() {
			defer ws.wg.Done()
			if err := w.Run(runCtx); err != nil {
				ws.mu.Lock()
				ws.errs = append(ws.errs, err)
				ws.mu.Unlock()
				ws.failed <- err
			}
		}()
	}
	return ws, nil
}

// stop stops the workers, which leave the group, and returns the errors
// they failed with.
func (ws *workers) stop() error {
	ws.cancel()
	ws.wg.Wait()
	ws.mu.Lock()
	defer ws.mu.Unlock()
	return errors.Join(ws.errs...)
}

// randomName returns eight random hex digits.
func randomName() string {
	var b [4]byte
	rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// workerHandler serves a process of workers only: its health and its
// metrics.
func workerHandler(reg *prometheus.Registry) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = io.WriteString(w, "ok")
	})
	mux.Handle("GET /metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))
	return mux
}
