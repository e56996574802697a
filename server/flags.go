package server

import (
	"flag"
	"fmt"
	"io"
	"log/slog"
	"strings"
)

// AddFlags defines Main's command-line flags on fs. Once fs is parsed, the
// function it returns gives the Config they describe, with a Logger that
// writes to logTo at the level of --log-level, or an error naming a bad
// flag. Kafka settings are set in the Config only when their flags are
// given, so Config.Check can refuse them on the other runtimes.
func AddFlags(fs *flag.FlagSet) func(logTo io.Writer) (Config, error) {
	runtime := fs.String("runtime", "embedded", "where the program runs: embedded (durable, on local disk), kafka (workers sharing the work through a Kafka cluster) or local (in memory)")
	data := fs.String("data", "", "the embedded runtime's data directory (default: stateflow/<package path> in the user's cache directory); on kafka, where workers keep their local caches (default: in memory)")
	addr := fs.String("addr", ":8080", "the address the HTTP server listens on")
	logLevel := fs.String("log-level", "info", "the least level logged: debug, info, warn or error")
	brokers := fs.String("brokers", "", "kafka: the seed brokers of the Kafka cluster, `host:port[,host:port]`")
	role := fs.String("role", "all", "kafka: what this process runs: all (workers and the HTTP API), worker (workers only; /healthz and /metrics on --addr) or ingress (the HTTP API only)")
	workers := fs.Int("workers", 1, "kafka: the number of workers this process runs (roles all and worker)")
	workerID := fs.String("worker-id", "", "kafka: the name of this process's workers, unique in the cluster and stable across restarts (worker i is `NAME`-i; default: random)")
	topic := fs.String("topic", "stateflow", "kafka: the prefix of the program's topics (.requests, .internal, .replies, .changelog)")
	partitions := fs.Int("partitions", 8, "kafka: the number of partitions of the topics created, the most workers that can share the load")
	replication := fs.Int("replication-factor", 1, "kafka: the replication factor of the topics created")
	return func(logTo io.Writer) (Config, error) {
		var level slog.Level
		if err := level.UnmarshalText([]byte(*logLevel)); err != nil {
			return Config{}, fmt.Errorf("bad --log-level %q: %v", *logLevel, err)
		}
		cfg := Config{
			Runtime: *runtime,
			DataDir: *data,
			Addr:    *addr,
			Logger:  slog.New(slog.NewTextHandler(logTo, &slog.HandlerOptions{Level: level})),
		}
		var err error
		fs.Visit(func(f *flag.Flag) {
			switch f.Name {
			case "brokers":
				for _, b := range strings.Split(*brokers, ",") {
					if b = strings.TrimSpace(b); b != "" {
						cfg.Brokers = append(cfg.Brokers, b)
					}
				}
				if len(cfg.Brokers) == 0 {
					err = fmt.Errorf("bad --brokers %q: no broker address", *brokers)
				}
			case "role":
				cfg.Role = *role
			case "workers":
				cfg.Workers = *workers
				if *workers < 1 {
					err = fmt.Errorf("bad --workers %d: a process runs at least 1 worker", *workers)
				}
			case "worker-id":
				cfg.WorkerID = *workerID
			case "topic":
				cfg.Topic = *topic
				if *topic == "" {
					err = fmt.Errorf("bad --topic: empty")
				}
			case "partitions":
				cfg.Partitions = *partitions
				if *partitions < 1 {
					err = fmt.Errorf("bad --partitions %d: at least 1", *partitions)
				}
			case "replication-factor":
				cfg.ReplicationFactor = *replication
				if *replication < 1 {
					err = fmt.Errorf("bad --replication-factor %d: at least 1", *replication)
				}
			}
		})
		if err != nil {
			return Config{}, err
		}
		if err := cfg.Check(); err != nil {
			return Config{}, err
		}
		return cfg, nil
	}
}
