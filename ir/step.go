package ir

import "github.com/stateflow-go/stateflow"

// A split method runs as a sequence of steps. Each step starts at a resume
// point (PC 0 is the method's entry) and ends either at the method's end or
// at a suspension point: a remote call, a state request or a remote create.
// Between steps the method's live variables travel as an encoded frame, and
// the entity's state is stored: nothing is replayed.

// StepIn is the input of one step of a split method.
type StepIn struct {
	// PC is the resume point: 0 at entry, else a PC that an earlier step
	// returned in StepOut.PC.
	PC int
	// Args are the encoded parameters (PC 0 only).
	Args []byte
	// Frame holds the encoded live variables at PC (PC > 0).
	Frame []byte
	// Reply is the answer of the suspended call when it succeeded (PC > 0):
	// the callee's encoded results for CallMethod, the field's encoded value
	// for ReadField, the new entity's key (a wire string) for CreateEntity.
	Reply []byte
	// Failure is set instead of Reply when the suspended call failed.
	Failure *CallFailure
}

// CallFailure is the failure of a remote call, as the caller sees it.
type CallFailure struct {
	// Message is the callee's error text or panic value.
	Message string
	// Returned reports a failure that reaches the call site's error result:
	// every failure but a panic (the callee's returned error, a missing
	// entity, an existing key, a call broken to end a deadlock). Where the
	// call site receives the callee's error result, the caller gets an error
	// value with this message; otherwise the caller's step fails.
	Returned bool
	// Panic reports that the callee panicked.
	Panic bool
}

// StepOut is the output of one step of a split method.
type StepOut struct {
	// Done reports that the method finished; Results then holds its encoded
	// non-error results.
	Done    bool
	Results []byte
	// PC is where to resume once Call is answered (when not Done).
	PC int
	// Frame holds the encoded variables live at PC.
	Frame []byte
	// Call is the remote interaction to perform before resuming.
	Call RemoteCall
}

// RemoteCall is one remote interaction requested by a suspended step.
type RemoteCall struct {
	Kind CallKind
	// Target is the entity called or read; for CreateEntity only its Entity
	// is set. A nested call of one of the caller's own split methods targets
	// the caller itself.
	Target stateflow.Address
	// Member is the method called, the field read or the constructor run.
	Member string
	// Args are the encoded arguments (CallMethod and CreateEntity).
	Args []byte
}

// ResumeFunc runs one step of a split method on state (an *E). A returned
// error fails the method: a *stateflow.OpError propagates a callee's
// failure, any other error is the method's own error result. Either way
// the state changes of that step are discarded.
type ResumeFunc func(state any, in *StepIn, out *StepOut) error
