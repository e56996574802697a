package analyze

import (
	"go/types"

	"github.com/stateflow-go/stateflow/ir"
)

// typeMap converts go/types types to IR types. Named types are converted
// once and shared, so recursive types work and every use of a named type
// points to the same *ir.Type.
//
// A conversion returns either a type or problems: messages that each name
// the offending type and the path to it from the converted type
// ("map[string]chan int: chan int is not serializable (...)"). The fields of
// struct types declared in the analysed package are the exception: their
// problems are reported at the fields themselves, once.
type typeMap struct {
	a     *analyzer
	named map[*types.Named]*namedType
	// frame converts for a frame: problems of struct types are returned,
	// never reported at their fields.
	frame bool
}

// namedType is the conversion of a named type, or the conversion in progress.
type namedType struct {
	t     *ir.Type
	probs []string
}

func newTypeMap(a *analyzer) *typeMap {
	return &typeMap{a: a, named: map[*types.Named]*namedType{}}
}

// usage tells where a type is used, for the messages about interfaces.
type usage uint8

const (
	inState     usage = iota // a field
	inSignature              // a parameter or result
	inFrame                  // a variable live across a suspension point
)

// convert converts t.
func (m *typeMap) convert(t types.Type, u usage) (*ir.Type, []string) {
	switch t := types.Unalias(t).(type) {
	case *types.Basic:
		return m.basic(t)
	case *types.Named:
		return m.convertNamed(t, u)
	case *types.Pointer:
		return m.pointer(t, u)
	case *types.Slice:
		if isByte(t.Elem()) {
			return m.node(t, ir.Bytes), nil
		}
		elem, probs := m.convert(t.Elem(), u)
		if probs != nil {
			return nil, m.within(t, probs)
		}
		n := m.node(t, ir.Slice)
		n.Elem = elem
		return n, nil
	case *types.Array:
		elem, probs := m.convert(t.Elem(), u)
		if probs != nil {
			return nil, m.within(t, probs)
		}
		n := m.node(t, ir.Array)
		n.Elem, n.Len = elem, int(t.Len())
		return n, nil
	case *types.Map:
		return m.mapType(t, u)
	case *types.Struct:
		fields, probs := m.structFields(t, "", false)
		if probs != nil {
			return nil, m.within(t, probs)
		}
		n := m.node(t, ir.Struct)
		n.Fields = fields
		return n, nil
	case *types.Chan:
		return nil, m.reject(t, "channels cannot be stored")
	case *types.Signature:
		return nil, m.reject(t, "functions cannot be stored")
	case *types.Interface:
		return nil, m.reject(t, interfaceReason(u))
	case *types.TypeParam:
		return nil, m.reject(t, "type parameters are not supported")
	}
	return nil, m.reject(t, "this kind of type is not supported")
}

var basicKinds = map[types.BasicKind]ir.Kind{
	types.Bool: ir.Bool, types.String: ir.String,
	types.Int: ir.Int, types.Int8: ir.Int8, types.Int16: ir.Int16, types.Int32: ir.Int32, types.Int64: ir.Int64,
	types.Uint: ir.Uint, types.Uint8: ir.Uint8, types.Uint16: ir.Uint16, types.Uint32: ir.Uint32, types.Uint64: ir.Uint64,
	types.Float32: ir.Float32, types.Float64: ir.Float64,
}

func (m *typeMap) basic(b *types.Basic) (*ir.Type, []string) {
	if k, ok := basicKinds[b.Kind()]; ok {
		return m.node(b, k), nil
	}
	switch b.Kind() {
	case types.Invalid:
		// A type error, which the loader reports.
		return &ir.Type{Kind: ir.Invalid}, nil
	case types.Uintptr:
		return nil, m.reject(b, "addresses cannot be stored")
	case types.UnsafePointer:
		return nil, m.reject(b, "unsafe pointers cannot be stored")
	case types.Complex64, types.Complex128:
		return nil, m.reject(b, "complex numbers are not supported")
	}
	return nil, m.reject(b, "this kind of type is not supported")
}

// pointer converts *T: a reference when T is an entity, else a pointer.
func (m *typeMap) pointer(p *types.Pointer, u usage) (*ir.Type, []string) {
	if e := m.a.refEntity(p); e != nil {
		n := m.node(p, ir.Ref)
		n.Entity = e.name
		return n, nil
	}
	if n, ok := types.Unalias(p.Elem()).(*types.Named); ok && m.a.foreign.is(n) {
		return nil, []string{m.a.typeString(p) + " is not serializable (references to entities of another package are not supported)"}
	}
	elem, probs := m.convert(p.Elem(), u)
	if probs != nil {
		return nil, m.within(p, probs)
	}
	n := m.node(p, ir.Pointer)
	n.Elem = elem
	return n, nil
}

// mapType converts a map. Keys that contain pointers are rejected: pointer
// identity does not survive serialization, so such a map would change
// meaning.
func (m *typeMap) mapType(t *types.Map, u usage) (*ir.Type, []string) {
	key, kprobs := m.convert(t.Key(), u)
	elem, eprobs := m.convert(t.Elem(), u)
	probs := append(kprobs, eprobs...)
	if kprobs == nil && containsPointer(t.Key(), map[types.Type]bool{}) {
		probs = append(probs, "map key type "+m.a.typeString(t.Key())+
			" contains a pointer, whose identity does not survive serialization")
	}
	if probs != nil {
		return nil, m.within(t, probs)
	}
	n := m.node(t, ir.Map)
	n.Key, n.Elem = key, elem
	return n, nil
}

// node returns a new unnamed IR type of kind k for t.
func (m *typeMap) node(t types.Type, k ir.Kind) *ir.Type {
	return &ir.Type{Kind: k, GoExpr: m.goExpr(t)}
}

// goExpr renders t as the generated file writes it, recording the imports
// it needs.
func (m *typeMap) goExpr(t types.Type) string {
	return types.TypeString(t, m.a.imports.qualify)
}

// reject returns the problem "t is not serializable (reason)".
func (m *typeMap) reject(t types.Type, reason string) []string {
	return []string{m.a.typeString(t) + " is not serializable (" + reason + ")"}
}

// within prefixes problems found inside t with t, building the type path.
func (m *typeMap) within(t types.Type, probs []string) []string {
	out := make([]string, len(probs))
	for i, p := range probs {
		out[i] = m.a.typeString(t) + ": " + p
	}
	return out
}

func interfaceReason(u usage) string {
	if u == inFrame {
		return "interface values cannot be carried across a suspension point"
	}
	if u == inSignature {
		return "interface types are not supported in parameters or results"
	}
	return "interface types are not supported in state"
}

// isByte reports whether t is byte (uint8), not a named type of it.
func isByte(t types.Type) bool {
	b, ok := types.Unalias(t).(*types.Basic)
	return ok && b.Kind() == types.Uint8
}

// containsPointer reports whether values of t hold a pointer.
func containsPointer(t types.Type, seen map[types.Type]bool) bool {
	if seen[t] {
		return false
	}
	seen[t] = true
	switch u := t.Underlying().(type) {
	case *types.Pointer:
		return true
	case *types.Array:
		return containsPointer(u.Elem(), seen)
	case *types.Struct:
		for i := range u.NumFields() {
			if containsPointer(u.Field(i).Type(), seen) {
				return true
			}
		}
	}
	return false
}
