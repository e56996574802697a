package embedded

import (
	"time"

	"github.com/stateflow-go/stateflow"
)

// ErrOverloaded reports a request refused because the queue of its
// partition is full. Nothing of the request ran; the client may retry it
// later (with the same idempotency key, if it had one). The HTTP ingress
// should answer it with 503 Service Unavailable and a Retry-After header:
// the error (and any error wrapping it) has a method RetryAfter()
// time.Duration, found with errors.As, so a transport needs no dependency
// on this package to tell it apart.
var ErrOverloaded error = retryLater{msg: "stateflow: overloaded, retry later", after: time.Second}

// retryLater is an error after which a retry may succeed.
type retryLater struct {
	msg   string
	after time.Duration
}

func (e retryLater) Error() string { return e.msg }

// Is makes the error match stateflow.ErrUnavailable.
func (e retryLater) Is(target error) bool { return target == stateflow.ErrUnavailable }

// RetryAfter returns how long a client should wait before retrying.
func (e retryLater) RetryAfter() time.Duration { return e.after }

// ErrClosed reports a request made after Close began, or a request still
// unanswered when the runtime closed. A request with an idempotency key may
// be retried after the runtime opens again: it runs, or resumes, once.
var ErrClosed error = unavailable{"stateflow: runtime closed"}

// ErrFailed reports that the runtime stopped because its store failed (a
// commit or a read returned an error). The errors that wrap it name the
// cause. What was acknowledged before is durable; the runtime must be
// opened again.
var ErrFailed error = unavailable{"stateflow: runtime stopped after a storage failure"}

// unavailable is an error of a runtime that takes no requests; it matches
// stateflow.ErrUnavailable.
type unavailable struct{ msg string }

func (e unavailable) Error() string { return e.msg }

// Is makes the error match stateflow.ErrUnavailable.
func (e unavailable) Is(target error) bool { return target == stateflow.ErrUnavailable }
