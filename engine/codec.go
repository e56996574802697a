package engine

import (
	"errors"
	"strconv"

	"github.com/stateflow-go/stateflow/wire"
)

// FormatVersion is the version of the event encoding written by AppendEvent.
// It is the first byte of every encoded event. Decode also reads version 1,
// which had no hop (it decodes as hop 0).
const FormatVersion = 2

// headerLen is the fixed part of an encoded event: version, kind and ID.
const headerLen = 2 + len(ID{})

// The encoding of an event, format version 2:
//
//	version   1 byte (FormatVersion)
//	kind      1 byte
//	id        16 bytes
//	hop       uvarint (absent in version 1)
//	entity    string (uvarint length, bytes)
//	key       string
//	method    string
//	payload   string
//	stack     uvarint count, then each record as a string
//
// Strings use the layout of package wire. The records of the stack are
// opaque here: see AppendContinuation for their layout.

// AppendEvent appends the encoding of ev to dst and returns the extended
// slice.
func AppendEvent(dst []byte, ev *Event) []byte {
	dst = append(dst, FormatVersion, byte(ev.Kind))
	dst = append(dst, ev.ID[:]...)
	dst = wire.AppendUint(dst, uint64(ev.Hop))
	dst = wire.AppendString(dst, ev.Target.Entity)
	dst = wire.AppendString(dst, ev.Target.Key)
	dst = wire.AppendString(dst, ev.Method)
	dst = appendRaw(dst, ev.Payload)
	dst = wire.AppendUint(dst, uint64(len(ev.Stack)))
	for _, rec := range ev.Stack {
		dst = appendRaw(dst, rec)
	}
	return dst
}

// appendRaw appends b length-prefixed, like wire.AppendString.
func appendRaw(dst, b []byte) []byte {
	dst = wire.AppendUint(dst, uint64(len(b)))
	return append(dst, b...)
}

// DecodeError reports corrupt or truncated event bytes: the field being read
// and the byte offset of the problem.
type DecodeError struct {
	Field  string
	Offset int
	Msg    string
}

// Error names the field, the offset and the problem.
func (e *DecodeError) Error() string {
	return "engine: decode event: " + e.Field + " at byte " + strconv.Itoa(e.Offset) + ": " + e.Msg
}

// Decode decodes an event encoded by AppendEvent. The payload and the stack
// records of the result alias raw, which must not change while they are in
// use. Corrupt, truncated or unknown-version input is a *DecodeError; Decode
// never panics.
func Decode(raw []byte) (Event, error) {
	var ev Event
	err := decodeEvent(raw, &ev, nil)
	return ev, err
}

// decodeEvent decodes raw into ev. intern, when not nil, maps the bytes of
// the entity and method names to strings without allocating for known names.
func decodeEvent(raw []byte, ev *Event, intern func([]byte) string) error {
	*ev = Event{}
	if len(raw) == 0 {
		return &DecodeError{Field: "version", Msg: "empty input"}
	}
	version := raw[0]
	if version != FormatVersion && version != 1 {
		return &DecodeError{Field: "version", Msg: "unknown format version " + strconv.Itoa(int(version)) +
			" (this build reads versions 1 and " + strconv.Itoa(FormatVersion) + ")"}
	}
	if len(raw) < 2 {
		return &DecodeError{Field: "kind", Offset: 1, Msg: "unexpected end of data"}
	}
	ev.Kind = Kind(raw[1])
	if !ev.Kind.Valid() {
		return &DecodeError{Field: "kind", Offset: 1, Msg: "unknown event kind " + strconv.Itoa(int(raw[1]))}
	}
	if len(raw) < headerLen {
		return &DecodeError{Field: "id", Offset: 2, Msg: "unexpected end of data (" + strconv.Itoa(len(raw)-2) + " of 16 bytes)"}
	}
	copy(ev.ID[:], raw[2:headerLen])

	d := wire.NewDecoder(raw[headerLen:])
	if version > 1 {
		ev.Hop = uint32(d.UintN(32))
		if err := d.Err(); err != nil {
			return fieldError("hop", err)
		}
	}
	ev.Target.Entity = readName(&d, intern)
	if err := d.Err(); err != nil {
		return fieldError("entity", err)
	}
	ev.Target.Key = d.String()
	if err := d.Err(); err != nil {
		return fieldError("key", err)
	}
	ev.Method = readName(&d, intern)
	if err := d.Err(); err != nil {
		return fieldError("method", err)
	}
	if p := d.StringBytes(); len(p) > 0 {
		ev.Payload = p
	}
	if err := d.Err(); err != nil {
		return fieldError("payload", err)
	}
	n := d.Uint()
	if err := d.Err(); err != nil {
		return fieldError("stack", err)
	}
	if n > uint64(d.Remaining()) {
		return &DecodeError{Field: "stack", Offset: headerLen + d.Offset(),
			Msg: "record count " + strconv.FormatUint(n, 10) + " exceeds the " + strconv.Itoa(d.Remaining()) + " bytes left"}
	}
	if n > 0 {
		ev.Stack = make([][]byte, n)
		for i := range ev.Stack {
			ev.Stack[i] = d.StringBytes()
			if err := d.Err(); err != nil {
				return fieldError("stack record "+strconv.Itoa(i), err)
			}
		}
	}
	if err := d.Finish(); err != nil {
		return fieldError("end", err)
	}
	return nil
}

// readName reads a string, interned when intern is not nil.
func readName(d *wire.Decoder, intern func([]byte) string) string {
	b := d.StringBytes()
	if intern != nil {
		return intern(b)
	}
	return string(b)
}

// fieldError converts a wire error into a DecodeError for field, with the
// offset counted from the start of the event.
func fieldError(field string, err error) error {
	var we *wire.Error
	if errors.As(err, &we) {
		return &DecodeError{Field: field, Offset: headerLen + we.Offset, Msg: we.Msg}
	}
	return &DecodeError{Field: field, Msg: err.Error()}
}
