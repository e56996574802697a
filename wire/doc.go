// Package wire is the binary encoding shared by states, arguments, results and
// events. Generated code (stateflow_gen.go) appends values with the Append
// functions and reads them back with a Decoder; package ingress transcodes the
// same layout to and from JSON, driven by the program's IR types.
//
// The layout of a value of each IR kind:
//
//	bool                  one byte, 0 or 1
//	int, int8 ... int64   zig-zag varint (also time.Duration)
//	uint ... uint64       uvarint
//	float32, float64      4 or 8 bytes, IEEE 754 little endian
//	string                uvarint length, bytes
//	[]byte                uvarint length+1 (0 = nil), bytes
//	time.Time             uvarint length, the bytes of Time.MarshalBinary
//	slice                 uvarint length+1 (0 = nil), elements
//	array                 elements
//	map                   uvarint length+1 (0 = nil), key and value pairs
//	pointer               one byte (0 = nil, 1 = present), element
//	struct                its fields in declaration order (transient fields skipped)
//	entity reference      uvarint length+1 (0 = nil), the key's bytes
//
// A Decoder never panics on corrupt input: the first problem is kept as an
// *Error naming its byte offset, and later reads return zero values.
package wire
