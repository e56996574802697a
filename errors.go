package stateflow

import (
	"errors"
	"fmt"
)

var (
	// ErrNotFound reports an unknown entity type, key or method.
	ErrNotFound = errors.New("stateflow: not found")
	// ErrExists reports a create whose key is already taken.
	ErrExists = errors.New("stateflow: entity exists")
	// ErrBadRequest reports arguments that cannot be decoded or have the wrong
	// types; the wrapping error names the parameter.
	ErrBadRequest = errors.New("stateflow: bad request")
	// ErrUnavailable reports a runtime that cannot take requests now (it is
	// closing, or stopped after a failure); the HTTP ingress answers 503.
	// Errors that ask the client to come back later also have a method
	// RetryAfter() time.Duration.
	ErrUnavailable = errors.New("stateflow: runtime unavailable")
	// ErrIdempotencyConflict reports an idempotency key reused for a different
	// request.
	ErrIdempotencyConflict = errors.New("stateflow: idempotency key reused for a different request")
)

// OpError is the failure of one operation: the error it returned, or a panic
// (in which case the entity's state is left as it was).
type OpError struct {
	Entity  string
	Key     string
	Method  string
	Message string // the operation's error text, or the panic value
	Panic   bool   // the operation panicked instead of returning an error
}

// Error describes the failed operation and its message.
func (e *OpError) Error() string {
	what := "failed"
	if e.Panic {
		what = "panicked"
	}
	if e.Key == "" { // a constructor: the entity has no key yet
		return fmt.Sprintf("%s.%s %s: %s", e.Entity, e.Method, what, e.Message)
	}
	return fmt.Sprintf("%s/%s.%s %s: %s", e.Entity, e.Key, e.Method, what, e.Message)
}

// NotFoundError names what was not found; it matches ErrNotFound with errors.Is.
type NotFoundError struct {
	What string // for example `entity Item` or `Item/jeans` or `method Item.Buy`
}

// Error names the missing thing.
func (e *NotFoundError) Error() string { return "stateflow: " + e.What + " not found" }

// Is makes errors.Is(err, ErrNotFound) true.
func (e *NotFoundError) Is(target error) bool { return target == ErrNotFound }

// ArgError reports a parameter that could not be decoded; it matches
// ErrBadRequest with errors.Is.
type ArgError struct {
	Param string // the parameter's name, or "" for the argument list as a whole
	Err   error
}

// Error names the parameter and the problem.
func (e *ArgError) Error() string {
	if e.Param == "" {
		return "stateflow: bad arguments: " + e.Err.Error()
	}
	return "stateflow: parameter " + e.Param + ": " + e.Err.Error()
}

// Unwrap returns the underlying decoding error.
func (e *ArgError) Unwrap() error { return e.Err }

// Is makes errors.Is(err, ErrBadRequest) true.
func (e *ArgError) Is(target error) bool { return target == ErrBadRequest }

// RemoteError is an error that crossed a remote call or a suspension point
// of a split operation as its text: the calling method receives it in its
// error result. Its Error() is the original error's text; Err is the error
// the original wrapped, carried the same way, or nil.
type RemoteError struct {
	Message string
	Err     error
}

// Error returns the original error's text.
func (e *RemoteError) Error() string { return e.Message }

// Unwrap returns the error the original wrapped.
func (e *RemoteError) Unwrap() error { return e.Err }
