package wire

import (
	"encoding/binary"
	"fmt"
	"math"
	"time"
)

// Error is a decoding failure at a byte offset of the input.
type Error struct {
	Offset int
	Msg    string
}

// Error names the offset and the problem.
func (e *Error) Error() string { return fmt.Sprintf("wire: at byte %d: %s", e.Offset, e.Msg) }

// Decoder reads values laid out by the Append functions. The zero Decoder
// reads nothing; use NewDecoder. After the first error every read returns a
// zero value and Err reports that error.
type Decoder struct {
	buf []byte
	off int
	err error
}

// NewDecoder returns a decoder over b. It does not copy b; strings and byte
// slices it returns are copies.
func NewDecoder(b []byte) Decoder { return Decoder{buf: b} }

// Err returns the first decoding error, or nil.
func (d *Decoder) Err() error { return d.err }

// Offset returns the number of bytes consumed.
func (d *Decoder) Offset() int { return d.off }

// Remaining returns the number of unread bytes.
func (d *Decoder) Remaining() int { return len(d.buf) - d.off }

// Fail records a decoding error at the current offset unless one is recorded.
func (d *Decoder) Fail(format string, args ...any) {
	if d.err == nil {
		d.err = &Error{Offset: d.off, Msg: fmt.Sprintf(format, args...)}
	}
}

// Finish reports the first error, or an error when bytes remain unread.
func (d *Decoder) Finish() error {
	if d.err == nil && d.off != len(d.buf) {
		d.Fail("%d trailing bytes", len(d.buf)-d.off)
	}
	return d.err
}

// Bool reads one byte that must be 0 or 1.
func (d *Decoder) Bool() bool {
	if d.err != nil {
		return false
	}
	if d.off >= len(d.buf) {
		d.Fail("unexpected end of data reading bool")
		return false
	}
	c := d.buf[d.off]
	if c > 1 {
		d.Fail("invalid bool byte %d", c)
		return false
	}
	d.off++
	return c == 1
}

// Int reads a zig-zag varint.
func (d *Decoder) Int() int64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Varint(d.buf[d.off:])
	if n <= 0 {
		d.Fail("invalid varint")
		return 0
	}
	d.off += n
	return v
}

// IntN reads a zig-zag varint that must fit in bits bits.
func (d *Decoder) IntN(bits int) int64 {
	v := d.Int()
	if bits < 64 && (v < -(1<<(bits-1)) || v >= 1<<(bits-1)) {
		d.Fail("integer %d overflows int%d", v, bits)
		return 0
	}
	return v
}

// Uint reads a uvarint.
func (d *Decoder) Uint() uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.buf[d.off:])
	if n <= 0 {
		d.Fail("invalid uvarint")
		return 0
	}
	d.off += n
	return v
}

// UintN reads a uvarint that must fit in bits bits.
func (d *Decoder) UintN(bits int) uint64 {
	v := d.Uint()
	if bits < 64 && v >= 1<<bits {
		d.Fail("integer %d overflows uint%d", v, bits)
		return 0
	}
	return v
}

func (d *Decoder) take(n int, what string) []byte {
	if d.err != nil {
		return nil
	}
	if n < 0 || n > len(d.buf)-d.off {
		d.Fail("unexpected end of data reading %s (%d bytes wanted, %d left)", what, n, len(d.buf)-d.off)
		return nil
	}
	b := d.buf[d.off : d.off+n]
	d.off += n
	return b
}

// Float32 reads 4 little-endian bytes.
func (d *Decoder) Float32() float32 {
	b := d.take(4, "float32")
	if b == nil {
		return 0
	}
	return math.Float32frombits(binary.LittleEndian.Uint32(b))
}

// Float64 reads 8 little-endian bytes.
func (d *Decoder) Float64() float64 {
	b := d.take(8, "float64")
	if b == nil {
		return 0
	}
	return math.Float64frombits(binary.LittleEndian.Uint64(b))
}

// length reads a uvarint length that cannot exceed the bytes left.
func (d *Decoder) length(what string) int {
	n := d.Uint()
	if d.err == nil && n > uint64(len(d.buf)-d.off) {
		d.Fail("%s length %d exceeds the %d bytes left", what, n, len(d.buf)-d.off)
		return 0
	}
	return int(n)
}

// String reads a length-prefixed string.
func (d *Decoder) String() string {
	n := d.length("string")
	return string(d.take(n, "string"))
}

// StringBytes reads a length-prefixed string without copying it; the result
// aliases the input.
func (d *Decoder) StringBytes() []byte {
	n := d.length("string")
	return d.take(n, "string")
}

// Bytes reads a byte slice written by AppendBytes; nil stays nil.
func (d *Decoder) Bytes() []byte {
	n, isNil := d.Len(1)
	if isNil {
		return nil
	}
	b := d.take(n, "bytes")
	if b == nil {
		return nil
	}
	return append(make([]byte, 0, n), b...)
}

// Len reads the header of a slice or map. minElem is the least number of
// bytes one element takes (0 for elements that may take none); it bounds the
// length by the bytes left so corrupt input cannot force a huge allocation.
func (d *Decoder) Len(minElem int) (n int, isNil bool) {
	v := d.Uint()
	if d.err != nil || v == 0 {
		return 0, d.err == nil
	}
	v--
	left := uint64(len(d.buf) - d.off)
	limit := left
	if minElem > 1 {
		limit = left / uint64(minElem)
	} else if minElem == 0 {
		limit = 1 << 24 // zero-size elements: any sane length
	}
	if v > limit {
		d.Fail("length %d exceeds the %d bytes left", v, left)
		return 0, false
	}
	return int(v), false
}

// Present reads the header of a pointer.
func (d *Decoder) Present() bool { return d.Bool() }

// Ref reads an entity reference written by AppendRef.
func (d *Decoder) Ref() (key string, isNil bool) {
	n, isNil := d.Len(1)
	if isNil || d.err != nil {
		return "", isNil
	}
	return string(d.take(n, "reference key")), false
}

// Time reads a time written by AppendTime.
func (d *Decoder) Time() time.Time {
	n := d.length("time")
	b := d.take(n, "time")
	var t time.Time
	if d.err != nil || n == 0 {
		return t
	}
	if err := t.UnmarshalBinary(b); err != nil {
		d.Fail("invalid time: %v", err)
	}
	return t
}

// Duration reads a duration written by AppendDuration.
func (d *Decoder) Duration() time.Duration { return time.Duration(d.Int()) }
