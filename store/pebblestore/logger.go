package pebblestore

import (
	"context"
	"fmt"
	"log/slog"
)

// logger passes Pebble's messages to a slog.Logger, or drops them.
type logger struct{ l *slog.Logger }

func (g logger) Infof(format string, args ...any) {
	if g.l != nil {
		g.l.Log(context.Background(), slog.LevelDebug, fmt.Sprintf(format, args...), "component", "pebble")
	}
}

func (g logger) Errorf(format string, args ...any) {
	if g.l != nil {
		g.l.Error(fmt.Sprintf(format, args...), "component", "pebble")
	}
}

// Fatalf is called by Pebble on a condition it cannot continue from, and
// must not return.
func (g logger) Fatalf(format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	if g.l != nil {
		g.l.Error(msg, "component", "pebble", "fatal", true)
	}
	panic("pebblestore: " + msg)
}
