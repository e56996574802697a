package ingress

import (
	"github.com/stateflow-go/stateflow/internal/testprog"
	"github.com/stateflow-go/stateflow/ir"
)

// Hand-built IR types covering every kind, as the compiler would describe
// them, including recursive named types.

func basic(k ir.Kind) *ir.Type { return &ir.Type{Kind: k, GoExpr: k.String()} }

func sliceOf(e *ir.Type) *ir.Type { return &ir.Type{Kind: ir.Slice, Elem: e} }

func ptrTo(e *ir.Type) *ir.Type { return &ir.Type{Kind: ir.Pointer, Elem: e} }

func mapOf(k, e *ir.Type) *ir.Type { return &ir.Type{Kind: ir.Map, Key: k, Elem: e} }

func arrayOf(n int, e *ir.Type) *ir.Type { return &ir.Type{Kind: ir.Array, Len: n, Elem: e} }

func refTo(entity string) *ir.Type {
	return &ir.Type{Kind: ir.Ref, Entity: entity, GoExpr: "*" + entity}
}

func field(name string, t *ir.Type) *ir.Field { return &ir.Field{Name: name, JSONName: name, Type: t} }

// pointT is `type Point struct { X, Y int32 }`.
var pointT = &ir.Type{Kind: ir.Struct, Name: "Point", PkgPath: "example.com/shop", Fields: []*ir.Field{
	field("X", basic(ir.Int32)), field("Y", basic(ir.Int32)),
}}

// nodeT is the recursive
//
//	type Node struct {
//		Val    int8
//		Next   *Node
//		Kids   []Node
//		ByName map[string]*Node
//	}
var nodeT = func() *ir.Type {
	t := &ir.Type{Kind: ir.Struct, Name: "Node", PkgPath: "example.com/shop"}
	t.Fields = []*ir.Field{
		field("Val", basic(ir.Int8)),
		field("Next", ptrTo(t)),
		field("Kids", sliceOf(t)),
		field("ByName", mapOf(basic(ir.String), ptrTo(t))),
	}
	return t
}()

// forestT is the recursive named slice `type Forest []Forest`.
var forestT = func() *ir.Type {
	t := &ir.Type{Kind: ir.Slice, Name: "Forest", PkgPath: "example.com/shop"}
	t.Elem = t
	return t
}()

// everyT has a field of every kind.
var everyT = &ir.Type{Kind: ir.Struct, Name: "Every", PkgPath: "example.com/shop", Fields: []*ir.Field{
	field("B", basic(ir.Bool)),
	field("I", basic(ir.Int)), field("I8", basic(ir.Int8)), field("I16", basic(ir.Int16)),
	field("I32", basic(ir.Int32)), field("I64", basic(ir.Int64)),
	field("U", basic(ir.Uint)), field("U8", basic(ir.Uint8)), field("U16", basic(ir.Uint16)),
	field("U32", basic(ir.Uint32)), field("U64", basic(ir.Uint64)),
	field("F32", basic(ir.Float32)), field("F64", basic(ir.Float64)),
	field("S", basic(ir.String)), field("Bs", basic(ir.Bytes)),
	field("T", basic(ir.Time)), field("D", basic(ir.Duration)),
	field("Sl", sliceOf(basic(ir.String))),
	field("Ar", arrayOf(3, basic(ir.Uint16))),
	field("MS", mapOf(basic(ir.String), basic(ir.Int))),
	field("MI", mapOf(basic(ir.Int64), basic(ir.Bool))),
	field("MU", mapOf(basic(ir.Uint8), basic(ir.String))),
	field("MB", mapOf(basic(ir.Bool), basic(ir.Int))),
	field("MR", mapOf(refTo("Item"), basic(ir.Int))),
	field("MP", mapOf(pointT, basic(ir.String))),
	field("P", ptrTo(basic(ir.Int))),
	field("PP", ptrTo(ptrTo(basic(ir.String)))),
	field("Pt", pointT),
	field("Anon", &ir.Type{Kind: ir.Struct, Fields: []*ir.Field{field("Z", basic(ir.Float64))}}),
	field("R", refTo("Item")),
	field("Rs", testprog.ItemRefs),
	{Name: "Point", JSONName: "Point", Type: pointT, Embedded: true},
	{Name: "Skip", JSONName: "Skip", Type: basic(ir.Int), Transient: true},
	{Name: "Renamed", JSONName: "renamed", Type: basic(ir.String)},
	field("Nested", arrayOf(2, sliceOf(ptrTo(pointT)))),
	field("Node", nodeT),
	field("Forest", forestT),
}}

// namedTypes are the types the property and fuzz tests range over.
func namedTypes() []*ir.Type {
	p := testprog.Program()
	return []*ir.Type{
		p.Entity("Item").State,
		p.Entity("User").State,
		testprog.ItemRefs,
		everyT,
		nodeT,
		forestT,
		pointT,
	}
}
