package kafka

import (
	"context"
	"errors"
	"fmt"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kerr"
	"github.com/twmb/franz-go/pkg/kgo"
)

// ensureTopics creates the program's topics when they are missing (the
// changelog compacted) and checks that existing ones have the configured
// number of partitions.
func ensureTopics(ctx context.Context, cfg Config) error {
	cl, err := kgo.NewClient(kgo.SeedBrokers(cfg.Brokers...))
	if err != nil {
		return fmt.Errorf("kafka: connecting to %v: %w", cfg.Brokers, err)
	}
	defer cl.Close()
	adm := kadm.NewClient(cl)
	t := cfg.topics()
	compact := "compact"
	for _, spec := range []struct {
		name    string
		configs map[string]*string
	}{
		{t.requests, nil},
		{t.internal, nil},
		{t.replies, nil},
		{t.changelog, map[string]*string{"cleanup.policy": &compact}},
	} {
		resp, err := adm.CreateTopic(ctx, int32(cfg.Partitions), int16(cfg.ReplicationFactor), spec.configs, spec.name)
		if err == nil {
			err = resp.Err
		}
		if err != nil && !errors.Is(err, kerr.TopicAlreadyExists) {
			return fmt.Errorf("kafka: creating topic %s: %w", spec.name, err)
		}
	}
	details, err := adm.ListTopics(ctx, t.requests, t.internal, t.replies, t.changelog)
	if err != nil {
		return fmt.Errorf("kafka: listing topics: %w", err)
	}
	for _, d := range details {
		if d.Err != nil {
			return fmt.Errorf("kafka: topic %s: %w", d.Topic, d.Err)
		}
		if len(d.Partitions) != cfg.Partitions {
			return fmt.Errorf("kafka: topic %s has %d partitions, the configuration says %d", d.Topic, len(d.Partitions), cfg.Partitions)
		}
	}
	return nil
}

// isFatalFetchError reports whether a fetch error stops the worker rather
// than being retried by the client.
func isFatalFetchError(err error) bool {
	return errors.Is(err, kgo.ErrClientClosed)
}
