package wire

import (
	"encoding/binary"
	"math"
	"time"
)

// AppendBool appends v as one byte.
func AppendBool(b []byte, v bool) []byte {
	if v {
		return append(b, 1)
	}
	return append(b, 0)
}

// AppendInt appends a signed integer as a zig-zag varint.
func AppendInt(b []byte, v int64) []byte { return binary.AppendVarint(b, v) }

// AppendUint appends an unsigned integer as a uvarint.
func AppendUint(b []byte, v uint64) []byte { return binary.AppendUvarint(b, v) }

// AppendFloat32 appends v as 4 little-endian bytes.
func AppendFloat32(b []byte, v float32) []byte {
	return binary.LittleEndian.AppendUint32(b, math.Float32bits(v))
}

// AppendFloat64 appends v as 8 little-endian bytes.
func AppendFloat64(b []byte, v float64) []byte {
	return binary.LittleEndian.AppendUint64(b, math.Float64bits(v))
}

// AppendString appends a length-prefixed string.
func AppendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

// AppendBytes appends a byte slice, keeping nil apart from empty.
func AppendBytes(b []byte, v []byte) []byte {
	if v == nil {
		return append(b, 0)
	}
	b = binary.AppendUvarint(b, uint64(len(v))+1)
	return append(b, v...)
}

// AppendLen appends the length header of a slice or map; isNil records a nil
// slice or map.
func AppendLen(b []byte, n int, isNil bool) []byte {
	if isNil {
		return append(b, 0)
	}
	return binary.AppendUvarint(b, uint64(n)+1)
}

// AppendPresent appends the header of a pointer: whether it is non-nil.
func AppendPresent(b []byte, present bool) []byte { return AppendBool(b, present) }

// AppendRef appends an entity reference by its key; isNil records a nil
// reference.
func AppendRef(b []byte, key string, isNil bool) []byte {
	if isNil {
		return append(b, 0)
	}
	b = binary.AppendUvarint(b, uint64(len(key))+1)
	return append(b, key...)
}

// AppendTime appends t in the form of Time.MarshalBinary, length-prefixed. A
// zone offset that is not a whole number of minutes cannot be marshaled and is
// written as the zero time.
func AppendTime(b []byte, t time.Time) []byte {
	// The marshaled form is at most 16 bytes, so its length takes one byte.
	start := len(b)
	b = append(b, 0)
	out, err := t.AppendBinary(b)
	if err != nil {
		return b
	}
	out[start] = byte(len(out) - start - 1)
	return out
}

// AppendDuration appends d as a zig-zag varint of nanoseconds.
func AppendDuration(b []byte, d time.Duration) []byte { return AppendInt(b, int64(d)) }
