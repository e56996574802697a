package ingress

import (
	"encoding/json"
	"math"
	"testing"
	"time"

	"github.com/stateflow-go/stateflow/ir"
	"github.com/stateflow-go/stateflow/wire"
	"pgregory.net/rapid"
)

// goPoint and goValue are Go types whose JSON, by encoding/json, the
// transcoder must reproduce from their wire encoding (DESIGN §5: the JSON a
// Go developer expects). Kinds that encoding/json cannot write the same way
// (bool or struct map keys, references, embedded fields) are left out.
type goPoint struct{ X, Y int32 }

type goValue struct {
	B       bool
	I       int
	I8      int8
	U16     uint16
	U64     uint64
	F32     float32
	F64     float64
	S       string
	Bs      []byte
	T       time.Time
	D       time.Duration
	Sl      []string
	Ar      [3]uint16
	MS      map[string]int
	MI      map[int64]bool
	MU      map[uint8]string
	P       *int
	PP      **string
	Pt      goPoint
	Anon    struct{ Z float64 }
	Renamed string `json:"renamed"`
	Nested  [2][]*goPoint
}

var goValueT = &ir.Type{Kind: ir.Struct, Name: "goValue", Fields: []*ir.Field{
	field("B", basic(ir.Bool)), field("I", basic(ir.Int)), field("I8", basic(ir.Int8)),
	field("U16", basic(ir.Uint16)), field("U64", basic(ir.Uint64)),
	field("F32", basic(ir.Float32)), field("F64", basic(ir.Float64)),
	field("S", basic(ir.String)), field("Bs", basic(ir.Bytes)),
	field("T", basic(ir.Time)), field("D", basic(ir.Duration)),
	field("Sl", sliceOf(basic(ir.String))), field("Ar", arrayOf(3, basic(ir.Uint16))),
	field("MS", mapOf(basic(ir.String), basic(ir.Int))),
	field("MI", mapOf(basic(ir.Int64), basic(ir.Bool))),
	field("MU", mapOf(basic(ir.Uint8), basic(ir.String))),
	field("P", ptrTo(basic(ir.Int))), field("PP", ptrTo(ptrTo(basic(ir.String)))),
	field("Pt", pointT),
	field("Anon", &ir.Type{Kind: ir.Struct, Fields: []*ir.Field{field("Z", basic(ir.Float64))}}),
	{Name: "Renamed", JSONName: "renamed", Type: basic(ir.String)},
	field("Nested", arrayOf(2, sliceOf(ptrTo(pointT)))),
}}

// encodeGoValue writes v as generated code would.
func encodeGoValue(b []byte, v *goValue) []byte {
	b = wire.AppendBool(b, v.B)
	b = wire.AppendInt(b, int64(v.I))
	b = wire.AppendInt(b, int64(v.I8))
	b = wire.AppendUint(b, uint64(v.U16))
	b = wire.AppendUint(b, v.U64)
	b = wire.AppendFloat32(b, v.F32)
	b = wire.AppendFloat64(b, v.F64)
	b = wire.AppendString(b, v.S)
	b = wire.AppendBytes(b, v.Bs)
	b = wire.AppendTime(b, v.T)
	b = wire.AppendDuration(b, v.D)
	b = wire.AppendLen(b, len(v.Sl), v.Sl == nil)
	for _, s := range v.Sl {
		b = wire.AppendString(b, s)
	}
	for _, u := range v.Ar {
		b = wire.AppendUint(b, uint64(u))
	}
	b = wire.AppendLen(b, len(v.MS), v.MS == nil)
	for k, x := range v.MS {
		b = wire.AppendInt(wire.AppendString(b, k), int64(x))
	}
	b = wire.AppendLen(b, len(v.MI), v.MI == nil)
	for k, x := range v.MI {
		b = wire.AppendBool(wire.AppendInt(b, k), x)
	}
	b = wire.AppendLen(b, len(v.MU), v.MU == nil)
	for k, x := range v.MU {
		b = wire.AppendString(wire.AppendUint(b, uint64(k)), x)
	}
	b = wire.AppendPresent(b, v.P != nil)
	if v.P != nil {
		b = wire.AppendInt(b, int64(*v.P))
	}
	b = wire.AppendPresent(b, v.PP != nil)
	if v.PP != nil {
		b = wire.AppendPresent(b, *v.PP != nil)
		if *v.PP != nil {
			b = wire.AppendString(b, **v.PP)
		}
	}
	b = wire.AppendInt(wire.AppendInt(b, int64(v.Pt.X)), int64(v.Pt.Y))
	b = wire.AppendFloat64(b, v.Anon.Z)
	b = wire.AppendString(b, v.Renamed)
	for _, ps := range v.Nested {
		b = wire.AppendLen(b, len(ps), ps == nil)
		for _, p := range ps {
			b = wire.AppendPresent(b, p != nil)
			if p != nil {
				b = wire.AppendInt(wire.AppendInt(b, int64(p.X)), int64(p.Y))
			}
		}
	}
	return b
}

func finite64(t *rapid.T, label string) float64 {
	f := rapid.Float64().Draw(t, label)
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0
	}
	return f
}

