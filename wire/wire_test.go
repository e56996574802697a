package wire

import (
	"errors"
	"math"
	"testing"
	"time"

	"pgregory.net/rapid"
)

func TestRoundTripEveryKind(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		b := rapid.Bool().Draw(t, "b")
		i := rapid.Int64().Draw(t, "i")
		u := rapid.Uint64().Draw(t, "u")
		f32 := rapid.Float32().Draw(t, "f32")
		f64 := rapid.Float64().Draw(t, "f64")
		s := rapid.String().Draw(t, "s")
		var bs []byte
		if rapid.Bool().Draw(t, "bytesNil") {
			bs = nil
		} else {
			bs = rapid.SliceOf(rapid.Byte()).Draw(t, "bs")
		}
		n := rapid.IntRange(0, 1000).Draw(t, "len")
		refNil := rapid.Bool().Draw(t, "refNil")
		key := rapid.String().Draw(t, "key")
		tm := time.Unix(rapid.Int64Range(-1e10, 1e10).Draw(t, "sec"), rapid.Int64Range(0, 999999999).Draw(t, "nsec")).UTC()
		dur := time.Duration(rapid.Int64().Draw(t, "dur"))

		var out []byte
		out = AppendBool(out, b)
		out = AppendInt(out, i)
		out = AppendUint(out, u)
		out = AppendFloat32(out, f32)
		out = AppendFloat64(out, f64)
		out = AppendString(out, s)
		out = AppendBytes(out, bs)
		out = AppendLen(out, n, false)
		out = append(out, make([]byte, n)...) // n one-byte elements
		out = AppendRef(out, key, refNil)
		out = AppendTime(out, tm)
		out = AppendDuration(out, dur)

		d := NewDecoder(out)
		if got := d.Bool(); got != b {
			t.Fatalf("bool %v != %v", got, b)
		}
		if got := d.Int(); got != i {
			t.Fatalf("int %v != %v", got, i)
		}
		if got := d.Uint(); got != u {
			t.Fatalf("uint %v != %v", got, u)
		}
		if got := d.Float32(); math.Float32bits(got) != math.Float32bits(f32) {
			t.Fatalf("float32 %v != %v", got, f32)
		}
		if got := d.Float64(); math.Float64bits(got) != math.Float64bits(f64) {
			t.Fatalf("float64 %v != %v", got, f64)
		}
		if got := d.String(); got != s {
			t.Fatalf("string %q != %q", got, s)
		}
		if got := d.Bytes(); (got == nil) != (bs == nil) || string(got) != string(bs) {
			t.Fatalf("bytes %v != %v", got, bs)
		}
		if got, isNil := d.Len(1); got != n || isNil {
			t.Fatalf("len %d, %v != %d", got, isNil, n)
		}
		for range n {
			d.Bool()
		}
		if gotKey, isNil := d.Ref(); isNil != refNil || (!refNil && gotKey != key) {
			t.Fatalf("ref %q,%v != %q,%v", gotKey, isNil, key, refNil)
		}
		if got := d.Time(); !got.Equal(tm) {
			t.Fatalf("time %v != %v", got, tm)
		}
		if got := d.Duration(); got != dur {
			t.Fatalf("duration %v != %v", got, dur)
		}
		if err := d.Finish(); err != nil {
			t.Fatal(err)
		}
	})
}

func TestDecoderErrorsNameTheOffset(t *testing.T) {
	cases := []struct {
		name string
		in   []byte
		read func(d *Decoder)
		want string
	}{
		{"bad bool", []byte{7}, func(d *Decoder) { d.Bool() }, "wire: at byte 0: invalid bool byte 7"},
		{"truncated string", AppendUint(nil, 10), func(d *Decoder) { _ = d.String() }, "string length 10 exceeds the 0 bytes left"},
		{"huge slice", AppendUint(nil, 1<<40), func(d *Decoder) { d.Len(1) }, "exceeds the 0 bytes left"},
		{"int8 overflow", AppendInt(nil, 300), func(d *Decoder) { d.IntN(8) }, "integer 300 overflows int8"},
		{"uint16 overflow", AppendUint(nil, 1<<16), func(d *Decoder) { d.UintN(16) }, "overflows uint16"},
		{"trailing", []byte{1, 2}, func(d *Decoder) { d.Bool() }, "wire: at byte 1: 1 trailing bytes"},
		{"short float", []byte{1, 2, 3}, func(d *Decoder) { d.Float64() }, "reading float64 (8 bytes wanted, 3 left)"},
		{"bad time", AppendString(nil, "xyz"), func(d *Decoder) { d.Time() }, "invalid time"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := NewDecoder(c.in)
			c.read(&d)
			err := d.Finish()
			var we *Error
			if !errors.As(err, &we) {
				t.Fatalf("err = %v, want a *wire.Error", err)
			}
			if !contains(err.Error(), c.want) {
				t.Errorf("err = %q, want it to contain %q", err, c.want)
			}
			// After an error every read is a zero value.
			if d.Int() != 0 || d.String() != "" || d.Bool() {
				t.Error("reads after an error returned values")
			}
		})
	}
}

func contains(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return true
		}
	}
	return false
}

func FuzzDecoder(f *testing.F) {
	f.Add([]byte{})
	f.Add(AppendString(AppendInt(nil, -5), "hello"))
	f.Add(AppendLen(nil, 3, false))
	f.Fuzz(func(t *testing.T, data []byte) {
		d := NewDecoder(data)
		for d.Err() == nil && d.Remaining() > 0 {
			switch data[d.Offset()] % 7 {
			case 0:
				_ = d.String()
			case 1:
				d.Bytes()
			case 2:
				d.Len(0)
			case 3:
				d.Ref()
			case 4:
				d.Time()
			case 5:
				d.Float32()
			default:
				d.IntN(16)
			}
		}
	})
}
