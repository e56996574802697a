package engine

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"github.com/stateflow-go/stateflow"
)

func sampleRecord() Continuation {
	return Continuation{Caller: stateflow.Address{Entity: "Account", Key: "a"}, Method: "Transfer", PC: 3, Frame: []byte{7, 8}}
}

func sameRecord(a, b *Continuation) bool {
	return a.Caller == b.Caller && a.Method == b.Method && a.PC == b.PC && bytes.Equal(a.Frame, b.Frame)
}

func TestContinuationRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := Continuation{
			Caller: stateflow.Address{Entity: rapid.String().Draw(t, "entity"), Key: rapid.String().Draw(t, "key")},
			Method: rapid.String().Draw(t, "method"),
			PC:     rapid.IntRange(1, 1<<31-1).Draw(t, "pc"),
			Frame:  rapid.SliceOf(rapid.Byte()).Draw(t, "frame"),
		}
		prefix := rapid.SliceOfN(rapid.Byte(), 0, 3).Draw(t, "prefix")
		rec := AppendContinuation(bytes.Clone(prefix), &c)
		if !bytes.Equal(rec[:len(prefix)], prefix) {
			t.Fatalf("AppendContinuation overwrote dst")
		}
		got, err := DecodeContinuation(rec[len(prefix):])
		if err != nil {
			t.Fatalf("DecodeContinuation: %v", err)
		}
		if !sameRecord(&got, &c) {
			t.Fatalf("round trip: got %+v, want %+v", got, c)
		}
		cut := rapid.IntRange(0, len(rec)-len(prefix)-1).Draw(t, "cut")
		if _, err := DecodeContinuation(rec[len(prefix) : len(prefix)+cut]); err == nil {
			t.Fatalf("DecodeContinuation of %d of %d bytes succeeded", cut, len(rec)-len(prefix))
		}
	})
}

func TestContinuationDecodeErrors(t *testing.T) {
	c := sampleRecord()
	good := AppendContinuation(nil, &c)
	keyAt := 1 + 1 + len("Account")
	methodAt := keyAt + 1 + len("a")
	pcAt := methodAt + 1 + len("Transfer")
	frameAt := pcAt + 1
	with := func(edit func(b []byte) []byte) []byte { return edit(bytes.Clone(good)) }
	tests := []struct {
		name   string
		rec    []byte
		field  string
		offset int
		msg    string
	}{
		{"empty", nil, "version", 0, "empty record"},
		{"unknown version", with(func(b []byte) []byte { b[0] = 2; return b }), "version", 0,
			"unknown record version 2 (this build reads version 1)"},
		{"no entity", good[:1], "entity", 1, "invalid uvarint"},
		{"short key", good[:keyAt+1], "key", keyAt + 1, "string length 1"},
		{"no method", good[:methodAt], "method", methodAt, "invalid uvarint"},
		{"no pc", good[:pcAt], "pc", pcAt, "invalid uvarint"},
		{"pc 0", with(func(b []byte) []byte { b[pcAt] = 0; return b }), "pc", pcAt, "resume point 0"},
		{"huge pc", with(func(b []byte) []byte {
			return append(append(b[:pcAt:pcAt], 0x80, 0x80, 0x80, 0x80, 0x08), b[pcAt+1:]...)
		}), "pc", pcAt + 5, "overflows"},
		{"short frame", good[:len(good)-1], "frame", frameAt + 1, "string length 2"},
		{"trailing", append(bytes.Clone(good), 0), "end", len(good), "1 trailing bytes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := DecodeContinuation(tt.rec)
			var re *RecordError
			if !errors.As(err, &re) {
				t.Fatalf("error %v is not a *RecordError", err)
			}
			if re.Field != tt.field || re.Offset != tt.offset || !strings.Contains(re.Msg, tt.msg) {
				t.Errorf("got field %q offset %d msg %q; want field %q offset %d msg containing %q",
					re.Field, re.Offset, re.Msg, tt.field, tt.offset, tt.msg)
			}
			if !strings.Contains(err.Error(), "continuation record: "+tt.field) {
				t.Errorf("message %q does not name the record and the field", err)
			}
		})
	}
}

func FuzzDecodeContinuation(f *testing.F) {
	c := sampleRecord()
	good := AppendContinuation(nil, &c)
	f.Add(good)
	f.Add(good[:len(good)/2])
	f.Add([]byte{})
	f.Add([]byte{ContinuationVersion, 0, 0, 0, 0, 0})
	f.Fuzz(func(t *testing.T, rec []byte) {
		got, err := DecodeContinuation(rec)
		if err != nil {
			if _, ok := err.(*RecordError); !ok {
				t.Fatalf("error %v is %T, not *RecordError", err, err)
			}
			return
		}
		if got.PC <= 0 {
			t.Fatalf("decoded pc %d", got.PC)
		}
		again, err := DecodeContinuation(AppendContinuation(nil, &got))
		if err != nil || !sameRecord(&got, &again) {
			t.Fatalf("re-encoding changed the record: %+v -> %+v (%v)", got, again, err)
		}
	})
}
