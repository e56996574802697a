package load

import (
	"context"
	"errors"
	"io"
	"strings"
	"time"
)

// Op is one request. worker is the calling worker's index, from 0 to the
// number of workers - 1, so that an operation can keep per-worker state
// (a random source, a buffer) without locks.
type Op func(ctx context.Context, worker int) error

// Config says how to run a load.
type Config struct {
	// Duration is the measured part of the run.
	Duration time.Duration
	// Warmup runs before the measured part; its requests are not recorded.
	Warmup time.Duration
	// Concurrency is the number of workers of a closed loop.
	Concurrency int
	// Rate is the arrival rate of an open loop, in requests per second.
	Rate float64
	// Workers is the number of goroutines sending an open loop's
	// requests; zero means a quarter of a second's worth of requests
	// (at least 64, at most 8192), so that slow replies do not delay
	// sending until requests take that long.
	Workers int
	// Slack is how late after its due time an open loop's request may be
	// sent before it counts as Late; zero means 2 ms.
	Slack time.Duration
	// Timeout bounds each request; zero means 10 s.
	Timeout time.Duration
	// Progress receives the live progress line once a second; nil
	// prints none.
	Progress io.Writer
	// Label prefixes the progress line.
	Label string
	// Classify names the kind of an error for the error counts; nil
	// means ErrorKind.
	Classify func(error) string
}

func (c *Config) defaults() {
	if c.Slack == 0 {
		c.Slack = 2 * time.Millisecond
	}
	if c.Timeout == 0 {
		c.Timeout = 10 * time.Second
	}
	if c.Classify == nil {
		c.Classify = ErrorKind
	}
	if c.Workers == 0 {
		c.Workers = DefaultWorkers(c.Rate)
	}
}

// maxKinds bounds the distinct error kinds counted per worker; the others
// count as "other".
const maxKinds = 32

// ErrorKind is the default error classification: "timeout" and
// "canceled" for context errors, otherwise the error's message up to its
// first colon, at most 60 bytes, with digits replaced by '#' so that
// messages naming keys or amounts fall into one kind.
func ErrorKind(err error) string {
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		return "timeout"
	case errors.Is(err, context.Canceled):
		return "canceled"
	}
	msg := err.Error()
	if i := strings.IndexByte(msg, ':'); i > 0 {
		msg = msg[:i]
	}
	if len(msg) > 60 {
		msg = msg[:60]
	}
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return '#'
		}
		return r
	}, msg)
}

// DefaultWorkers is the number of sender goroutines of an open loop at
// rate requests per second when Config.Workers is zero: a quarter of a
// second's worth of requests, at least 64 and at most 8192.
func DefaultWorkers(rate float64) int { return min(max(int(rate/4), 64), 8192) }
