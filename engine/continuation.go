package engine

import (
	"errors"
	"strconv"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/wire"
)

// ContinuationVersion is the version of the continuation record encoding
// written by AppendContinuation; it is the first byte of every record.
const ContinuationVersion = 1

// Continuation is one record of Event.Stack: a split method suspended at a
// resume point, waiting for the reply of the call it made. A resume decodes
// only the top record, so its cost depends on the frame of that record and
// not on the method's size or the depth of the stack.
type Continuation struct {
	// Caller is the entity whose method is suspended; the reply executes
	// there.
	Caller stateflow.Address
	// Method is the suspended split method of Caller's entity.
	Method string
	// PC is the resume point, greater than 0.
	PC int
	// Frame holds the variables live at PC, encoded by the method's
	// generated code.
	Frame []byte
}

// The encoding of a continuation record, version 1:
//
//	version   1 byte (ContinuationVersion)
//	entity    string
//	key       string
//	method    string
//	pc        uvarint
//	frame     string
//
// Strings use the layout of package wire.

// AppendContinuation appends the encoding of c to dst and returns the
// extended slice.
func AppendContinuation(dst []byte, c *Continuation) []byte {
	dst = append(dst, ContinuationVersion)
	dst = wire.AppendString(dst, c.Caller.Entity)
	dst = wire.AppendString(dst, c.Caller.Key)
	dst = wire.AppendString(dst, c.Method)
	dst = wire.AppendUint(dst, uint64(c.PC))
	return appendRaw(dst, c.Frame)
}

// RecordError reports a continuation record that does not decode: the
// field being read and the byte offset of the problem within the record.
type RecordError struct {
	Field  string
	Offset int
	Msg    string
}

// Error names the field, the offset and the problem.
func (e *RecordError) Error() string {
	return "engine: decode continuation record: " + e.Field + " at byte " + strconv.Itoa(e.Offset) + ": " + e.Msg
}

// DecodeContinuation decodes a record encoded by AppendContinuation. The
// frame of the result aliases rec. Corrupt, truncated or unknown-version
// input is a *RecordError; DecodeContinuation never panics.
func DecodeContinuation(rec []byte) (Continuation, error) {
	var v recordView
	if err := v.decode(rec); err != nil {
		return Continuation{}, err
	}
	return Continuation{
		Caller: stateflow.Address{Entity: string(v.entity), Key: string(v.key)},
		Method: string(v.method),
		PC:     v.pc,
		Frame:  v.frame,
	}, nil
}

// recordView is a decoded record whose names alias the record's bytes, so
// that the operator can check and dispatch a resume without allocating.
type recordView struct {
	entity, key, method []byte
	pc                  int
	frame               []byte
}

// decode fills v from rec.
func (v *recordView) decode(rec []byte) error {
	if len(rec) == 0 {
		return &RecordError{Field: "version", Msg: "empty record"}
	}
	if rec[0] != ContinuationVersion {
		return &RecordError{Field: "version", Msg: "unknown record version " + strconv.Itoa(int(rec[0])) +
			" (this build reads version " + strconv.Itoa(ContinuationVersion) + ")"}
	}
	d := wire.NewDecoder(rec[1:])
	v.entity = d.StringBytes()
	if err := d.Err(); err != nil {
		return recordError("entity", err)
	}
	v.key = d.StringBytes()
	if err := d.Err(); err != nil {
		return recordError("key", err)
	}
	v.method = d.StringBytes()
	if err := d.Err(); err != nil {
		return recordError("method", err)
	}
	at := 1 + d.Offset()
	pc := d.UintN(31)
	if err := d.Err(); err != nil {
		return recordError("pc", err)
	}
	if pc == 0 {
		return &RecordError{Field: "pc", Offset: at, Msg: "resume point 0 (a continuation resumes after a suspension)"}
	}
	v.pc = int(pc)
	v.frame = d.StringBytes()
	if err := d.Err(); err != nil {
		return recordError("frame", err)
	}
	if err := d.Finish(); err != nil {
		return recordError("end", err)
	}
	return nil
}

// recordError converts a wire error into a RecordError for field, with the
// offset counted from the start of the record.
func recordError(field string, err error) error {
	var we *wire.Error
	if errors.As(err, &we) {
		return &RecordError{Field: field, Offset: 1 + we.Offset, Msg: we.Msg}
	}
	return &RecordError{Field: field, Msg: err.Error()}
}

// callerOf decodes the caller address of a record.
func callerOf(rec []byte) (stateflow.Address, string, error) {
	var v recordView
	if err := v.decode(rec); err != nil {
		return stateflow.Address{}, "", err
	}
	return stateflow.Address{Entity: string(v.entity), Key: string(v.key)}, string(v.method), nil
}
