package ingress

import (
	"bytes"
	"encoding/json"
	"math"
	"reflect"
	"testing"
	"time"

	"github.com/stateflow-go/stateflow/ir"
	"github.com/stateflow-go/stateflow/wire"
	"pgregory.net/rapid"
)

// genWire draws a value of type typ in its canonical wire encoding: the
// encoding generated code writes for a Go value whose JSON form is
// lossless. nonNull asks for a value whose JSON is not null (the element of
// a non-nil pointer: a pointer to a nil slice would read back as a nil
// pointer).
func genWire(t *rapid.T, dst []byte, typ *ir.Type, depth int, nonNull bool) []byte {
	isNil := func() bool {
		if nonNull {
			return false
		}
		return depth > 3 || rapid.IntRange(0, 4).Draw(t, "nil") == 0
	}
	count := func() int {
		if depth > 3 {
			return 0
		}
		return rapid.IntRange(0, 3).Draw(t, "len")
	}
	switch typ.Kind {
	case ir.Bool:
		return wire.AppendBool(dst, rapid.Bool().Draw(t, "bool"))
	case ir.Float32:
		f := rapid.Float32().Draw(t, "float32")
		if f != f {
			f = float32(math.NaN()) // NaN payloads are not kept
		}
		return wire.AppendFloat32(dst, f)
	case ir.Float64:
		f := rapid.Float64().Draw(t, "float64")
		if f != f {
			f = math.NaN()
		}
		return wire.AppendFloat64(dst, f)
	case ir.String:
		return wire.AppendString(dst, rapid.String().Draw(t, "string"))
	case ir.Bytes:
		if isNil() {
			return wire.AppendBytes(dst, nil)
		}
		return wire.AppendBytes(dst, rapid.SliceOfN(rapid.Byte(), 0, 8).Draw(t, "bytes"))
	case ir.Time:
		return wire.AppendTime(dst, genTime(t))
	case ir.Duration:
		return wire.AppendDuration(dst, time.Duration(rapid.Int64().Draw(t, "duration")))
	case ir.Slice:
		if isNil() {
			return wire.AppendLen(dst, 0, true)
		}
		n := count()
		dst = wire.AppendLen(dst, n, false)
		for range n {
			dst = genWire(t, dst, typ.Elem, depth+1, false)
		}
		return dst
	case ir.Array:
		for range typ.Len {
			dst = genWire(t, dst, typ.Elem, depth+1, false)
		}
		return dst
	case ir.Map:
		if isNil() {
			return wire.AppendLen(dst, 0, true)
		}
		var pairs []byte
		seen := map[string]bool{}
		n := 0
		for range count() {
			k := genWire(t, nil, typ.Key, depth+1, false)
			if seen[string(k)] {
				continue
			}
			seen[string(k)] = true
			pairs = genWire(t, append(pairs, k...), typ.Elem, depth+1, false)
			n++
		}
		return append(wire.AppendLen(dst, n, false), pairs...)
	case ir.Pointer:
		if isNil() {
			return wire.AppendPresent(dst, false)
		}
		return genWire(t, wire.AppendPresent(dst, true), typ.Elem, depth+1, true)
	case ir.Struct:
		for _, f := range typ.Fields {
			if !f.Transient {
				dst = genWire(t, dst, f.Type, depth+1, false)
			}
		}
		return dst
	case ir.Ref:
		if isNil() {
			return wire.AppendRef(dst, "", true)
		}
		return wire.AppendRef(dst, rapid.String().Draw(t, "key"), false)
	}
	bits := typ.Kind.Bits()
	if typ.Kind.IsSigned() {
		return wire.AppendInt(dst, rapid.Int64Range(-1<<(bits-1), 1<<(bits-1)-1).Draw(t, "int"))
	}
	return wire.AppendUint(dst, rapid.Uint64Range(0, math.MaxUint64>>(64-bits)).Draw(t, "uint"))
}

