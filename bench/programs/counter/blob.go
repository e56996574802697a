package counter

import (
	"encoding/binary"
	"hash/crc32"
)

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// Blob holds a large state, Data, changed and checksummed whole by every
// Touch, as every system under test does: the first 8 bytes count the
// touches (little endian), touch n writes byte(n) at 8 + n%(len-8), and the
// result is the CRC-32C of all of it.
//
//stateflow:entity
type Blob struct {
	ID   string
	Data []byte
}

// NewBlob creates a blob of size bytes (at least 16).
func NewBlob(id string, size int) *Blob {
	return &Blob{ID: id, Data: make([]byte, max(size, 16))}
}

// Key returns the blob's id.
func (b *Blob) Key() string { return b.ID }

// Touch applies one touch and returns the checksum of the new state.
func (b *Blob) Touch() int64 {
	n := binary.LittleEndian.Uint64(b.Data) + 1
	binary.LittleEndian.PutUint64(b.Data, n)
	b.Data[8+int(n%uint64(len(b.Data)-8))] = byte(n)
	return int64(crc32.Checksum(b.Data, castagnoli))
}
