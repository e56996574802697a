package kafka

import (
	"encoding/binary"

	"github.com/stateflow-go/stateflow/engine"
)

// keyedBit marks the chain ID of a request made with an idempotency key.
// Its replies go through the request's idempotency record, kept on the
// partition its ID hashes to (see idPartition), before they reach the
// client.
const keyedBit = 0x80

// requestID returns the chain ID of a new request: derived from the
// idempotency key (so that retries share it) with the keyed bit set, or
// random with the bit clear.
func requestID(idempotencyKey string) engine.ID {
	if idempotencyKey == "" {
		id := engine.NewID()
		id[0] &^= keyedBit
		return id
	}
	id := engine.IDFromKey(idempotencyKey)
	id[0] |= keyedBit
	return id
}

// keyed reports whether id is the chain ID of an idempotent request.
func keyed(id engine.ID) bool { return id[0]&keyedBit != 0 }

// idPartition is the partition that keeps the idempotency record of the
// request id, and of the replies topic that carries its reply.
func idPartition(id engine.ID, partitions int) int32 {
	return int32(binary.BigEndian.Uint64(id[8:]) % uint64(partitions))
}
