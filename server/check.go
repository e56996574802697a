package server

import (
	"fmt"
	"net"
	"slices"
	"strings"
)

// Check reports the first setting of c that cannot work, naming it by its
// command-line flag: an unknown runtime or role, a kafka runtime without
// brokers, kafka settings on another runtime, settings a role does not use.
func (c Config) Check() error {
	name := runtimeName(c.Runtime)
	if !slices.Contains(Runtimes, name) {
		return fmt.Errorf("server: unknown runtime %q (this build has: %s)", c.Runtime, strings.Join(Runtimes, ", "))
	}
	if name != "kafka" {
		if set := c.kafkaFlags(); len(set) > 0 {
			return fmt.Errorf("server: %s only apply to --runtime kafka, not %s", strings.Join(set, ", "), name)
		}
		return nil
	}
	if len(c.Brokers) == 0 {
		return fmt.Errorf("server: the kafka runtime needs the addresses of brokers: --brokers host:port[,host:port]")
	}
	for _, b := range c.Brokers {
		if _, port, err := net.SplitHostPort(b); err != nil || port == "" {
			return fmt.Errorf("server: bad broker address %q in --brokers: want host:port", b)
		}
	}
	role := roleName(c.Role)
	if !slices.Contains(Roles, role) {
		return fmt.Errorf("server: unknown --role %q (want %s)", c.Role, strings.Join(Roles, ", "))
	}
	switch {
	case c.Workers < 0:
		return fmt.Errorf("server: --workers %d: a process runs at least 1 worker", c.Workers)
	case c.Partitions < 0 || c.Partitions > 1<<16:
		return fmt.Errorf("server: --partitions %d is out of range 1..65536", c.Partitions)
	case c.ReplicationFactor < 0 || c.ReplicationFactor > 1<<15-1:
		return fmt.Errorf("server: --replication-factor %d is out of range 1..32767", c.ReplicationFactor)
	}
	if role == "ingress" {
		switch {
		case c.Workers > 1:
			return fmt.Errorf("server: --workers %d does not apply to --role ingress (ingress nodes run no workers)", c.Workers)
		case c.DataDir != "":
			return fmt.Errorf("server: --data does not apply to --role ingress (ingress nodes keep no state)")
		case c.WorkerID != "":
			return fmt.Errorf("server: --worker-id does not apply to --role ingress (ingress nodes run no workers)")
		}
	}
	return nil
}

// kafkaFlags names the flags of the kafka settings c sets.
func (c Config) kafkaFlags() []string {
	var set []string
	for _, f := range []struct {
		name string
		set  bool
	}{
		{"--brokers", len(c.Brokers) > 0},
		{"--role", c.Role != ""},
		{"--workers", c.Workers != 0},
		{"--worker-id", c.WorkerID != ""},
		{"--topic", c.Topic != ""},
		{"--partitions", c.Partitions != 0},
		{"--replication-factor", c.ReplicationFactor != 0},
	} {
		if f.set {
			set = append(set, f.name)
		}
	}
	return set
}

func roleName(role string) string {
	if role == "" {
		return "all"
	}
	return role
}
