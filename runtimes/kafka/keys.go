package kafka

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/stateflow-go/stateflow"
	"github.com/stateflow-go/stateflow/engine"
	"github.com/stateflow-go/stateflow/store"
	"github.com/stateflow-go/stateflow/wire"
)

// The key families of a worker's local store. The first four are also the
// keys of the changelog topic, whose records (a nil value deletes) are the
// source of truth; the checkpoint is the worker's own.
const (
	stateFamily      = 's' // entity 0 key -> encoded state
	holdFamily       = 'h' // entity 0 key -> hold record
	parkedFamily     = 'p' // partition (4 bytes), chain ID -> parked record
	replyFamily      = 'r' // request ID -> reply record
	checkpointFamily = 'o' // partition (4 bytes) -> next changelog offset to read
	markerFamily     = 'x' // partition (4 bytes): a restore's end marker, changelog only
)

func appendAddrKey(dst []byte, family byte, addr stateflow.Address) []byte {
	dst = append(dst, family)
	dst = append(dst, addr.Entity...)
	dst = append(dst, 0)
	return append(dst, addr.Key...)
}

func appendIDKey(dst []byte, family byte, id engine.ID) []byte {
	dst = append(dst, family)
	return append(dst, id[:]...)
}

// appendParkedKey keys the parked event of chain on partition part. The
// partition is part of the key because a chain that leaves one partition's
// queue may park on another's in the same transaction: each partition's
// changelog needs its own record of it.
func appendParkedKey(dst []byte, part int32, chain engine.ID) []byte {
	dst = append(dst, parkedFamily)
	dst = binary.BigEndian.AppendUint32(dst, uint32(part))
	return append(dst, chain[:]...)
}

func checkpointKey(part int32) []byte {
	return binary.BigEndian.AppendUint32([]byte{checkpointFamily}, uint32(part))
}

// keyAddr decodes the address of a state or hold key.
func keyAddr(key []byte) (stateflow.Address, error) {
	for i := 1; i < len(key); i++ {
		if key[i] == 0 {
			return stateflow.Address{Entity: string(key[1:i]), Key: string(key[i+1:])}, nil
		}
	}
	return stateflow.Address{}, &store.CorruptError{Where: fmt.Sprintf("key %q", key), Err: errors.New("no separator between entity and key")}
}

// decodeHoldRecord decodes the hold record stored under key.
func decodeHoldRecord(key, b []byte) (engine.HoldRecord, error) {
	r, err := engine.DecodeHoldRecord(b)
	if err != nil {
		return r, &store.CorruptError{Where: fmt.Sprintf("hold record %q", key), Err: err}
	}
	return r, nil
}

// A parked record keeps an event waiting for an entity held by another
// chain: its place in the wait order and the encoded event.
func appendParkedRecord(dst []byte, seq uint64, raw []byte) []byte {
	dst = wire.AppendUint(dst, seq)
	return append(dst, raw...)
}

func decodeParkedRecord(key, b []byte) (uint64, []byte, error) {
	d := wire.NewDecoder(b)
	seq := d.Uint()
	if err := d.Err(); err != nil {
		return 0, nil, &store.CorruptError{Where: fmt.Sprintf("parked record %q", key), Err: err}
	}
	return seq, b[d.Offset():], nil
}

// replyRecord is the idempotency record of a request made with a key: the
// request's fingerprint, and its encoded reply once it has one.
type replyRecord struct {
	fingerprint [32]byte
	done        bool
	reply       []byte
}

func appendReplyRecord(dst []byte, r *replyRecord) []byte {
	dst = append(dst, r.fingerprint[:]...)
	if !r.done {
		return append(dst, 0)
	}
	dst = append(dst, 1)
	return append(dst, r.reply...)
}

func decodeReplyRecord(key, b []byte) (replyRecord, error) {
	var r replyRecord
	if len(b) < len(r.fingerprint)+1 || b[len(r.fingerprint)] > 1 {
		return r, &store.CorruptError{Where: fmt.Sprintf("reply record %q", key), Err: errors.New("malformed")}
	}
	copy(r.fingerprint[:], b)
	r.done = b[len(r.fingerprint)] == 1
	r.reply = b[len(r.fingerprint)+1:]
	return r, nil
}
