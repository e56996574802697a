package ingress

import (
	"encoding/base64"
	"encoding/binary"
	"math"
	"strconv"
	"time"

	"github.com/stateflow-go/stateflow/ir"
	"github.com/stateflow-go/stateflow/wire"
)

// maxDepth bounds the nesting of a transcoded value, in both directions, so
// that a recursive type cannot exhaust the stack. encoding/json's own limit
// is the same.
const maxDepth = 10000

// AppendWire appends the wire encoding of the JSON text data, read as a value
// of type t, to dst. A failure is a *PathError naming the place inside the
// value, for example `Basket[2]: want key string or null, got number`.
func AppendWire(dst []byte, t *ir.Type, data []byte) ([]byte, error) {
	r, err := newJSONReader(data)
	if err != nil {
		return dst, err
	}
	out, err := toWire(&r, dst, t, 0)
	if err != nil {
		return dst, topPath(err)
	}
	return out, nil
}

// toWire transcodes the next JSON value of r as a t.
func toWire(r *jsonReader, dst []byte, t *ir.Type, depth int) ([]byte, error) {
	if depth > maxDepth {
		return dst, &PathError{Msg: "value nested deeper than " + itoa(maxDepth) + " levels"}
	}
	c := r.peek()
	if c == 'n' && nullable(t) {
		r.literal()
		return append(dst, 0), nil
	}
	switch t.Kind {
	case ir.Bool:
		if c != 't' && c != 'f' {
			return dst, mismatch(wantOf(t), c)
		}
		return wire.AppendBool(dst, r.literal()), nil
	case ir.Float32, ir.Float64:
		return floatToWire(r, dst, t, c)
	case ir.String:
		if c != '"' {
			return dst, mismatch(wantOf(t), c)
		}
		return appendRawString(r, dst), nil
	case ir.Bytes:
		if c != '"' {
			return dst, mismatch(wantOf(t), c)
		}
		return bytesToWire(r, dst)
	case ir.Time:
		if c != '"' {
			return dst, mismatch(wantOf(t), c)
		}
		return timeToWire(r, dst)
	case ir.Slice:
		return sliceToWire(r, dst, t, c, depth)
	case ir.Array:
		return arrayToWire(r, dst, t, c, depth)
	case ir.Map:
		return mapToWire(r, dst, t, c, depth)
	case ir.Pointer:
		return toWire(r, append(dst, 1), t.Elem, depth+1)
	case ir.Struct:
		return structToWire(r, dst, t, c, depth)
	case ir.Ref:
		if c != '"' {
			return dst, mismatch(wantOf(t), c)
		}
		start := r.pos
		raw, plain := r.rawString()
		if !plain {
			r.pos = start
			return wire.AppendRef(dst, r.str(), false), nil
		}
		dst = binary.AppendUvarint(dst, uint64(len(raw))+1)
		return append(dst, raw...), nil
	}
	if t.Kind.IsInteger() || t.Kind == ir.Duration {
		if c != '-' && (c < '0' || c > '9') {
			return dst, mismatch(wantOf(t), c)
		}
		return intToWire(dst, r.number(), t.Kind)
	}
	return dst, &PathError{Msg: "cannot transcode a value of kind " + t.Kind.String()}
}

// appendRawString appends the JSON string at r as a wire string.
func appendRawString(r *jsonReader, dst []byte) []byte {
	start := r.pos
	raw, plain := r.rawString()
	if !plain {
		r.pos = start
		return wire.AppendString(dst, r.str())
	}
	return appendStringBytes(dst, raw)
}

