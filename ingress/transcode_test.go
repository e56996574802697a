package ingress

import (
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/stateflow-go/stateflow/internal/testprog"
	"github.com/stateflow-go/stateflow/ir"
	"github.com/stateflow-go/stateflow/wire"
)

// TestJSONToWire checks single values against the wire encoding that
// generated code writes with the wire package.
func TestJSONToWire(t *testing.T) {
	ts := time.Date(2024, 2, 29, 13, 4, 5, 123456789, time.FixedZone("", 90*60))
	tests := []struct {
		typ  *ir.Type
		json string
		want []byte
	}{
		{basic(ir.Bool), `true`, wire.AppendBool(nil, true)},
		{basic(ir.Int), `-42`, wire.AppendInt(nil, -42)},
		{basic(ir.Int8), `-128`, wire.AppendInt(nil, -128)},
		{basic(ir.Int64), `-9223372036854775808`, wire.AppendInt(nil, math.MinInt64)},
		{basic(ir.Int64), `9223372036854775807`, wire.AppendInt(nil, math.MaxInt64)},
		{basic(ir.Uint64), `18446744073709551615`, wire.AppendUint(nil, math.MaxUint64)},
		{basic(ir.Uint8), `255`, wire.AppendUint(nil, 255)},
		{basic(ir.Uint), `-0`, wire.AppendUint(nil, 0)},
		{basic(ir.Float64), `1.5e300`, wire.AppendFloat64(nil, 1.5e300)},
		{basic(ir.Float32), `0.1`, wire.AppendFloat32(nil, 0.1)},
		{basic(ir.Float64), `"-Infinity"`, wire.AppendFloat64(nil, math.Inf(-1))},
		{basic(ir.String), `"a\"b\u00e9\ud83d\ude00"`, wire.AppendString(nil, "a\"bé😀")},
		{basic(ir.Bytes), `"aGVsbG8="`, wire.AppendBytes(nil, []byte("hello"))},
		{basic(ir.Bytes), `""`, wire.AppendBytes(nil, []byte{})},
		{basic(ir.Bytes), `null`, wire.AppendBytes(nil, nil)},
		{basic(ir.Time), `"2024-02-29T13:04:05.123456789+01:30"`, wire.AppendTime(nil, ts)},
		{basic(ir.Time), `"2024-02-29T11:34:05.123456789+00:00"`, wire.AppendTime(nil, ts.UTC())},
		{basic(ir.Time), `"1970-01-01T00:00:00-00:01"`, wire.AppendTime(nil, time.Unix(60, 0).UTC())},
		{basic(ir.Duration), `1500000000`, wire.AppendDuration(nil, 1500*time.Millisecond)},
		{sliceOf(basic(ir.Int)), `null`, wire.AppendLen(nil, 0, true)},
		{sliceOf(basic(ir.Int)), `[]`, wire.AppendLen(nil, 0, false)},
		{sliceOf(basic(ir.Int)), `[1, 2]`, wire.AppendInt(wire.AppendInt(wire.AppendLen(nil, 2, false), 1), 2)},
		{arrayOf(2, basic(ir.Bool)), `[true,false]`, []byte{1, 0}},
		{mapOf(basic(ir.Int16), basic(ir.Bool)), `{"-3": true}`, wire.AppendBool(wire.AppendInt(wire.AppendLen(nil, 1, false), -3), true)},
		{mapOf(basic(ir.Bool), basic(ir.Bool)), `[[true, false]]`, []byte{2, 1, 0}},
		{ptrTo(basic(ir.Int)), `null`, []byte{0}},
		{ptrTo(basic(ir.Int)), `7`, wire.AppendInt([]byte{1}, 7)},
		{refTo("Item"), `"jeans"`, wire.AppendRef(nil, "jeans", false)},
		{refTo("Item"), `null`, wire.AppendRef(nil, "", true)},
		{pointT, `{"Y": 2, "X": 1}`, wire.AppendInt(wire.AppendInt(nil, 1), 2)},
		{pointT, `{"Y": 2}`, wire.AppendInt(wire.AppendInt(nil, 0), 2)},
		{pointT, ` {} `, []byte{0, 0}},
	}
	for _, tc := range tests {
		got, err := AppendWire(nil, tc.typ, []byte(tc.json))
		if err != nil {
			t.Errorf("AppendWire(%s, %s): %v", tc.typ, tc.json, err)
			continue
		}
		if !bytes.Equal(got, tc.want) {
			t.Errorf("AppendWire(%s, %s) = %x, want %x", tc.typ, tc.json, got, tc.want)
		}
	}
}

