package ingress

import (
	"time"

	"github.com/stateflow-go/stateflow/ir"
	"github.com/stateflow-go/stateflow/wire"
)

// appendZero appends the wire encoding of t's zero value: what a struct
// field absent from a JSON object decodes to.
func appendZero(dst []byte, t *ir.Type) []byte {
	switch t.Kind {
	case ir.Float32:
		return append(dst, 0, 0, 0, 0)
	case ir.Float64:
		return append(dst, 0, 0, 0, 0, 0, 0, 0, 0)
	case ir.Time:
		return wire.AppendTime(dst, time.Time{})
	case ir.Array:
		for range t.Len {
			dst = appendZero(dst, t.Elem)
		}
		return dst
	case ir.Struct:
		for _, f := range t.Fields {
			if !f.Transient {
				dst = appendZero(dst, f.Type)
			}
		}
		return dst
	}
	// bool false, integer 0, empty string, nil bytes/slice/map/pointer/ref:
	// all one zero byte.
	return append(dst, 0)
}

// wantOf names the JSON that a value of type t is written as, for messages.
func wantOf(t *ir.Type) string {
	switch t.Kind {
	case ir.Bool:
		return "boolean"
	case ir.Float32, ir.Float64:
		return "number"
	case ir.String:
		return "string"
	case ir.Bytes:
		return "base64 string or null"
	case ir.Time:
		return "RFC 3339 time string"
	case ir.Duration:
		return "integer nanoseconds"
	case ir.Slice:
		return "array or null"
	case ir.Array:
		return "array of " + itoa(int64(t.Len))
	case ir.Map:
		if objectKeyed(t.Key) {
			return "object or null"
		}
		return "array of [key, value] pairs or null"
	case ir.Pointer:
		w := wantOf(t.Elem)
		if nullable(t.Elem) {
			return w
		}
		return w + " or null"
	case ir.Struct:
		return "object"
	case ir.Ref:
		return "key string or null"
	}
	if t.Kind.IsInteger() {
		return "integer"
	}
	return t.Kind.String()
}

// nullable reports whether null is one of t's JSON values.
func nullable(t *ir.Type) bool {
	switch t.Kind {
	case ir.Bytes, ir.Slice, ir.Map, ir.Pointer, ir.Ref:
		return true
	}
	return false
}

// objectKeyed reports whether a map with keys of type k is a JSON object
// (string and integer keys) rather than an array of pairs.
func objectKeyed(k *ir.Type) bool { return k.Kind == ir.String || k.Kind.IsInteger() }
