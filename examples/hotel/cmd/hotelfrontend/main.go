// Command hotelfrontend serves the hotel example's HTTP front end over the
// embedded runtime: it opens (or creates) the database in the -data
// directory, loads the parts of the data set that are missing, and serves
// /search, /recommend, /login and /reserve (and DeathStar's /hotels,
// /recommendations, /user and /reservation) at -addr until interrupted.
//
// Usage:
//
//	hotelfrontend -data DIR [-addr localhost:8080] [-replicas 8] [-nosync]
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/stateflow-go/stateflow/examples/hotel"
	"github.com/stateflow-go/stateflow/examples/hotel/frontend"
	"github.com/stateflow-go/stateflow/runtimes/embedded"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stderr, nil)
	stop()
	if err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(os.Stderr, "hotelfrontend:", err)
		}
		os.Exit(2)
	}
}

// run serves until ctx is done; ready, when not nil, is called with the
// address listened on once the data set is loaded.
func run(ctx context.Context, args []string, stderr io.Writer, ready func(addr string)) error {
	fs := flag.NewFlagSet("hotelfrontend", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "localhost:8080", "the address to serve HTTP on")
	data := fs.String("data", "", "the directory of the embedded runtime's database (required)")
	replicas := fs.Int("replicas", 8, "the number of replicas of each read-only service")
	noSync := fs.Bool("nosync", false, "commit without waiting for the disk (for benchmarks)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	switch {
	case fs.NArg() > 0:
		return fmt.Errorf("unexpected arguments %q", fs.Args())
	case *data == "":
		return errors.New("flag -data is required")
	case *replicas < 1:
		return fmt.Errorf("flag -replicas=%d is not positive", *replicas)
	}
	log := slog.New(slog.NewTextHandler(stderr, nil))
	opts := []embedded.Option{embedded.WithLogger(log)}
	if *noSync {
		opts = append(opts, embedded.WithNoSync())
	}
	rt, err := embedded.Open(hotel.StateflowProgram(), *data, opts...)
	if err != nil {
		return err
	}
	defer rt.Close()
	if err := frontend.Ensure(ctx, rt, *replicas); err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	srv := &http.Server{
		Handler:           frontend.NewHandler(rt, *replicas, frontend.WithLogger(log)),
		ReadHeaderTimeout: 10 * time.Second,
	}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	log.Info("serving the hotel front end", "addr", ln.Addr().String(), "data", *data, "replicas", *replicas)
	if ready != nil {
		ready(ln.Addr().String())
	}
	select {
	case err := <-served:
		return err
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil {
		return fmt.Errorf("shut down: %w", err)
	}
	return nil
}
