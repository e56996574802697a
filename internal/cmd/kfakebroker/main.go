// Command kfakebroker runs an in-memory Kafka cluster (franz-go's kfake)
// as a process of its own, so that the kafka runtime can be run and tested
// against a cluster that outlives its clients, without a Kafka install:
//
//	go run ./internal/cmd/kfakebroker -ports 9092
//	stateflow run --runtime kafka --brokers localhost:9092 ./examples/shop
//
// It prints the address of each broker on a line of its own once the
// cluster listens, and serves until SIGINT or SIGTERM. The brokers listen
// on the loopback interface only. With -data-dir the cluster's state
// survives restarts.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/twmb/franz-go/pkg/kfake"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run starts the cluster the flags in args describe, writes the broker
// addresses to stdout and serves until ctx ends. It returns the exit
// code: 0 after ctx ended, 1 when the cluster did not start, 2 for bad
// flags.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("kfakebroker", flag.ContinueOnError)
	fs.SetOutput(stderr)
	ports := fs.String("ports", "", "the `ports` the brokers listen on, comma-separated, one broker each (default: -brokers random ports)")
	brokers := fs.Int("brokers", 1, "the number of brokers when -ports is not given")
	dataDir := fs.String("data-dir", "", "a directory to keep the cluster's state in across restarts (default: memory only)")
	minSession := fs.Duration("min-session-timeout", time.Second, "the shortest session timeout the cluster allows a group member")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "kfakebroker: unexpected arguments: %s\n", strings.Join(fs.Args(), " "))
		return 2
	}
	opts := []kfake.Opt{kfake.GroupMinSessionTimeout(*minSession)}
	if *ports != "" {
		var ps []int
		for _, s := range strings.Split(*ports, ",") {
			p, err := strconv.Atoi(strings.TrimSpace(s))
			if err != nil || p < 0 || p > 65535 {
				fmt.Fprintf(stderr, "kfakebroker: bad port %q in -ports\n", s)
				return 2
			}
			ps = append(ps, p)
		}
		opts = append(opts, kfake.Ports(ps...))
	} else {
		if *brokers < 1 {
			fmt.Fprintf(stderr, "kfakebroker: bad -brokers %d: at least 1\n", *brokers)
			return 2
		}
		opts = append(opts, kfake.NumBrokers(*brokers))
	}
	if *dataDir != "" {
		opts = append(opts, kfake.DataDir(*dataDir))
	}
	c, err := kfake.NewCluster(opts...)
	if err != nil {
		fmt.Fprintf(stderr, "kfakebroker: %v\n", err)
		return 1
	}
	for _, addr := range c.ListenAddrs() {
		fmt.Fprintln(stdout, addr)
	}
	<-ctx.Done()
	fmt.Fprintln(stderr, "kfakebroker: shutting down")
	c.Close()
	return 0
}
