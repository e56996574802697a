package server

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/stateflow-go/stateflow/ir"
)

// Main serves prog with the settings of the command line (os.Args; see
// AddFlags) and exits the process when the server stops: with status 0
// after a clean shutdown on SIGINT or SIGTERM, 1 on failure and 2 on bad
// flags. A program's own server binary is a main package calling it:
//
//	func main() { server.Main(shop.StateflowProgram()) }
func Main(prog *ir.Program) {
	os.Exit(runMain(prog, os.Args[1:], os.Stderr))
}

func runMain(prog *ir.Program, args []string, stderr io.Writer) int {
	fs := flag.NewFlagSet("server", flag.ContinueOnError)
	fs.SetOutput(stderr)
	config := AddFlags(fs)
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "unexpected arguments: %s\n", strings.Join(fs.Args(), " "))
		return 2
	}
	cfg, err := config(stderr)
	if err != nil {
		fmt.Fprintln(stderr, strings.TrimPrefix(err.Error(), "server: "))
		return 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := Run(ctx, prog, cfg); err != nil {
		cfg.Logger.Error("server failed", "err", err)
		return 1
	}
	return 0
}
