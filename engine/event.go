package engine

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"

	"github.com/stateflow-go/stateflow"
)

// ID identifies one request and the call chain it starts: its replies and
// every event it causes, directly or through the split methods it runs,
// carry the same ID. It is the chain id of DESIGN §2: per-entity holds
// are counted per chain, and an event of the chain holding an entity is
// admitted to it (call-chain reentrancy).
type ID [16]byte

// NewID returns a random ID. The core never calls it: runtimes stamp IDs on
// the requests they accept.
func NewID() ID {
	var id ID
	rand.Read(id[:]) // never fails (crypto/rand aborts the process instead)
	return id
}

// IDFromKey derives an ID from an idempotency key, so that a request retried
// with the same key carries the same ID.
func IDFromKey(key string) ID {
	h := sha256.New()
	h.Write([]byte("stateflow idempotency key\x00"))
	h.Write([]byte(key))
	var sum [sha256.Size]byte
	var id ID
	copy(id[:], h.Sum(sum[:0]))
	return id
}

// String renders the ID in hexadecimal.
func (id ID) String() string { return hex.EncodeToString(id[:]) }

// Short renders the first four bytes of the ID in hexadecimal, the form
// in which errors and logs name a chain.
func (id ID) Short() string { return hex.EncodeToString(id[:4]) }

// Kind is what an event asks for (a request) or answers (a reply); the kinds
// are those of the thesis' Table 5.1.
type Kind uint8

// Request kinds.
const (
	// Create creates an entity (InitEntity). Its payload holds the
	// constructor's encoded arguments, or the encoded state when the entity
	// has no constructor. Without a key in its target it is first executed
	// without state to compute the entity and its key, and then forwarded, with
	// the key and the encoded state, to the entity's partition.
	Create Kind = iota + 1
	// Invoke runs the operation Method with the encoded arguments in the
	// payload (InvokeMethod).
	Invoke
	// Find asks whether the entity exists (FindEntity).
	Find
	// GetState asks for the entity's encoded state.
	GetState
	// SetState replaces (or creates) the entity's state with the payload.
	SetState
	// Ping asks for a Pong; it needs no entity.
	Ping
	// GetField reads the state field named by Method of the target: the
	// state request of a split method that reads a field of another entity.
	// It never waits for a held entity: it reads the state as last stored.
	GetField
)

// Reply kinds.
const (
	// Created answers a Create; the reply's target holds the new key.
	Created Kind = iota + 16
	// Result answers an Invoke with the encoded results (SuccessfulInvocation).
	Result
	// Failed answers a request that failed; its payload is an encoded
	// Failure (FailedInvocation).
	Failed
	// Found answers a Find of an existing entity (FoundEntity).
	Found
	// NotFound names the missing entity type, key or method in its payload
	// (EntityNotFound).
	NotFound
	// State answers GetState with the encoded state, and SetState with an
	// empty payload (SuccessfulStateRequest).
	State
	// Pong answers a Ping.
	Pong
	// FieldValue answers a GetField with the field's encoded value.
	FieldValue
)

var kindNames = map[Kind]string{
	Create: "Create", Invoke: "Invoke", Find: "Find", GetState: "GetState", SetState: "SetState", Ping: "Ping",
	GetField: "GetField",
	Created:  "Created", Result: "Result", Failed: "Failed", Found: "Found", NotFound: "NotFound", State: "State", Pong: "Pong",
	FieldValue: "FieldValue",
}

// String returns the kind's name, or Kind(n) for an unknown kind.
func (k Kind) String() string {
	if s, ok := kindNames[k]; ok {
		return s
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// IsRequest reports whether k is a request kind.
func (k Kind) IsRequest() bool { return k >= Create && k <= GetField }

// IsReply reports whether k is a reply kind.
func (k Kind) IsReply() bool { return k >= Created && k <= FieldValue }

// Valid reports whether k is a known kind.
func (k Kind) Valid() bool { return k.IsRequest() || k.IsReply() }

// Event is the unit of execution: a request to an entity or a reply to one.
type Event struct {
	// ID is the chain id: the identifier of the client request that
	// started the chain, shared by its replies and by every event it causes.
	ID ID
	// Hop numbers the events of one chain: a client's request is hop 0
	// and every event a step produces has the hop of the event that step
	// executed plus one. A chain runs one event at a time, so (ID, Hop)
	// names one event of the system, which a runtime can use to discard
	// a duplicate delivery.
	Hop uint32
	// Kind says what the event asks for or answers.
	Kind Kind
	// Target is the entity the request is for, or the entity that replied.
	// A Create's target may have no key yet.
	Target stateflow.Address
	// Method is the operation of an Invoke (and of its reply), the
	// constructor's name in the reply to a Create, or the field of a
	// GetField. A reply to a continuation names the suspended method.
	Method string
	// Payload holds the encoded arguments, results, state or Failure.
	Payload []byte
	// Stack holds the encoded continuation records (see Continuation) of
	// the suspended split methods waiting for this event's reply, the top
	// last. It is empty for requests made by clients; a reply with an empty
	// stack goes back to the client, one with a non-empty stack targets the
	// top record's caller and resumes it.
	Stack [][]byte
}

// String renders the event for logs and test output, for example
// "Invoke Item/jeans.Take (3 bytes)".
func (ev *Event) String() string {
	var b strings.Builder
	b.WriteString(ev.Kind.String())
	b.WriteString(" ")
	b.WriteString(ev.Target.String())
	if ev.Method != "" {
		b.WriteString(".")
		b.WriteString(ev.Method)
	}
	b.WriteString(" (")
	b.WriteString(strconv.Itoa(len(ev.Payload)))
	b.WriteString(" bytes")
	if len(ev.Stack) > 0 {
		b.WriteString(", stack ")
		b.WriteString(strconv.Itoa(len(ev.Stack)))
	}
	b.WriteString(")")
	return b.String()
}

// Fingerprint hashes what a request asks for: its kind, target, method and
// payload, but not its ID. A runtime keeps it next to the reply of an
// idempotent request to tell a retry (same fingerprint) from a different
// request that reuses the key.
func (ev *Event) Fingerprint() [sha256.Size]byte {
	h := sha256.New()
	var hdr [1]byte
	hdr[0] = byte(ev.Kind)
	h.Write(hdr[:])
	for _, s := range []string{ev.Target.Entity, ev.Target.Key, ev.Method} {
		h.Write([]byte(strconv.Itoa(len(s))))
		h.Write([]byte{':'})
		h.Write([]byte(s))
	}
	h.Write(ev.Payload)
	var sum [sha256.Size]byte
	h.Sum(sum[:0])
	return sum
}
