package ingress

import (
	"encoding/base64"
	"strconv"

	"github.com/stateflow-go/stateflow/ir"
	"github.com/stateflow-go/stateflow/wire"
)

// AppendJSON appends the JSON form of data, the wire encoding of a value of
// type t, to dst. Corrupt input is a *PathError naming the place inside the
// value and the byte offset; so is a time whose year RFC 3339 cannot write.
func AppendJSON(dst []byte, t *ir.Type, data []byte) ([]byte, error) {
	d := wire.NewDecoder(data)
	out, err := toJSON(&d, dst, t, 0)
	if err == nil {
		if err = d.Finish(); err != nil {
			err = &PathError{Msg: err.Error()}
		}
	}
	if err != nil {
		return dst, topPath(err)
	}
	return out, nil
}

// decodeErr returns the decoder's error as a *PathError, or nil.
func decodeErr(d *wire.Decoder) error {
	if err := d.Err(); err != nil {
		return &PathError{Msg: err.Error()}
	}
	return nil
}

// toJSON transcodes the next wire value of d, of type t.
func toJSON(d *wire.Decoder, dst []byte, t *ir.Type, depth int) ([]byte, error) {
	if depth > maxDepth {
		return dst, &PathError{Msg: "value nested deeper than " + itoa(maxDepth) + " levels"}
	}
	switch t.Kind {
	case ir.Bool:
		v := d.Bool()
		dst = strconv.AppendBool(dst, v)
	case ir.Float32:
		dst = appendFloat(dst, float64(d.Float32()), 32)
	case ir.Float64:
		dst = appendFloat(dst, d.Float64(), 64)
	case ir.String:
		dst = appendJSONString(dst, d.StringBytes())
	case ir.Bytes:
		b := d.Bytes()
		if b == nil {
			dst = append(dst, "null"...)
			break
		}
		dst = append(dst, '"')
		dst = base64.StdEncoding.AppendEncode(dst, b)
		dst = append(dst, '"')
	case ir.Time:
		tm := d.Time()
		if err := decodeErr(d); err != nil {
			return dst, err
		}
		if _, off := tm.Zone(); off%60 != 0 {
			// RFC 3339 offsets have no seconds: keep the instant.
			tm = tm.UTC()
		}
		dst = append(dst, '"')
		out, err := tm.AppendText(dst)
		if err != nil {
			return dst, &PathError{Msg: "time cannot be written as RFC 3339: " + err.Error()}
		}
		dst = append(out, '"')
	case ir.Duration:
		dst = strconv.AppendInt(dst, d.Int(), 10)
	case ir.Slice:
		return sliceToJSON(d, dst, t, depth)
	case ir.Array:
		return arrayToJSON(d, dst, t, depth)
	case ir.Map:
		return mapToJSON(d, dst, t, depth)
	case ir.Pointer:
		if !d.Present() {
			if err := decodeErr(d); err != nil {
				return dst, err
			}
			return append(dst, "null"...), nil
		}
		return toJSON(d, dst, t.Elem, depth+1)
	case ir.Struct:
		return structToJSON(d, dst, t, depth)
	case ir.Ref:
		key, isNil := d.Ref()
		if isNil {
			dst = append(dst, "null"...)
		} else {
			dst = appendJSONString(dst, key)
		}
	default:
		switch {
		case t.Kind.IsSigned():
			dst = strconv.AppendInt(dst, d.IntN(t.Kind.Bits()), 10)
		case t.Kind.IsInteger():
			dst = strconv.AppendUint(dst, d.UintN(t.Kind.Bits()), 10)
		default:
			return dst, &PathError{Msg: "cannot transcode a value of kind " + t.Kind.String()}
		}
	}
	return dst, decodeErr(d)
}

func sliceToJSON(d *wire.Decoder, dst []byte, t *ir.Type, depth int) ([]byte, error) {
	n, isNil := d.Len(minSize(t.Elem, 0))
	if err := decodeErr(d); err != nil {
		return dst, err
	}
	if isNil {
		return append(dst, "null"...), nil
	}
	dst = append(dst, '[')
	for i := range n {
		if i > 0 {
			dst = append(dst, ',')
		}
		var err error
		if dst, err = toJSON(d, dst, t.Elem, depth+1); err != nil {
			return dst, atIndex(err, i)
		}
	}
	return append(dst, ']'), nil
}

