package engine

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"github.com/stateflow-go/stateflow"
)

func sampleEvent() Event {
	return Event{
		ID:      IDFromKey("k1"),
		Hop:     3,
		Kind:    Invoke,
		Target:  stateflow.Address{Entity: "Item", Key: "jeans"},
		Method:  "Take",
		Payload: []byte{6},
		Stack:   [][]byte{[]byte("frame-a"), {}},
	}
}

// sameEvent compares events, treating nil and empty slices alike.
func sameEvent(a, b *Event) bool {
	if a.ID != b.ID || a.Hop != b.Hop || a.Kind != b.Kind || a.Target != b.Target || a.Method != b.Method ||
		!bytes.Equal(a.Payload, b.Payload) || len(a.Stack) != len(b.Stack) {
		return false
	}
	for i := range a.Stack {
		if !bytes.Equal(a.Stack[i], b.Stack[i]) {
			return false
		}
	}
	return true
}

func genEvent(t *rapid.T) Event {
	kinds := []Kind{Create, Invoke, Find, GetState, SetState, Ping, GetField,
		Created, Result, Failed, Found, NotFound, State, Pong, FieldValue}
	var id ID
	copy(id[:], rapid.SliceOfN(rapid.Byte(), 16, 16).Draw(t, "id"))
	return Event{
		ID:   id,
		Hop:  rapid.Uint32().Draw(t, "hop"),
		Kind: rapid.SampledFrom(kinds).Draw(t, "kind"),
		Target: stateflow.Address{
			Entity: rapid.String().Draw(t, "entity"),
			Key:    rapid.String().Draw(t, "key"),
		},
		Method:  rapid.String().Draw(t, "method"),
		Payload: rapid.SliceOf(rapid.Byte()).Draw(t, "payload"),
		Stack:   rapid.SliceOfN(rapid.SliceOf(rapid.Byte()), 0, 4).Draw(t, "stack"),
	}
}

func TestEventRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		ev := genEvent(t)
		prefix := rapid.SliceOfN(rapid.Byte(), 0, 3).Draw(t, "prefix")
		raw := AppendEvent(append([]byte(nil), prefix...), &ev)
		if !bytes.Equal(raw[:len(prefix)], prefix) {
			t.Fatalf("AppendEvent overwrote dst")
		}
		got, err := Decode(raw[len(prefix):])
		if err != nil {
			t.Fatalf("Decode: %v", err)
		}
		if !sameEvent(&got, &ev) {
			t.Fatalf("round trip: got %+v, want %+v", got, ev)
		}
		// Every strict prefix of an encoding is truncated and must fail.
		cut := rapid.IntRange(0, len(raw)-len(prefix)-1).Draw(t, "cut")
		if _, err := Decode(raw[len(prefix) : len(prefix)+cut]); err == nil {
			t.Fatalf("Decode of %d of %d bytes succeeded", cut, len(raw)-len(prefix))
		}
	})
}

func TestDecodeErrors(t *testing.T) {
	ev := sampleEvent()
	good := AppendEvent(nil, &ev)
	// Offsets in the sample encoding.
	hopAt := headerLen
	entityAt := hopAt + 1
	keyAt := entityAt + 1 + len("Item")
	methodAt := keyAt + 1 + len("jeans")
	payloadAt := methodAt + 1 + len("Take")
	stackAt := payloadAt + 2

	with := func(edit func(b []byte) []byte) []byte { return edit(append([]byte(nil), good...)) }
	tests := []struct {
		name   string
		raw    []byte
		field  string
		offset int
		msg    string
	}{
		{"empty", nil, "version", 0, "empty input"},
		{"unknown version", with(func(b []byte) []byte { b[0] = 9; return b }), "version", 0, "unknown format version 9 (this build reads versions 1 and 2)"},
		{"missing kind", good[:1], "kind", 1, "unexpected end"},
		{"zero kind", with(func(b []byte) []byte { b[1] = 0; return b }), "kind", 1, "unknown event kind 0"},
		{"unknown kind", with(func(b []byte) []byte { b[1] = 200; return b }), "kind", 1, "unknown event kind 200"},
		{"short id", good[:10], "id", 2, "8 of 16 bytes"},
		{"no hop", good[:headerLen], "hop", hopAt, "invalid uvarint"},
		{"huge hop", with(func(b []byte) []byte {
			return append(append(b[:hopAt:hopAt], 0x80, 0x80, 0x80, 0x80, 0x10), b[hopAt+1:]...)
		}), "hop", hopAt + 5, "overflows uint32"},
		{"no entity", good[:entityAt], "entity", entityAt, "invalid uvarint"},
		{"short entity", good[:entityAt+3], "entity", entityAt + 1, "string length 4"},
		{"short key", good[:keyAt+2], "key", keyAt + 1, "string length 5"},
		{"no method", good[:methodAt], "method", methodAt, "invalid uvarint"},
		{"huge payload", with(func(b []byte) []byte { b[payloadAt] = 0x7f; return b }), "payload", payloadAt + 1, "string length 127"},
		{"no stack", good[:stackAt], "stack", stackAt, "invalid uvarint"},
		{"stack count", with(func(b []byte) []byte { b[stackAt] = 100; return b }), "stack", stackAt + 1, "record count 100"},
		{"short record", good[:len(good)-3], "stack record 0", stackAt + 2, "string length 7"},
		{"trailing", append(append([]byte(nil), good...), 1, 2), "end", len(good), "2 trailing bytes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decode(tt.raw)
			var de *DecodeError
			if !errors.As(err, &de) {
				t.Fatalf("Decode error %v is not a *DecodeError", err)
			}
			if de.Field != tt.field || de.Offset != tt.offset || !strings.Contains(de.Msg, tt.msg) {
				t.Errorf("got field %q offset %d msg %q; want field %q offset %d msg containing %q",
					de.Field, de.Offset, de.Msg, tt.field, tt.offset, tt.msg)
			}
			if !strings.Contains(err.Error(), tt.field) {
				t.Errorf("message %q does not name the field", err)
			}
		})
	}
}

