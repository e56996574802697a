package embedded

import (
	"encoding/binary"
	"errors"
	"fmt"
	"strconv"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/engine"
	"github.com/stateflow-go/stateflow/store"
	"github.com/stateflow-go/stateflow/wire"
)

// The key layout of the store. Every key starts with one byte naming its
// family:
//
//	's' entity 0x00 key   the encoded state of the entity at that address
//	'r' id (16 bytes)     the record of an idempotent request (replyRecord)
//	'o' seq (8 bytes, BE) an event produced by a committed step and not yet
//	                      consumed by a committed step (the outbox)
//	'h' entity 0x00 key   the hold of a suspended split operation on the
//	                      entity (see holds)
//	'm' name              the runtime's metadata
const (
	stateFamily  = 's'
	replyFamily  = 'r'
	outboxFamily = 'o'
	metaFamily   = 'm'
)

// appendStateKey appends the key of the state of addr. Entity names are Go
// identifiers, so the zero byte separates them from the key.
func appendStateKey(dst []byte, addr stateflow.Address) []byte {
	dst = append(dst, stateFamily)
	dst = append(dst, addr.Entity...)
	dst = append(dst, 0)
	return append(dst, addr.Key...)
}

// appendReplyKey appends the key of the record of request id.
func appendReplyKey(dst []byte, id engine.ID) []byte {
	dst = append(dst, replyFamily)
	return append(dst, id[:]...)
}

// appendOutboxKey appends the key of outbox event seq.
func appendOutboxKey(dst []byte, seq uint64) []byte {
	dst = append(dst, outboxFamily)
	return binary.BigEndian.AppendUint64(dst, seq)
}

// outboxSeq decodes the sequence number of an outbox key.
func outboxSeq(key []byte) (uint64, error) {
	if len(key) != 9 || key[0] != outboxFamily {
		return 0, &store.CorruptError{Where: "key " + strconv.Quote(string(key)), Err: errors.New("not an outbox key (want 'o' and 8 bytes)")}
	}
	return binary.BigEndian.Uint64(key[1:]), nil
}

// programKey holds the identity of the program whose state the store keeps.
var programKey = []byte{metaFamily, 'p', 'r', 'o', 'g', 'r', 'a', 'm'}

// replyRecordVersion is the first byte of every reply record.
const replyRecordVersion = 1

// replyRecord is what the store keeps for a request made with an
// idempotency key: the fingerprint of the request, to tell a retry from a
// different request with the same key, and, once the request is answered,
// the encoded reply and when it was stored. A request that runs in several
// steps has a pending record (no reply) from its first step on, so that a
// retry after a crash waits for the redelivered events to finish it
// instead of running it again.
type replyRecord struct {
	fingerprint [32]byte
	done        bool
	unixNano    int64  // when the reply was stored (done records)
	reply       []byte // the encoded reply (done records)
}

// The encoding of a reply record:
//
//	version      1 byte (replyRecordVersion)
//	done         bool
//	fingerprint  32 bytes
//	unixNano     int (done records)
//	reply        string (done records)
func appendReplyRecord(dst []byte, r *replyRecord) []byte {
	dst = append(dst, replyRecordVersion)
	dst = wire.AppendBool(dst, r.done)
	dst = append(dst, r.fingerprint[:]...)
	if r.done {
		dst = wire.AppendInt(dst, r.unixNano)
		dst = appendBytes(dst, r.reply)
	}
	return dst
}

func appendBytes(dst, b []byte) []byte {
	dst = wire.AppendUint(dst, uint64(len(b)))
	return append(dst, b...)
}

// decodeReplyRecord decodes a record stored under key; the reply aliases b.
func decodeReplyRecord(key, b []byte) (replyRecord, error) {
	var r replyRecord
	bad := func(msg string) error {
		return &store.CorruptError{Where: fmt.Sprintf("reply record %x", key[1:]), Err: errors.New(msg)}
	}
	if len(b) < 2+len(r.fingerprint) {
		return r, bad("shorter than its header")
	}
	if b[0] != replyRecordVersion {
		return r, bad("unknown version " + strconv.Itoa(int(b[0])))
	}
	d := wire.NewDecoder(b[1:2])
	r.done = d.Bool()
	if err := d.Finish(); err != nil {
		return r, bad(err.Error())
	}
	copy(r.fingerprint[:], b[2:])
	d = wire.NewDecoder(b[2+len(r.fingerprint):])
	if r.done {
		r.unixNano = d.Int()
		r.reply = d.StringBytes()
	}
	if err := d.Finish(); err != nil {
		return r, bad(err.Error())
	}
	return r, nil
}
