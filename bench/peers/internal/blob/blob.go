// Package blob is the large-state entity every peer runs for the Blobs
// workload, so that all of them do the same work per Touch.
//
// A blob's state is size bytes. Its first 8 bytes count the touches made so
// far (little endian); touch n writes byte(n) at position 8 + n%(size-8) and
// returns the CRC-32C of the whole state, so every Touch reads and writes all
// of it.
package blob

import (
	"encoding/binary"
	"fmt"
	"hash/crc32"
)

// MinSize is the smallest state a blob may have.
const MinSize = 16

var table = crc32.MakeTable(crc32.Castagnoli)

// New returns a fresh blob state of size bytes.
func New(size int) ([]byte, error) {
	if size < MinSize {
		return nil, fmt.Errorf("blob size %d is below the minimum of %d bytes", size, MinSize)
	}
	return make([]byte, size), nil
}

// Touch applies one touch to state in place and returns the checksum of the
// new state.
func Touch(state []byte) (int64, error) {
	if len(state) < MinSize {
		return 0, fmt.Errorf("blob state of %d bytes is below the minimum of %d", len(state), MinSize)
	}
	n := binary.LittleEndian.Uint64(state) + 1
	binary.LittleEndian.PutUint64(state, n)
	state[8+int(n%uint64(len(state)-8))] = byte(n)
	return int64(crc32.Checksum(state, table)), nil
}
