package ingress

import (
	"context"
	"errors"
	"math"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/stateflow-go/stateflow"
)

// Codes of the Stateflow-Error header of an error answer; see the package
// doc.
const (
	codeNotFound         = "not_found"
	codeExists           = "exists"
	codeBadRequest       = "bad_request"
	codeOperation        = "operation_failed"
	codePanic            = "panic"
	codeIdempotency      = "idempotency_conflict"
	codeMethodNotAllowed = "method_not_allowed"
	codeTooLarge         = "body_too_large"
	codeMediaType        = "unsupported_media_type"
	codeTimeout          = "timeout"
	codeCanceled         = "canceled"
	codeUnavailable      = "unavailable"
	codeInternal         = "internal"
)

// The headers of an error answer. The body is {"error": "message"} alone;
// these carry what a program (Client among them) needs to tell failures
// apart. Values other than the code are percent-encoded (url.PathEscape).
const (
	headerError    = "Stateflow-Error"     // the code
	headerParam    = "Stateflow-Param"     // 400: the bad parameter's path
	headerNotFound = "Stateflow-Not-Found" // 404: what was not found
	headerEntity   = "Stateflow-Entity"    // 422, 500: the failed operation's
	headerKey      = "Stateflow-Key"       // entity, key and method
	headerMethod   = "Stateflow-Method"
)

// errorAnswer is a failed request's answer.
type errorAnswer struct {
	status int
	// msg is the body's "error": the operation's own error text for a
	// failed operation, the error's text otherwise.
	msg  string
	code string
	// headers are the detail headers other than the code.
	headers map[string]string
}

// answerFor maps an error of the client or of transcoding to its answer.
func answerFor(err error) errorAnswer {
	var (
		op    *stateflow.OpError
		nf    *stateflow.NotFoundError
		arg   *stateflow.ArgError
		retry interface{ RetryAfter() time.Duration }
	)
	switch {
	case errors.As(err, &op):
		a := errorAnswer{status: http.StatusUnprocessableEntity, msg: op.Message, code: codeOperation,
			headers: map[string]string{headerEntity: op.Entity, headerKey: op.Key, headerMethod: op.Method}}
		if op.Panic {
			a.status, a.code = http.StatusInternalServerError, codePanic
		}
		return a
	case errors.Is(err, stateflow.ErrIdempotencyConflict):
		return errorAnswer{status: http.StatusUnprocessableEntity, msg: err.Error(), code: codeIdempotency}
	case errors.Is(err, stateflow.ErrNotFound):
		a := errorAnswer{status: http.StatusNotFound, msg: err.Error(), code: codeNotFound}
		if errors.As(err, &nf) {
			a.headers = map[string]string{headerNotFound: nf.What}
		}
		return a
	case errors.Is(err, stateflow.ErrExists):
		return errorAnswer{status: http.StatusConflict, msg: err.Error(), code: codeExists}
	case errors.Is(err, stateflow.ErrBadRequest):
		a := errorAnswer{status: http.StatusBadRequest, msg: err.Error(), code: codeBadRequest}
		if errors.As(err, &arg) {
			a.headers = map[string]string{headerParam: arg.Param}
		}
		return a
	case errors.As(err, &retry):
		secs := int(math.Ceil(retry.RetryAfter().Seconds()))
		return errorAnswer{status: http.StatusServiceUnavailable, msg: err.Error(), code: codeUnavailable,
			headers: map[string]string{"Retry-After": strconv.Itoa(max(secs, 1))}}
	case errors.Is(err, stateflow.ErrUnavailable):
		return errorAnswer{status: http.StatusServiceUnavailable, msg: err.Error(), code: codeUnavailable}
	case errors.Is(err, context.DeadlineExceeded):
		return errorAnswer{status: http.StatusGatewayTimeout, msg: err.Error(), code: codeTimeout}
	case errors.Is(err, context.Canceled):
		return errorAnswer{status: http.StatusServiceUnavailable, msg: err.Error(), code: codeCanceled}
	}
	return errorAnswer{status: http.StatusInternalServerError, msg: err.Error(), code: codeInternal}
}

// writeJSON writes a JSON answer.
func writeJSON(w http.ResponseWriter, status int, body []byte) {
	h := w.Header()
	h.Set("Content-Type", "application/json")
	h.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	_, _ = w.Write(body)
}

// writeError writes a's headers and its body {"error": "message"}.
func writeError(w http.ResponseWriter, a errorAnswer) {
	h := w.Header()
	h.Set(headerError, a.code)
	for k, v := range a.headers {
		h.Set(k, url.PathEscape(v))
	}
	body := append([]byte(`{"error":`), appendJSONString(nil, a.msg)...)
	writeJSON(w, a.status, append(body, "}\n"...))
}
