package engine

import (
	"fmt"
	"strconv"

	"github.com/stateflow-go/stateflow/wire"
)

// FailCode classifies a Failed reply.
type FailCode uint8

// The failure codes.
const (
	// FailOperation: the operation (or constructor) returned an error. As in
	// plain Go, the state changes the operation made are kept, and the
	// failure carries the results it returned alongside its error.
	FailOperation FailCode = iota + 1
	// FailPanic: the operation panicked; the message is the panic value.
	FailPanic
	// FailBadArgs: the arguments (or the state given to a Create or
	// SetState) could not be decoded or were invalid; Param names the
	// parameter when known.
	FailBadArgs
	// FailExists: a Create found its key taken.
	FailExists
	// FailKeyChanged: the operation changed the entity's key.
	FailKeyChanged
	// FailInternal: the step could not run for a reason that is not the
	// request's, for example a stored state that no longer decodes.
	FailInternal
	// FailCallee: a split operation failed because a call it made failed
	// in a way its code could not receive as an error result (a missing
	// entity, bad arguments, a deadlock, ...). The message is the callee's.
	// A callee's panic propagates as FailPanic instead.
	FailCallee
	// FailDeadlock: the request was refused because waiting for its
	// target, held by another call chain, would have closed a cycle of
	// chains waiting for each other. The message names the cycle.
	FailDeadlock
)

var failNames = [...]string{
	FailOperation:  "operation error",
	FailPanic:      "panic",
	FailBadArgs:    "bad arguments",
	FailExists:     "exists",
	FailKeyChanged: "key changed",
	FailInternal:   "internal error",
	FailCallee:     "callee failed",
	FailDeadlock:   "deadlock",
}

// String names the code.
func (c FailCode) String() string {
	if c >= FailOperation && int(c) < len(failNames) {
		return failNames[c]
	}
	return "FailCode(" + strconv.Itoa(int(c)) + ")"
}

// Failure is the payload of a Failed reply.
type Failure struct {
	Code    FailCode
	Message string
	// Param names the parameter of a FailBadArgs failure, or is empty.
	Param string
	// Results are the encoded non-error results an operation returned
	// together with its error (FailOperation), or nil.
	Results []byte
}

// AppendFailure appends the encoding of f: the code as a uvarint, the
// message and the parameter as strings, and the results, if any, as bytes.
func AppendFailure(dst []byte, f Failure) []byte {
	dst = wire.AppendUint(dst, uint64(f.Code))
	dst = wire.AppendString(dst, f.Message)
	dst = wire.AppendString(dst, f.Param)
	if f.Results != nil {
		dst = wire.AppendBytes(dst, f.Results)
	}
	return dst
}

// DecodeFailure decodes the payload of a Failed reply.
func DecodeFailure(payload []byte) (Failure, error) {
	d := wire.NewDecoder(payload)
	var f Failure
	f.Code = FailCode(d.UintN(8))
	if d.Err() == nil && (f.Code < FailOperation || f.Code > FailDeadlock) {
		return Failure{}, fmt.Errorf("engine: decode failure: unknown code %d", f.Code)
	}
	f.Message = d.String()
	f.Param = d.String()
	if d.Err() == nil && d.Remaining() > 0 {
		f.Results = d.Bytes()
	}
	if err := d.Finish(); err != nil {
		return Failure{}, fmt.Errorf("engine: decode failure: %w", err)
	}
	return f, nil
}
