package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"golang.org/x/tools/go/packages"

	"github.com/stateflow-go/stateflow/server"
)

var runCommand = &command{
	name:    "run",
	summary: "build a package into an HTTP server and run it",
	usage:   "[--runtime embedded|local|kafka] [--data DIR] [--addr :8080] [--brokers host:port[,host:port] --role all|worker|ingress --workers N --topic prefix --partitions N] [package]",
	help: `
Run compiles the entities of one package (default: the current directory), builds
the package into a server and runs it until interrupted. The generated code is
used for this build only: run writes nothing into your package (use stateflow
gen for that).

The server answers:

	POST /v1/{Entity}                 create an entity (body: constructor parameters)
	GET  /v1/{Entity}/{key}           read its state
	POST /v1/{Entity}/{key}/{Method}  call an operation (body: its parameters)
	GET  /openapi.json                the API description
	GET  /healthz, GET /metrics       health and Prometheus metrics

For example, with examples/shop:

	stateflow run ./examples/shop
	curl --json '{"id":"jeans","price":10}' localhost:8080/v1/Item
	curl --json '{"n":5}' localhost:8080/v1/Item/jeans/SetStock
	curl localhost:8080/v1/Item/jeans

The embedded runtime (the default) keeps the state in a data directory, by
default stateflow/<package path> in the user's cache directory (--data sets
another). The state survives restarts and crashes, and a request sent with an
Idempotency-Key header runs exactly once however often it is retried. The local
runtime keeps state in memory and runs every event through the same routers and
operators.

The kafka runtime runs the same program on workers that share the work through
a Kafka cluster, exactly once, with the state in compacted changelog topics:

	stateflow run --runtime kafka --brokers localhost:9092 ./examples/shop

A process runs workers and the HTTP API (--role all, the default), workers only
(--role worker: /healthz and /metrics on --addr) or the HTTP API only (--role
ingress: a stateless node that produces requests to Kafka and waits for their
replies). Every process of one program names the same --brokers, --topic and
--partitions; give each worker process a --worker-id of its own that stays the
same across restarts. --data is where workers keep their local caches of the
state (default: memory, restored from the changelog at start).`,
	flags: func(fs *flag.FlagSet) func(ctx context.Context, e *env, args []string) int {
		config := server.AddFlags(fs)
		return func(ctx context.Context, e *env, args []string) int {
			if _, err := config(io.Discard); err != nil {
				fmt.Fprintf(e.stderr, "stateflow run: %s\n", strings.TrimPrefix(err.Error(), "server: "))
				return 2
			}
			// The server binary takes the same flags: pass on those given.
			var serverArgs []string
			fs.Visit(func(f *flag.Flag) { serverArgs = append(serverArgs, "--"+f.Name+"="+f.Value.String()) })
			return runRun(ctx, e, args, serverArgs)
		}
	},
}

func runRun(ctx context.Context, e *env, args, serverArgs []string) int {
	if len(args) > 1 {
		fmt.Fprintf(e.stderr, "stateflow run: one package at a time, got %d\n", len(args))
		return 2
	}
	pattern := "."
	if len(args) == 1 {
		pattern = args[0]
	}
	bin, cleanup, ok := buildServer(ctx, e, pattern)
	defer cleanup()
	if !ok {
		return 1
	}
	cmd := exec.CommandContext(ctx, bin, serverArgs...)
	cmd.Stdout, cmd.Stderr = e.stdout, e.stderr
	cmd.Cancel = func() error { return cmd.Process.Signal(os.Interrupt) }
	cmd.WaitDelay = 15 * time.Second
	if err := cmd.Run(); err != nil && ctx.Err() == nil {
		fmt.Fprintf(e.stderr, "stateflow run: server: %v\n", err)
		return 1
	}
	return 0
}

// buildServer compiles the package and builds it, with a generated main
// package, into a server binary in a temporary directory. The package's
// stateflow_gen.go and the main package are supplied through a build
// overlay, so nothing is written into the user's tree.
func buildServer(ctx context.Context, e *env, pattern string) (bin string, cleanup func(), ok bool) {
	cleanup = func() {}
	pkgs, files, ok := compile(ctx, e, []string{pattern})
	if !ok {
		return "", cleanup, false
	}
	if len(pkgs) != 1 {
		fmt.Fprintf(e.stderr, "stateflow run: %s matches %d packages; name one\n", pattern, len(pkgs))
		return "", cleanup, false
	}
	pkg := pkgs[0]
	if len(files) == 0 {
		fmt.Fprintf(e.stderr, "stateflow run: package %s has no entities (mark a struct with //stateflow:entity)\n", pkg.PkgPath)
		return "", cleanup, false
	}
	if pkg.Module == nil {
		fmt.Fprintf(e.stderr, "stateflow run: package %s is not in a Go module\n", pkg.PkgPath)
		return "", cleanup, false
	}
	tmp, err := os.MkdirTemp("", "stateflow-run-")
	if err != nil {
		fmt.Fprintf(e.stderr, "stateflow run: %v\n", err)
		return "", cleanup, false
	}
	cleanup = func() { os.RemoveAll(tmp) }
	bin = filepath.Join(tmp, "server")
	if err := goBuild(ctx, e, tmp, pkg, files[0].Content, bin); err != nil {
		fmt.Fprintf(e.stderr, "stateflow run: %v\n", err)
		return "", cleanup, false
	}
	return bin, cleanup, true
}

const mainTemplate = `// Code generated by stateflow run. DO NOT EDIT.

package main

import (
	program %q

	"github.com/stateflow-go/stateflow/server"
)

func main() { server.Main(program.StateflowProgram()) }
`

func goBuild(ctx context.Context, e *env, tmp string, pkg *packages.Package, genFile []byte, bin string) error {
	pkgDir := filepath.Dir(pkg.GoFiles[0])
	mainDir := filepath.Join(pkgDir, "stateflow_run_main")
	genSrc := filepath.Join(tmp, "stateflow_gen.go")
	mainSrc := filepath.Join(tmp, "main.go")
	if err := os.WriteFile(genSrc, genFile, 0o644); err != nil {
		return err
	}
	if err := os.WriteFile(mainSrc, []byte(fmt.Sprintf(mainTemplate, pkg.PkgPath)), 0o644); err != nil {
		return err
	}
	overlay, err := json.Marshal(map[string]map[string]string{"Replace": {
		filepath.Join(pkgDir, "stateflow_gen.go"): genSrc,
		filepath.Join(mainDir, "main.go"):         mainSrc,
	}})
	if err != nil {
		return err
	}
	overlayPath := filepath.Join(tmp, "overlay.json")
	if err := os.WriteFile(overlayPath, overlay, 0o644); err != nil {
		return err
	}
	cmd := exec.CommandContext(ctx, "go", "build", "-overlay", overlayPath, "-o", bin, pkg.PkgPath+"/stateflow_run_main")
	cmd.Dir = pkg.Module.Dir
	out, err := cmd.CombinedOutput()
	if err != nil {
		msg := strings.TrimSpace(string(out))
		if strings.Contains(msg, "missing go.sum entry") || strings.Contains(msg, "no required module provides") {
			msg += "\n(the server needs github.com/stateflow-go/stateflow/server: run go get github.com/stateflow-go/stateflow/server in your module)"
		}
		return fmt.Errorf("building the server: %v\n%s", err, msg)
	}
	return nil
}
