package ingress

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"github.com/stateflow-go/stateflow"
)

// remoteError is an error answered by the server: the server's message, and
// the error of the stateflow vocabulary it stands for, so that errors.Is and
// errors.As see what they would see in process.
type remoteError struct {
	msg   string
	cause error
}

func (e *remoteError) Error() string { return e.msg }

func (e *remoteError) Unwrap() error { return e.cause }

// remote returns cause itself when its text is the server's message, so
// the error is exactly the in-process one, else a remoteError.
func remote(msg string, cause error) error {
	if cause.Error() == msg {
		return cause
	}
	return &remoteError{msg: msg, cause: cause}
}

// answerError maps an error answer back to the error the server's client
// returned. op names the operation called, for 422 and 500 answers.
func answerError(status int, h http.Header, body []byte, op *stateflow.OpError) error {
	var b struct {
		Error *string `json:"error"`
	}
	code := h.Get(headerError)
	if err := json.Unmarshal(body, &b); err != nil || b.Error == nil || code == "" {
		text := string(body)
		if len(text) > 200 {
			text = text[:200] + "..."
		}
		return fmt.Errorf("ingress: HTTP %d %s: %s", status, http.StatusText(status), strings.TrimSpace(text))
	}
	msg := *b.Error
	switch code {
	case codeNotFound:
		what, ok := header(h, headerNotFound)
		if !ok {
			what = msg
		}
		return remote(msg, &stateflow.NotFoundError{What: what})
	case codeExists:
		return remote(msg, stateflow.ErrExists)
	case codeBadRequest:
		param, _ := header(h, headerParam)
		return remote(msg, argErrorFromMessage(param, msg))
	case codeIdempotency:
		return remote(msg, stateflow.ErrIdempotencyConflict)
	case codeOperation, codePanic:
		e := &stateflow.OpError{Message: msg, Panic: code == codePanic}
		if op != nil {
			e.Entity, e.Key, e.Method = op.Entity, op.Key, op.Method
		}
		if v, ok := header(h, headerEntity); ok {
			e.Entity = v
		}
		if v, ok := header(h, headerKey); ok {
			e.Key = v
		}
		if v, ok := header(h, headerMethod); ok {
			e.Method = v
		}
		return e
	case codeTimeout:
		return remote(msg, context.DeadlineExceeded)
	case codeCanceled:
		return remote(msg, context.Canceled)
	case codeUnavailable:
		return remote(msg, stateflow.ErrUnavailable)
	}
	return fmt.Errorf("ingress: HTTP %d %s: %s", status, http.StatusText(status), msg)
}

// header returns the decoded value of a detail header, and whether the
// answer has it.
func header(h http.Header, name string) (string, bool) {
	vs, ok := h[http.CanonicalHeaderKey(name)]
	if !ok || len(vs) == 0 {
		return "", false
	}
	v, err := url.PathUnescape(vs[0])
	if err != nil {
		return vs[0], true
	}
	return v, true
}

// argErrorFromMessage rebuilds the *stateflow.ArgError whose text is msg.
func argErrorFromMessage(param, msg string) error {
	prefix := "stateflow: parameter " + param + ": "
	if param == "" {
		prefix = "stateflow: bad arguments: "
	}
	if rest, ok := strings.CutPrefix(msg, prefix); ok {
		return &stateflow.ArgError{Param: param, Err: errors.New(rest)}
	}
	return &stateflow.ArgError{Param: param, Err: errors.New(msg)}
}
