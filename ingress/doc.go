// Package ingress is the HTTP interface of a StateFlow program: Handler
// serves it in front of any stateflow.Client (every runtime provides one),
// and Client speaks it as a stateflow.Client, so a program runs the same in
// process and over HTTP. Both sides live here, with the JSON transcoding
// they share, so they cannot drift.
//
// Everything is derived from the program's IR (package ir): routes, the
// JSON form of states, parameters and results, and the OpenAPI document.
// Values are never decoded into Go values here: AppendWire and AppendJSON
// transcode between JSON and the binary layout of package wire, walking the
// IR type.
//
// # Routes
//
//	POST /v1/{Entity}                 create          201 {"key": "..."}
//	GET  /v1/{Entity}/{key}           state           200 the state
//	POST /v1/{Entity}/{key}/{Method}  call            200 {"result": ...} or {}
//	GET  /openapi.json                OpenAPI 3.0.3   200
//	GET  /healthz                     liveness        200 ok
//	GET  /metrics                     Prometheus      200
//	GET  /admin/holds                 admin           200 the held entities
//	POST /admin/holds/{chain}/cancel  admin           202, 404 if not waiting
//
// The admin routes exist when the runtime can list its holds (the entities
// held by split operations suspended at a remote call, with the chains
// waiting for them) and, for cancel, refuse a waiting call: its caller gets
// an error naming the cancellation. WithoutAdmin removes them. With
// WithTracerProvider every request is an OpenTelemetry server span, a child
// of an incoming traceparent header.
//
// Create: the body is a JSON object of the constructor's parameters by
// name. An entity without a constructor is created from its state: the body
// is the initial state, whose absent fields are zero values.
//
// State: the entity's state as a JSON object (rules below).
//
// Call: the body is a JSON object of the operation's parameters by name; an
// empty body is an empty object. The answer is {"result": v} for one
// result (other than a final error), {"result": [v1, v2, ...]} for
// several, and {} for none.
//
// Parameters are named by their Go names; an unnamed or blank one
// (`_`) is "argN", N its position from 0. Every parameter is required,
// except a variadic one, which is nil when absent: a missing, unknown or
// repeated parameter is a 400 naming it. Unlike Go's zero values for
// absent struct fields, a missing parameter is more likely a mistake than a
// wish for zero.
//
// The key is one path segment, percent-encoded as needed ("a%2Fb" is the
// key "a/b"). The keys "." and ".." must be sent as "%2E" and "%2E%2E"
// (path cleaning would remove them), as Client does; the empty key cannot be
// addressed over HTTP, and Client refuses it.
//
// A request with an Idempotency-Key header runs with
// stateflow.WithIdempotencyKey: a retry with the same key and request gets
// the first answer and its effects happen once; the same key with a
// different request is a 422.
//
// Request bodies must be JSON: a Content-Type other than application/json
// or a +json type is a 415; a missing Content-Type is accepted. Bodies are
// limited to 1 MiB (WithMaxBodyBytes); a larger one is a 413.
//
// # Errors
//
// Every failure is answered with the JSON object {"error": "message"}: the
// operation's own error text when an operation (or constructor) failed or
// panicked, a message naming the problem otherwise. Response headers tell
// the failures apart for programs; their values, other than the code, are
// percent-encoded:
//
//	Stateflow-Error      the code below
//	Stateflow-Param      400: the path of the bad parameter, such as items[2]
//	Stateflow-Not-Found  404: what was not found, such as Item/socks
//	Stateflow-Entity,    422 and 500 from an operation: the entity, key and
//	Stateflow-Key,       method of the operation that failed
//	Stateflow-Method
//
//	status  Stateflow-Error         when
//	400     bad_request             malformed JSON, a wrong type, a missing,
//	                                unknown or repeated parameter or field
//	404     not_found               unknown entity type, key, method or route
//	405     method_not_allowed      wrong HTTP method (Allow lists the right ones)
//	409     exists                  create of a key that exists
//	413     body_too_large          body over the limit
//	415     unsupported_media_type  body not JSON
//	422     operation_failed        the operation or constructor returned an error
//	422     idempotency_conflict    Idempotency-Key reused for another request
//	500     panic                   the operation panicked; its state is
//	                                unchanged ("error" is the panic value)
//	500     internal                the runtime failed
//	503     canceled                the request was canceled
//	503     unavailable             the runtime is overloaded (with a Retry-After
//	                                header: come back then), closing or stopped
//	504     timeout                 the request's deadline passed
//
// Client maps each answer back to the error the in-process client returns,
// with the server's message as its text: *stateflow.NotFoundError
// (ErrNotFound), ErrExists, *stateflow.ArgError (ErrBadRequest),
// *stateflow.OpError (Panic set for a panic), ErrIdempotencyConflict,
// context.Canceled and context.DeadlineExceeded.
//
// # JSON encoding
//
// States, parameters and results use one encoding, close to encoding/json:
//
//	bool                    true, false
//	integers                numbers; a number with a fraction or exponent,
//	                        or out of the kind's range, is an error; 64-bit
//	                        values are exact (no float64 rounding)
//	float32, float64        numbers, written as encoding/json writes them;
//	                        NaN and ±Inf, which JSON numbers cannot hold,
//	                        are the strings "NaN", "Infinity", "-Infinity"
//	string                  strings; invalid UTF-8 becomes U+FFFD
//	[]byte                  base64 string (standard, padded); null = nil
//	time.Time               RFC 3339 string with nanoseconds; the zone
//	                        offset is kept, its name is not; years outside
//	                        0-9999 cannot be written (an error)
//	time.Duration           integer nanoseconds
//	slice                   array; null = nil
//	array                   array of exactly its length
//	map, string or integer  object; integer keys in decimal ("-3");
//	keys                    null = nil
//	map, other keys         array of [key, value] pairs; null = nil
//	pointer                 the element, or null for nil
//	struct                  object keyed by field name (the json tag's name
//	                        when there is one), in declaration order;
//	                        transient fields are absent; an embedded field
//	                        is one member named after its type (not
//	                        flattened); reading, absent members are zero
//	                        values and unknown or repeated ones are errors
//	entity reference        the key string; null = nil reference
//
// null is accepted only for the nilable kinds above. Map entries are
// written in the order of the encoded value and duplicate keys are an
// error. Field and parameter names match exactly (no case folding).
// Errors name the path to the bad value, as in
//
//	stateflow: parameter items[2]: want key string or null, got number
//
// Transcoding is lossless for every value that JSON can hold: wire ->
// JSON -> wire is the identity. The exceptions normalise: a pointer to a
// nil slice, map, pointer or reference reads back as a nil pointer (both are
// null, as with encoding/json); NaN payloads are not kept; a time whose
// offset has seconds, or is -1 minute (which the binary time form cannot
// keep), is written in UTC.
//
// Values nest at most 10000 levels deep, in both directions.
//
// # Observability
//
// /metrics serves the registry given by WithRegistry (by default, one per
// handler) with stateflow_http_requests_total and
// stateflow_http_request_duration_seconds, labelled by entity, method
// ("create", "state", the operation's name, or the route for the other
// routes; empty when the program has no such entity or method) and
// status code. WithLogger logs each request with log/slog: 5xx at Error,
// 4xx at Info, the rest at Debug. Nothing is logged by default.
package ingress
