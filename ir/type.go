package ir

import (
	"slices"
	"strconv"
	"strings"
)

// Kind is the shape of a Type.
type Kind uint8

// The kinds of serializable values.
const (
	Invalid Kind = iota
	Bool
	Int
	Int8
	Int16
	Int32
	Int64
	Uint
	Uint8
	Uint16
	Uint32
	Uint64
	Float32
	Float64
	String
	Bytes    // []byte
	Time     // time.Time
	Duration // time.Duration
	Slice
	Array
	Map
	Pointer // a pointer to a non-entity value
	Struct
	Ref // a reference to an entity: *E where E is an entity
)

var kindNames = [...]string{
	Invalid: "invalid", Bool: "bool", Int: "int", Int8: "int8", Int16: "int16",
	Int32: "int32", Int64: "int64", Uint: "uint", Uint8: "uint8", Uint16: "uint16",
	Uint32: "uint32", Uint64: "uint64", Float32: "float32", Float64: "float64",
	String: "string", Bytes: "bytes", Time: "time", Duration: "duration",
	Slice: "slice", Array: "array", Map: "map", Pointer: "pointer",
	Struct: "struct", Ref: "ref",
}

// String returns the kind's lower-case name.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind(" + strconv.Itoa(int(k)) + ")"
}

// IsInteger reports whether k is a signed or unsigned integer kind.
func (k Kind) IsInteger() bool { return k >= Int && k <= Uint64 }

// IsSigned reports whether k is a signed integer kind (Duration included).
func (k Kind) IsSigned() bool { return (k >= Int && k <= Int64) || k == Duration }

// Bits returns the width of an integer or float kind (64 for int and uint).
func (k Kind) Bits() int {
	switch k {
	case Int8, Uint8:
		return 8
	case Int16, Uint16:
		return 16
	case Int32, Uint32, Float32:
		return 32
	}
	return 64
}

// Type describes a serializable Go type.
type Type struct {
	Kind Kind
	// Name is the Go name of a named type ("Money", "Line"); empty otherwise.
	Name string
	// PkgPath is the import path of a named type's package.
	PkgPath string
	// GoExpr is the type as written in the program's package: "[]*Item",
	// "time.Time", "money.Amount".
	GoExpr string
	// Elem is the element type of a Slice, Array, Map or Pointer.
	Elem *Type
	// Key is the key type of a Map.
	Key *Type
	// Len is the length of an Array.
	Len int
	// Fields are the fields of a Struct, in declaration order.
	Fields []*Field
	// Entity is the referenced entity of a Ref.
	Entity string
}

// Field is a field of a struct or of an entity's state.
type Field struct {
	Name string
	// JSONName is the name in JSON: the json tag's name, else Name.
	JSONName string
	Type     *Type
	// Transient fields (tagged stateflow:"-") are not part of the state: they
	// are zero at each activation and never encoded.
	Transient bool
	// Embedded reports an embedded field.
	Embedded bool
	Pos      Pos
}

// String renders the type structurally: named types by name, references as
// "ref E", other composite types in Go syntax.
func (t *Type) String() string {
	var b strings.Builder
	t.write(&b)
	return b.String()
}

// write renders t; open holds the named non-struct types whose underlying
// type is being written, so that a recursive one (type Forest []Forest) is
// written by name inside itself: Forest([]Forest).
func (t *Type) write(b *strings.Builder, open ...*Type) {
	if t == nil {
		b.WriteString("<nil>")
		return
	}
	if t.Name != "" {
		b.WriteString(t.Name)
		if t.Kind != Struct && t.Kind != Time && t.Kind != Duration && !slices.Contains(open, t) {
			b.WriteString("(")
			u := *t
			u.Name = ""
			u.write(b, append(open, t)...)
			b.WriteString(")")
		}
		return
	}
	switch t.Kind {
	case Slice:
		b.WriteString("[]")
		t.Elem.write(b, open...)
	case Array:
		b.WriteString("[" + strconv.Itoa(t.Len) + "]")
		t.Elem.write(b, open...)
	case Map:
		b.WriteString("map[")
		t.Key.write(b, open...)
		b.WriteString("]")
		t.Elem.write(b, open...)
	case Pointer:
		b.WriteString("*")
		t.Elem.write(b, open...)
	case Ref:
		b.WriteString("ref " + t.Entity)
	case Bytes:
		b.WriteString("[]byte")
	case Time:
		b.WriteString("time.Time")
	case Duration:
		b.WriteString("time.Duration")
	case Struct:
		b.WriteString("struct{")
		for i, f := range t.Fields {
			if i > 0 {
				b.WriteString("; ")
			}
			b.WriteString(f.Name + " ")
			f.Type.write(b, open...)
		}
		b.WriteString("}")
	default:
		b.WriteString(t.Kind.String())
	}
}

// StateFields returns the fields that are encoded: all but transient ones.
func (t *Type) StateFields() []*Field {
	n := 0
	for _, f := range t.Fields {
		if !f.Transient {
			n++
		}
	}
	if n == len(t.Fields) {
		return t.Fields
	}
	out := make([]*Field, 0, n)
	for _, f := range t.Fields {
		if !f.Transient {
			out = append(out, f)
		}
	}
	return out
}