// Events of format version 1 have no hop; they decode with hop 0.
func TestDecodeVersion1(t *testing.T) {
	ev := sampleEvent()
	v2 := AppendEvent(nil, &ev)
	v1 := append([]byte{1}, v2[1:headerLen]...)
	v1 = append(v1, v2[headerLen+1:]...) // drop the one-byte hop
	got, err := Decode(v1)
	if err != nil {
		t.Fatal(err)
	}
	ev.Hop = 0
	if !sameEvent(&got, &ev) {
		t.Errorf("version 1 decodes as %+v, want %+v", got, ev)
	}
}

func TestDecodeAliasesRaw(t *testing.T) {
	ev := sampleEvent()
	raw := AppendEvent(nil, &ev)
	got, err := Decode(raw)
	if err != nil {
		t.Fatal(err)
	}
	raw[len(raw)-len("frame-a")-1] = 'X' // the first byte of the first record (the last is empty)
	if got.Stack[0][0] != 'X' {
		t.Errorf("stack record does not alias the input: %q", got.Stack[0])
	}
	if got.Payload == nil || len(got.Stack[1]) != 0 {
		t.Errorf("payload %v, second record %v", got.Payload, got.Stack[1])
	}
}

func TestKindString(t *testing.T) {
	want := map[Kind]string{
		Create: "Create", Invoke: "Invoke", Find: "Find", GetState: "GetState", SetState: "SetState", Ping: "Ping",
		Created: "Created", Result: "Result", Failed: "Failed", Found: "Found", NotFound: "NotFound", State: "State", Pong: "Pong",
		0: "Kind(0)", 99: "Kind(99)",
	}
	for k, s := range want {
		if k.String() != s {
			t.Errorf("Kind(%d).String() = %q, want %q", k, k.String(), s)
		}
		if k.Valid() != (k.IsRequest() != k.IsReply()) || (s[0] == 'K') == k.Valid() {
			t.Errorf("Kind %s: Valid %v IsRequest %v IsReply %v", s, k.Valid(), k.IsRequest(), k.IsReply())
		}
	}
	for _, k := range []Kind{Create, Invoke, Find, GetState, SetState, Ping} {
		if !k.IsRequest() {
			t.Errorf("%s is not a request", k)
		}
	}
}

func TestIDs(t *testing.T) {
	if a, again := IDFromKey("a"), IDFromKey("a"); a != again {
		t.Error("IDFromKey is not deterministic")
	}
	if IDFromKey("a") == IDFromKey("b") {
		t.Error("IDFromKey(a) == IDFromKey(b)")
	}
	if a, b := NewID(), NewID(); a == b || a == (ID{}) {
		t.Errorf("NewID returned %v and %v", a, b)
	}
	if s := IDFromKey("a").String(); len(s) != 32 {
		t.Errorf("ID.String() = %q", s)
	}
}

func TestFingerprint(t *testing.T) {
	a := sampleEvent()
	b := a
	b.ID = NewID()
	if a.Fingerprint() != b.Fingerprint() {
		t.Error("fingerprint depends on the ID")
	}
	for name, edit := range map[string]func(e *Event){
		"kind":    func(e *Event) { e.Kind = Find },
		"entity":  func(e *Event) { e.Target.Entity = "User" },
		"key":     func(e *Event) { e.Target.Key = "shirt" },
		"method":  func(e *Event) { e.Method = "SetStock" },
		"payload": func(e *Event) { e.Payload = []byte{8} },
		// The length prefixes keep field boundaries apart.
		"boundary": func(e *Event) { e.Target.Entity, e.Target.Key = "Itemj", "eans" },
	} {
		c := a
		edit(&c)
		if c.Fingerprint() == a.Fingerprint() {
			t.Errorf("changing the %s keeps the fingerprint", name)
		}
	}
}
