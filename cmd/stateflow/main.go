// Command stateflow compiles Go packages of stateful entities into stateful
// dataflows, draws them, and runs them as HTTP servers.
//
// Usage:
//
//	stateflow gen [--check] [packages]
//	stateflow graph [--format dot|svg|json] [--method Entity.Method] [packages]
//	stateflow run [--runtime embedded|local|kafka] [--addr :8080] [--brokers host:port] [--role all|worker|ingress] [package]
//
// Run "stateflow help <command>" for the details of one command.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], &env{stdout: os.Stdout, stderr: os.Stderr, dir: "."})
	stop()
	os.Exit(code)
}