func arrayToJSON(d *wire.Decoder, dst []byte, t *ir.Type, depth int) ([]byte, error) {
	dst = append(dst, '[')
	for i := range t.Len {
		if i > 0 {
			dst = append(dst, ',')
		}
		var err error
		if dst, err = toJSON(d, dst, t.Elem, depth+1); err != nil {
			return dst, atIndex(err, i)
		}
	}
	return append(dst, ']'), nil
}

func mapToJSON(d *wire.Decoder, dst []byte, t *ir.Type, depth int) ([]byte, error) {
	n, isNil := d.Len(max(minSize(t.Key, 0), minSize(t.Elem, 0)))
	if err := decodeErr(d); err != nil {
		return dst, err
	}
	if isNil {
		return append(dst, "null"...), nil
	}
	keyed := objectKeyed(t.Key)
	if keyed {
		dst = append(dst, '{')
	} else {
		dst = append(dst, '[')
	}
	// The JSON of each key, to refuse duplicate keys as the generated
	// decoders do: JSON with the same key twice would not read back.
	var seen map[string]struct{}
	if n > 1 {
		seen = make(map[string]struct{}, n)
	}
	for i := range n {
		if i > 0 {
			dst = append(dst, ',')
		}
		var err error
		if keyed {
			start := len(dst)
			dst, err = objectKeyToJSON(d, dst, t.Key)
			if err != nil {
				return dst, atIndex(err, i)
			}
			if err := checkDuplicateKey(seen, dst[start:]); err != nil {
				return dst, atIndex(err, i)
			}
			dst = append(dst, ':')
			if dst, err = toJSON(d, dst, t.Elem, depth+1); err != nil {
				return dst, atIndex(err, i)
			}
			continue
		}
		dst = append(dst, '[')
		start := len(dst)
		if dst, err = toJSON(d, dst, t.Key, depth+1); err != nil {
			return dst, atIndex(atIndex(err, 0), i)
		}
		if err := checkDuplicateKey(seen, dst[start:]); err != nil {
			return dst, atIndex(err, i)
		}
		dst = append(dst, ',')
		if dst, err = toJSON(d, dst, t.Elem, depth+1); err != nil {
			return dst, atIndex(atIndex(err, 1), i)
		}
		dst = append(dst, ']')
	}
	if keyed {
		return append(dst, '}'), nil
	}
	return append(dst, ']'), nil
}

// checkDuplicateKey records the JSON of a map key in seen (nil for maps of
// at most one entry) and fails if it was there already.
func checkDuplicateKey(seen map[string]struct{}, key []byte) error {
	if seen == nil {
		return nil
	}
	if _, dup := seen[string(key)]; dup {
		return &PathError{Msg: "duplicate map key " + string(key)}
	}
	seen[string(key)] = struct{}{}
	return nil
}

// objectKeyToJSON writes a string or integer map key as a JSON object key.
func objectKeyToJSON(d *wire.Decoder, dst []byte, kt *ir.Type) ([]byte, error) {
	switch {
	case kt.Kind == ir.String:
		dst = appendJSONString(dst, d.StringBytes())
	case kt.Kind.IsSigned():
		dst = append(dst, '"')
		dst = strconv.AppendInt(dst, d.IntN(kt.Kind.Bits()), 10)
		dst = append(dst, '"')
	default:
		dst = append(dst, '"')
		dst = strconv.AppendUint(dst, d.UintN(kt.Kind.Bits()), 10)
		dst = append(dst, '"')
	}
	return dst, decodeErr(d)
}

func structToJSON(d *wire.Decoder, dst []byte, t *ir.Type, depth int) ([]byte, error) {
	dst = append(dst, '{')
	first := true
	for _, f := range t.Fields {
		if f.Transient {
			continue
		}
		if !first {
			dst = append(dst, ',')
		}
		first = false
		dst = appendJSONString(dst, f.JSONName)
		dst = append(dst, ':')
		var err error
		if dst, err = toJSON(d, dst, f.Type, depth+1); err != nil {
			return dst, atField(err, f.JSONName)
		}
	}
	return append(dst, '}'), nil
}

// minSize returns a lower bound of the bytes one value of t takes on the
// wire, which bounds the length a slice or map header may claim.
func minSize(t *ir.Type, depth int) int {
	switch t.Kind {
	case ir.Float32:
		return 4
	case ir.Float64:
		return 8
	case ir.Array:
		if t.Len == 0 || depth > 8 {
			return 0
		}
		return minSize(t.Elem, depth+1)
	case ir.Struct:
		if depth > 8 {
			return 0
		}
		for _, f := range t.Fields {
			if !f.Transient && minSize(f.Type, depth+1) > 0 {
				return 1
			}
		}
		return 0
	}
	return 1
}