// genTime draws a time that RFC 3339 writes exactly: years 0-9999, a zone
// offset of whole minutes, UTC for a zero offset.
func genTime(t *rapid.T) time.Time {
	lo := time.Date(0, 1, 1, 0, 0, 0, 0, time.UTC).Unix() + 86400
	hi := time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC).Unix()
	tm := time.Unix(rapid.Int64Range(lo, hi).Draw(t, "sec"), rapid.Int64Range(0, 999999999).Draw(t, "nsec"))
	// -1 minute cannot be marshaled (Time.MarshalBinary uses it for UTC).
	if off := rapid.IntRange(-18*60+1, 18*60-1).Draw(t, "offset"); off != 0 && off != -1 {
		return tm.In(time.FixedZone("", off*60))
	}
	return tm.UTC()
}

// TestRoundTripWireJSONWire checks that wire -> JSON -> wire is the
// identity on canonical encodings of every test type.
func TestRoundTripWireJSONWire(t *testing.T) {
	for _, typ := range namedTypes() {
		t.Run(typ.String(), rapid.MakeCheck(func(t *rapid.T) {
			w := genWire(t, nil, typ, 0, false)
			js, err := AppendJSON(nil, typ, w)
			if err != nil {
				t.Fatalf("AppendJSON(%x): %v", w, err)
			}
			if !json.Valid(js) {
				t.Fatalf("AppendJSON(%x) = %s: not valid JSON", w, js)
			}
			back, err := AppendWire(nil, typ, js)
			if err != nil {
				t.Fatalf("AppendWire(%s): %v", js, err)
			}
			if !bytes.Equal(back, w) {
				t.Fatalf("wire %x -> JSON %s -> wire %x", w, js, back)
			}
		}))
	}
}

// TestRoundTripJSONNormalises checks that JSON written differently (keys
// sorted, struct fields reordered, white space added) reads back to the
// same value, and that JSON -> wire -> JSON is a fixed point after one step.
func TestRoundTripJSONNormalises(t *testing.T) {
	for _, typ := range namedTypes() {
		t.Run(typ.String(), rapid.MakeCheck(func(t *rapid.T) {
			js, err := AppendJSON(nil, typ, genWire(t, nil, typ, 0, false))
			if err != nil {
				t.Fatal(err)
			}
			other := reformat(t, js)
			w, err := AppendWire(nil, typ, other)
			if err != nil {
				t.Fatalf("AppendWire(%s): %v", other, err)
			}
			norm, err := AppendJSON(nil, typ, w)
			if err != nil {
				t.Fatal(err)
			}
			if !sameJSON(t, norm, js) {
				t.Fatalf("JSON %s, rewritten %s, normalised to %s", js, other, norm)
			}
			w2, err := AppendWire(nil, typ, norm)
			if err != nil || !bytes.Equal(w2, w) {
				t.Fatalf("normalised JSON %s is not a fixed point: %x vs %x (%v)", norm, w2, w, err)
			}
		}))
	}
}

// reformat rewrites a JSON text through encoding/json: object members
// sorted by key and indented.
func reformat(t *rapid.T, js []byte) []byte {
	d := json.NewDecoder(bytes.NewReader(js))
	d.UseNumber()
	var v any
	if err := d.Decode(&v); err != nil {
		t.Fatalf("encoding/json rejects %s: %v", js, err)
	}
	out, err := json.MarshalIndent(v, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// sameJSON compares two JSON texts as values: object members in any order,
// numbers by their exact text.
func sameJSON(t *rapid.T, a, b []byte) bool {
	return reflect.DeepEqual(decodeAny(t, a), decodeAny(t, b))
}

func decodeAny(t *rapid.T, js []byte) any {
	d := json.NewDecoder(bytes.NewReader(js))
	d.UseNumber()
	var v any
	if err := d.Decode(&v); err != nil {
		t.Fatalf("%s: %v", js, err)
	}
	return v
}