// TestLongSliceHeader checks a length header longer than one byte.
func TestLongSliceHeader(t *testing.T) {
	n := 300
	js := "[" + strings.Repeat("1,", n-1) + "1]"
	got, err := AppendWire([]byte("prefix"), sliceOf(basic(ir.Uint8)), []byte(js))
	if err != nil {
		t.Fatal(err)
	}
	want := wire.AppendLen([]byte("prefix"), n, false)
	for range n {
		want = wire.AppendUint(want, 1)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("got %x, want %x", got, want)
	}
}

// TestJSONToWireErrors checks that each bad value is rejected with a
// message naming its place and the problem.
func TestJSONToWireErrors(t *testing.T) {
	item := testprog.Program().Entity("Item").State
	tests := []struct {
		typ  *ir.Type
		json string
		want string
	}{
		{testprog.ItemRefs, `["a", null, 3]`, `[2]: want key string or null, got number`},
		{item, `{"Stock": 1.5}`, `Stock: want integer, got 1.5`},
		{item, `{"Stock": 1e3}`, `Stock: want integer, got 1e3`},
		{item, `{"Stok": 1}`, `unknown field "Stok" (Item has ID, Price, Stock, Tags)`},
		{item, `{"Cache": {}}`, `unknown field "Cache"`},
		{item, `{"ID": "a", "ID": "b"}`, `ID: duplicate field`},
		{item, `{"Tags": ["x", 1]}`, `Tags[1]: want string, got number`},
		{item, `{"ID": null}`, `ID: want string, got null`},
		{item, `[]`, `want object, got array`},
		{item, `{"ID": "a"`, `invalid JSON at byte 10`},
		{item, `{"ID": "a"} {}`, `invalid JSON`},
		{item, ``, `invalid JSON`},
		{basic(ir.Int8), `128`, `number 128 overflows int8`},
		{basic(ir.Int8), `-129`, `number -129 overflows int8`},
		{basic(ir.Int64), `9223372036854775808`, `overflows int64`},
		{basic(ir.Uint64), `18446744073709551616`, `overflows uint64`},
		{basic(ir.Uint64), `99999999999999999999999`, `overflows uint64`},
		{basic(ir.Uint16), `-1`, `number -1 overflows uint16`},
		{basic(ir.Float32), `1e39`, `number 1e39 overflows float32`},
		{basic(ir.Float64), `"1.5"`, `want number, got string "1.5"`},
		{basic(ir.Bool), `"true"`, `want boolean, got string`},
		{basic(ir.Bytes), `"!!"`, `invalid base64`},
		{basic(ir.Time), `"yesterday"`, `invalid time "yesterday": want RFC 3339`},
		{basic(ir.Time), `"2024-01-01"`, `invalid time`},
		{arrayOf(2, basic(ir.Int)), `[1]`, `want 2 elements, got 1`},
		{arrayOf(2, basic(ir.Int)), `[1,2,3]`, `want 2 elements, got more`},
		{mapOf(basic(ir.String), basic(ir.Int)), `{"a": 1, "a": 2}`, `["a"]: duplicate map key`},
		{mapOf(basic(ir.Int), basic(ir.Int)), `{"1": 1, "01": 2}`, `["01"]: duplicate map key`},
		{mapOf(basic(ir.Int), basic(ir.Int)), `{"x": 1}`, `["x"]: want integer, got x`},
		{mapOf(basic(ir.Int), basic(ir.Int)), `{"": 1}`, `[""]: want integer, got ""`},
		{mapOf(basic(ir.Uint8), basic(ir.Int)), `{"256": 1}`, `["256"]: number 256 overflows uint8`},
		{mapOf(basic(ir.String), basic(ir.Int)), `{"k": "v"}`, `["k"]: want integer, got string`},
		{mapOf(basic(ir.Bool), basic(ir.Int)), `{"true": 1}`, `want array of [key, value] pairs or null, got object`},
		{mapOf(basic(ir.Bool), basic(ir.Int)), `[[true]]`, `[0]: want a [key, value] pair, got 1 element`},
		{mapOf(basic(ir.Bool), basic(ir.Int)), `[[true, 1, 2]]`, `[0]: want a [key, value] pair, got more than 2 elements`},
		{mapOf(basic(ir.Bool), basic(ir.Int)), `[[true, 1], [true, 2]]`, `[1]: duplicate map key`},
		{mapOf(basic(ir.Bool), basic(ir.Int)), `[[1, 1]]`, `[0][0]: want boolean, got number`},
		{mapOf(basic(ir.Bool), basic(ir.Int)), `[[true, "x"]]`, `[0][1]: want integer, got string`},
		{nodeT, `{"Next": {"Kids": [{"ByName": {"k": {"Val": 300}}}]}}`, `Next.Kids[0].ByName["k"].Val: number 300 overflows int8`},
		{everyT, `{"Anon": {"Z": true}}`, `Anon.Z: want number, got boolean`},
		{everyT, `{"Renamed": "x"}`, `unknown field "Renamed"`},
		{everyT, `{"PP": 5}`, `PP: want string, got number`},
	}
	for _, tc := range tests {
		_, err := AppendWire(nil, tc.typ, []byte(tc.json))
		var pe *PathError
		if !errors.As(err, &pe) {
			t.Errorf("AppendWire(%s, %s) = %v, want a *PathError", tc.typ, tc.json, err)
			continue
		}
		if !strings.Contains(err.Error(), tc.want) {
			t.Errorf("AppendWire(%s, %s) = %q, want it to contain %q", tc.typ, tc.json, err, tc.want)
		}
	}
}