// intToWire checks that lit is an integer literal that fits kind and appends
// it.
func intToWire(dst []byte, lit []byte, kind ir.Kind) ([]byte, error) {
	neg := len(lit) > 0 && lit[0] == '-'
	digits := lit
	if neg {
		digits = lit[1:]
	}
	if len(digits) == 0 {
		return dst, &PathError{Msg: "want integer, got " + strconv.Quote(string(lit))}
	}
	var mag uint64
	for _, c := range digits {
		if c < '0' || c > '9' {
			return dst, &PathError{Msg: "want integer, got " + string(lit)}
		}
		if mag > (math.MaxUint64-uint64(c-'0'))/10 {
			return dst, overflow(lit, kind)
		}
		mag = mag*10 + uint64(c-'0')
	}
	bits := kind.Bits()
	if kind.IsSigned() {
		limit := uint64(1) << (bits - 1) // |min|; max is limit-1
		if neg && mag > limit || !neg && mag >= limit {
			return dst, overflow(lit, kind)
		}
		v := int64(mag)
		if neg {
			v = -v // mag == limit wraps to the minimum, as wanted
		}
		return wire.AppendInt(dst, v), nil
	}
	if neg && mag != 0 || bits < 64 && mag >= 1<<bits {
		return dst, overflow(lit, kind)
	}
	return wire.AppendUint(dst, mag), nil
}

func overflow(lit []byte, kind ir.Kind) error {
	return &PathError{Msg: "number " + string(lit) + " overflows " + kind.String()}
}

// floatToWire reads a number, or one of the strings "NaN", "Infinity" and
// "-Infinity", as a float32 or float64.
func floatToWire(r *jsonReader, dst []byte, t *ir.Type, c byte) ([]byte, error) {
	bits := t.Kind.Bits()
	var f float64
	switch {
	case c == '"':
		switch s := r.str(); s {
		case "NaN":
			f = math.NaN()
		case "Infinity":
			f = math.Inf(1)
		case "-Infinity":
			f = math.Inf(-1)
		default:
			return dst, &PathError{Msg: "want number, got string " + strconv.Quote(s)}
		}
	case c == '-' || c >= '0' && c <= '9':
		lit := r.number()
		v, err := strconv.ParseFloat(string(lit), bits)
		if err != nil && (math.IsInf(v, 0) || math.IsNaN(v)) {
			return dst, &PathError{Msg: "number " + string(lit) + " overflows " + t.Kind.String()}
		}
		f = v
	default:
		return dst, mismatch(wantOf(t), c)
	}
	if bits == 32 {
		return wire.AppendFloat32(dst, float32(f)), nil
	}
	return wire.AppendFloat64(dst, f), nil
}

// bytesToWire decodes a base64 string (standard alphabet, padded, as
// encoding/json writes []byte) into a wire byte slice.
func bytesToWire(r *jsonReader, dst []byte) ([]byte, error) {
	start := r.pos
	raw, plain := r.rawString()
	if !plain {
		r.pos = start
		raw = []byte(r.str())
	}
	base := len(dst)
	dst = append(dst, 0) // header placeholder
	out, err := base64.StdEncoding.AppendDecode(dst, raw)
	if err != nil {
		return dst[:base], &PathError{Msg: "invalid base64: " + err.Error()}
	}
	return setLen(out, base, len(out)-base-1), nil
}

// timeToWire reads an RFC 3339 time. A zero offset is read as UTC, so that
// "Z" and "+00:00" encode alike whatever the local time zone.
func timeToWire(r *jsonReader, dst []byte) ([]byte, error) {
	start := r.pos
	raw, plain := r.rawString()
	if !plain {
		r.pos = start
		raw = []byte(r.str())
	}
	var t time.Time
	if err := t.UnmarshalText(raw); err != nil {
		return dst, &PathError{Msg: "invalid time " + strconv.Quote(string(raw)) + ": want RFC 3339"}
	}
	if _, off := t.Zone(); off == 0 || off == -60 {
		// Time.MarshalBinary cannot keep an offset of -1 minute (it marks
		// UTC): keep the instant instead.
		t = t.UTC()
	}
	return wire.AppendTime(dst, t), nil
}

// setLen writes the length header n+1 of a slice, map or byte slice whose
// elements follow the one-byte placeholder at dst[at], moving the elements
// when the header needs more than one byte.
func setLen(dst []byte, at, n int) []byte {
	var buf [binary.MaxVarintLen64]byte
	h := binary.AppendUvarint(buf[:0], uint64(n)+1)
	if len(h) == 1 {
		dst[at] = h[0]
		return dst
	}
	grow := len(h) - 1
	dst = append(dst, h[1:]...)
	copy(dst[at+len(h):], dst[at+1:len(dst)-grow])
	copy(dst[at:], h)
	return dst
}
