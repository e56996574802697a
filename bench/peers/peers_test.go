package peers

import (
	"context"
	"testing"

	"github.com/stateflow-go/stateflow/bench/system"
)

func TestFactories(t *testing.T) {
	fs := Factories()
	for _, name := range []string{"baseline", "protoactor", "dbos", "restate"} {
		if fs[name] == nil {
			t.Errorf("no factory %q", name)
		}
	}
	for _, name := range []string{"baseline", "protoactor"} {
		s, err := fs[name](context.Background(), system.Config{Dir: t.TempDir()})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if s.Name() != name {
			t.Errorf("factory %q made a system named %q", name, s.Name())
		}
		if _, ok := s.(system.Counters); !ok {
			t.Errorf("%s does not implement Counters", name)
		}
		if err := s.Close(); err != nil {
			t.Errorf("%s: Close: %v", name, err)
		}
	}
	for _, name := range []string{"dbos", "restate"} {
		if _, err := fs[name](context.Background(), system.Config{Dir: t.TempDir()}); err == nil {
			t.Errorf("%s factory without its external program succeeded", name)
		}
	}
}