func genGoValue(t *rapid.T) *goValue {
	maybe := func() bool { return rapid.Bool().Draw(t, "present") }
	v := &goValue{
		B: rapid.Bool().Draw(t, "B"), I: rapid.Int().Draw(t, "I"), I8: rapid.Int8().Draw(t, "I8"),
		U16: rapid.Uint16().Draw(t, "U16"), U64: rapid.Uint64().Draw(t, "U64"),
		F64: finite64(t, "F64"), S: rapid.String().Draw(t, "S"),
		T: genTime(t), D: time.Duration(rapid.Int64().Draw(t, "D")),
		Renamed: rapid.String().Draw(t, "Renamed"),
	}
	if f := rapid.Float32().Draw(t, "F32"); !math.IsNaN(float64(f)) && !math.IsInf(float64(f), 0) {
		v.F32 = f
	}
	v.Anon.Z = finite64(t, "Z")
	v.Pt = goPoint{rapid.Int32().Draw(t, "X"), rapid.Int32().Draw(t, "Y")}
	if maybe() {
		v.Bs = rapid.SliceOfN(rapid.Byte(), 0, 6).Draw(t, "Bs")
	}
	if maybe() {
		v.Sl = rapid.SliceOfN(rapid.String(), 0, 3).Draw(t, "Sl")
	}
	v.Ar = [3]uint16{rapid.Uint16().Draw(t, "A0"), rapid.Uint16().Draw(t, "A1"), rapid.Uint16().Draw(t, "A2")}
	if maybe() {
		v.MS = rapid.MapOfN(rapid.String(), rapid.Int(), 0, 3).Draw(t, "MS")
	}
	if maybe() {
		v.MI = rapid.MapOfN(rapid.Int64(), rapid.Bool(), 0, 3).Draw(t, "MI")
	}
	if maybe() {
		v.MU = rapid.MapOfN(rapid.Uint8(), rapid.String(), 0, 3).Draw(t, "MU")
	}
	if maybe() {
		n := rapid.Int().Draw(t, "P")
		v.P = &n
	}
	if maybe() {
		var inner *string
		if maybe() {
			s := rapid.String().Draw(t, "PP")
			inner = &s
		}
		v.PP = &inner
	}
	for i := range v.Nested {
		if maybe() {
			v.Nested[i] = rapid.SliceOfN(rapid.Ptr(rapid.Custom(func(t *rapid.T) goPoint {
				return goPoint{rapid.Int32().Draw(t, "X"), rapid.Int32().Draw(t, "Y")}
			}), true), 0, 2).Draw(t, "Nested")
		}
	}
	return v
}

// TestMatchesEncodingJSON checks that the JSON of a Go value's wire
// encoding is the JSON encoding/json writes for the value, and that it reads
// back to the same wire encoding.
func TestMatchesEncodingJSON(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		v := genGoValue(t)
		w := encodeGoValue(nil, v)
		got, err := AppendJSON(nil, goValueT, w)
		if err != nil {
			t.Fatalf("AppendJSON: %v", err)
		}
		want, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		if !sameJSON(t, got, want) {
			t.Fatalf("transcoded:    %s\nencoding/json: %s", got, want)
		}
		var back goValue
		if err := json.Unmarshal(got, &back); err != nil {
			t.Fatalf("encoding/json cannot read %s: %v", got, err)
		}
		if _, err := AppendWire(nil, goValueT, want); err != nil {
			t.Fatalf("AppendWire(encoding/json's %s): %v", want, err)
		}
	})
}

// TestFloatsMatchEncodingJSON compares the text of floats of every
// magnitude (drawn as random bit patterns) with encoding/json's.
func TestFloatsMatchEncodingJSON(t *testing.T) {
	for _, f := range []float64{0, math.Copysign(0, -1), 1, -1.5, 0.1, 1e20, 1e21, 9.99e20, 1e-6, 9.9e-7, 1e-7,
		123456789.125, math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32, 1e38, 3e-39} {
		for _, bits := range []int{32, 64} {
			v, g := any(f), f
			if bits == 32 {
				if math.IsInf(float64(float32(f)), 0) {
					continue
				}
				v, g = float32(f), float64(float32(f))
			}
			want, _ := json.Marshal(v)
			if got := appendFloat(nil, g, bits); string(got) != string(want) {
				t.Errorf("float%d %v: got %s, encoding/json %s", bits, g, got, want)
			}
		}
	}
	rapid.Check(t, func(t *rapid.T) {
		f64 := math.Float64frombits(rapid.Uint64().Draw(t, "bits64"))
		f32 := math.Float32frombits(rapid.Uint32().Draw(t, "bits32"))
		if !math.IsNaN(f64) && !math.IsInf(f64, 0) {
			want, _ := json.Marshal(f64)
			if got := appendFloat(nil, f64, 64); string(got) != string(want) {
				t.Fatalf("float64 %v: got %s, encoding/json %s", f64, got, want)
			}
		}
		if f := float64(f32); !math.IsNaN(f) && !math.IsInf(f, 0) {
			want, _ := json.Marshal(f32)
			if got := appendFloat(nil, f, 32); string(got) != string(want) {
				t.Fatalf("float32 %v: got %s, encoding/json %s", f32, got, want)
			}
		}
	})
}