// TestWireToJSON checks the JSON form of values whose rule differs from a
// plain echo of the input.
func TestWireToJSON(t *testing.T) {
	tests := []struct {
		typ  *ir.Type
		wire []byte
		want string
	}{
		{basic(ir.Float64), wire.AppendFloat64(nil, math.NaN()), `"NaN"`},
		{basic(ir.Float32), wire.AppendFloat32(nil, float32(math.Inf(1))), `"Infinity"`},
		{basic(ir.Float64), wire.AppendFloat64(nil, 1e21), `1e+21`},
		{basic(ir.Float64), wire.AppendFloat64(nil, 1e-7), `1e-7`},
		{basic(ir.Float64), wire.AppendFloat64(nil, math.Copysign(0, -1)), `-0`},
		{basic(ir.Float32), wire.AppendFloat32(nil, 0.1), `0.1`},
		{basic(ir.String), wire.AppendString(nil, "<a&b>\n\x01\u2028\xff"), "\"<a&b>\\n\\u0001\\u2028\ufffd\""},
		{basic(ir.Time), wire.AppendTime(nil, time.Date(2001, 2, 3, 4, 5, 6, 7, time.UTC)), `"2001-02-03T04:05:06.000000007Z"`},
		{basic(ir.Time), wire.AppendTime(nil, time.Time{}), `"0001-01-01T00:00:00Z"`},
		{basic(ir.Time), []byte{0}, `"0001-01-01T00:00:00Z"`},
		{mapOf(basic(ir.Uint32), basic(ir.Bool)), wire.AppendBool(wire.AppendUint(wire.AppendLen(nil, 1, false), 7), true), `{"7":true}`},
		{sliceOf(basic(ir.Int)), []byte{0}, `null`},
		{everyT, appendZero(nil, everyT), `{"B":false,"I":0,"I8":0,"I16":0,"I32":0,"I64":0,"U":0,"U8":0,"U16":0,"U32":0,"U64":0,"F32":0,"F64":0,"S":"","Bs":null,"T":"0001-01-01T00:00:00Z","D":0,"Sl":null,"Ar":[0,0,0],"MS":null,"MI":null,"MU":null,"MB":null,"MR":null,"MP":null,"P":null,"PP":null,"Pt":{"X":0,"Y":0},"Anon":{"Z":0},"R":null,"Rs":null,"Point":{"X":0,"Y":0},"renamed":"","Nested":[null,null],"Node":{"Val":0,"Next":null,"Kids":null,"ByName":null},"Forest":null}`},
	}
	for _, tc := range tests {
		got, err := AppendJSON(nil, tc.typ, tc.wire)
		if err != nil {
			t.Errorf("AppendJSON(%s, %x): %v", tc.typ, tc.wire, err)
			continue
		}
		if string(got) != tc.want {
			t.Errorf("AppendJSON(%s, %x) = %s, want %s", tc.typ, tc.wire, got, tc.want)
		}
		if !json.Valid(got) {
			t.Errorf("AppendJSON(%s, %x) = %s, not valid JSON", tc.typ, tc.wire, got)
		}
	}
}

