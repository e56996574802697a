package server

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/stateflow-go/stateflow/ir"
)

// Main serves prog with the settings of the command line (os.Args) and exits
// the process when the server stops: with status 0 after a clean shutdown on
// SIGINT or SIGTERM, 1 on failure and 2 on bad flags.
func Main(prog *ir.Program) {
	os.Exit(runMain(prog, os.Args[1:], os.Stderr))
}

func runMain(prog *ir.Program, args []string, stderr io.Writer) int {
	fs := flag.NewFlagSet("server", flag.ContinueOnError)
	fs.SetOutput(stderr)
	runtime := fs.String("runtime", "embedded", "the runtime to serve on: "+strings.Join(Runtimes, ", "))
	data := fs.String("data", "", "the embedded runtime's data directory (default: stateflow/<package path> in the user's cache directory)")
	addr := fs.String("addr", ":8080", "the address to listen on")
	logLevel := fs.String("log-level", "info", "the least level logged: debug, info, warn or error")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	var level slog.Level
	if err := level.UnmarshalText([]byte(*logLevel)); err != nil {
		fmt.Fprintf(stderr, "bad --log-level %q: %v\n", *logLevel, err)
		return 2
	}
	logger := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: level}))
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := Run(ctx, prog, Config{Runtime: *runtime, DataDir: *data, Addr: *addr, Logger: logger}); err != nil {
		logger.Error("server failed", "err", err)
		return 1
	}
	return 0
}
