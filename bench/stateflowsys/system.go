package stateflowsys

import (
	"context"
	"errors"
	"fmt"
	"net/http"

	"github.com/twmb/franz-go/pkg/kfake"

	"github.com/stateflow-go/stateflow"

	"github.com/stateflow-go/stateflow/bench/programs/counter"
	"github.com/stateflow-go/stateflow/bench/system"
	"github.com/stateflow-go/stateflow/bench/workload"
	"github.com/stateflow-go/stateflow/examples/bank"
	"github.com/stateflow-go/stateflow/examples/hotel"
	"github.com/stateflow-go/stateflow/ir"
)

// The names of the systems.
const (
	Embedded     = "stateflow-embedded"
	EmbeddedHTTP = "stateflow-embedded-http"
	Local        = "stateflow-local"
	// KafkaFake is the kafka runtime on an in-process fake Kafka cluster
	// (kfake): the runtime's code path with Kafka's protocol, but not its
	// durability or its network.
	KafkaFake = "stateflow-kafka-kfake"
)

// HotelPartitions is the number of replicas of the hotel application's
// read-only services.
const HotelPartitions = 4

// Factories returns the StateFlow systems by name.
func Factories() map[string]system.Factory {
	return map[string]system.Factory{
		Embedded:     factory(Embedded, modeEmbedded),
		EmbeddedHTTP: factory(EmbeddedHTTP, modeEmbeddedHTTP),
		Local:        factory(Local, modeLocal),
		KafkaFake:    factory(KafkaFake, modeKafka),
	}
}

func factory(name string, m mode) system.Factory {
	return func(ctx context.Context, cfg system.Config) (system.System, error) {
		return New(name, m, cfg.Dir)
	}
}

// System is one StateFlow runtime running the benchmark's programs.
type System struct {
	name     string
	cluster  *kfake.Cluster // the kafka runtime's cluster, or nil
	counters *runtime
	bank     *runtime
	hotel    *runtime
}

var (
	_ system.Counters       = (*System)(nil)
	_ system.Bank           = (*System)(nil)
	_ system.Blobs          = (*System)(nil)
	_ workload.Hotel        = (*System)(nil)
	_ workload.EventCounter = (*System)(nil)
)

// New starts the three programs on the runtime of m, keeping durable data
// under dir.
func New(name string, m mode, dir string) (*System, error) {
	s := &System{name: name}
	start := func(prog *ir.Program, name string, frontend func(stateflow.Client) map[string]http.Handler) (*runtime, error) {
		return open(m, prog, dir, name, frontend)
	}
	if m == modeKafka {
		var err error
		if s.cluster, err = newCluster(); err != nil {
			return nil, err
		}
		start = func(prog *ir.Program, name string, _ func(stateflow.Client) map[string]http.Handler) (*runtime, error) {
			return openKafka(s.cluster, prog, dir, name)
		}
	}
	var err error
	if s.counters, err = start(counter.StateflowProgram(), "counter", nil); err != nil {
		return nil, errors.Join(err, s.Close())
	}
	if s.bank, err = start(bank.StateflowProgram(), "bank", nil); err != nil {
		return nil, errors.Join(err, s.Close())
	}
	if s.hotel, err = start(hotel.StateflowProgram(), "hotel", hotelFrontend); err != nil {
		return nil, errors.Join(err, s.Close())
	}
	return s, nil
}

// Name returns the system's name.
func (s *System) Name() string { return s.name }

// Close stops the runtimes.
func (s *System) Close() error {
	var errs []error
	for _, rt := range []*runtime{s.counters, s.bank, s.hotel} {
		if rt != nil {
			if err := rt.close(); err != nil {
				errs = append(errs, err)
			}
		}
	}
	if s.cluster != nil {
		s.cluster.Close()
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("close %s: %w", s.name, err)
	}
	return nil
}

// Events returns the events executed so far by all three programs.
func (s *System) Events() (int64, error) {
	var total int64
	for _, rt := range []*runtime{s.counters, s.bank, s.hotel} {
		n, err := rt.events()
		if err != nil {
			return 0, err
		}
		total += n
	}
	return total, nil
}