// TestWireToJSONErrors checks corrupt and unrepresentable wire values.
func TestWireToJSONErrors(t *testing.T) {
	tests := []struct {
		typ  *ir.Type
		wire []byte
		want string
	}{
		{basic(ir.Int8), wire.AppendInt(nil, 200), "overflows int8"},
		{basic(ir.Bool), []byte{2}, "invalid bool byte 2"},
		{basic(ir.String), []byte{5, 'a'}, "string length 5 exceeds"},
		{testprog.ItemRefs, []byte{3, 2, 'a', 9}, "[1]: wire: at byte"},
		{pointT, []byte{0, 0, 0}, "1 trailing bytes"},
		{nodeT, []byte{0, 1, 0, 1, 0, 2}, "Next.Next.Next: wire: at byte 5: invalid bool byte 2"},
		{nodeT, []byte{0, 0, 2, 0, 9}, "Kids[0].Next: wire: at byte 4: invalid bool byte 9"},
		{basic(ir.Time), wire.AppendTime(nil, time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)), "time cannot be written as RFC 3339"},
		{basic(ir.Int), nil, "invalid varint"},
	}
	for _, tc := range tests {
		_, err := AppendJSON(nil, tc.typ, tc.wire)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("AppendJSON(%s, %x) = %v, want an error containing %q", tc.typ, tc.wire, err, tc.want)
		}
	}
}

// TestDeepRecursion checks that nesting deeper than the limit is an error,
// not a stack overflow, in both directions.
func TestDeepRecursion(t *testing.T) {
	loop := &ir.Type{Kind: ir.Pointer, Name: "P"}
	loop.Elem = loop // type P *P
	if _, err := AppendWire(nil, loop, []byte(`1`)); err == nil || !strings.Contains(err.Error(), "nested deeper") {
		t.Errorf("AppendWire of type P *P = %v, want a nesting error", err)
	}
	deep := bytes.Repeat([]byte{1}, maxDepth+10)
	if _, err := AppendJSON(nil, loop, deep); err == nil || !strings.Contains(err.Error(), "nested deeper") {
		t.Errorf("AppendJSON of type P *P = %v, want a nesting error", err)
	}
	js := strings.Repeat("[", 5000) + strings.Repeat("]", 5000)
	got, err := AppendWire(nil, forestT, []byte(js))
	if err != nil {
		t.Fatal(err)
	}
	back, err := AppendJSON(nil, forestT, got)
	if err != nil || string(back) != js {
		t.Errorf("Forest of depth 5000 does not round-trip: %v", err)
	}
}

// TestTimeOffsetSeconds checks that a zone offset with seconds, which RFC
// 3339 cannot write, keeps the instant.
func TestTimeOffsetSeconds(t *testing.T) {
	tm := time.Date(2020, 5, 6, 7, 8, 9, 0, time.FixedZone("LMT", 3600+30*60+15))
	js, err := AppendJSON(nil, basic(ir.Time), wire.AppendTime(nil, tm))
	if err != nil {
		t.Fatal(err)
	}
	var back time.Time
	if err := json.Unmarshal(js, &back); err != nil || !back.Equal(tm) {
		t.Errorf("%s reads back as %v, want the instant %v (%v)", js, back, tm, err)
	}
}
