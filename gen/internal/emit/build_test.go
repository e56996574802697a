package emit_test

import (
	"strconv"
	"strings"

	"github.com/stateflow-go/stateflow/ir"
)

// irb builds the IR of a package by hand, the way the front end describes
// Go types: GoExpr as written in the package, named types shared.
type irb struct {
	pkgPath string
	file    string
	line    int
}

func (b *irb) pos() ir.Pos {
	b.line++
	return ir.Pos{File: b.file, Line: b.line, Col: 2}
}

var basicExpr = map[ir.Kind]string{
	ir.Bytes: "[]byte", ir.Time: "time.Time", ir.Duration: "time.Duration",
}

func basic(k ir.Kind) *ir.Type {
	expr := basicExpr[k]
	if expr == "" {
		expr = k.String()
	}
	return &ir.Type{Kind: k, GoExpr: expr}
}

func (b *irb) named(name string, k ir.Kind) *ir.Type {
	return &ir.Type{Kind: k, Name: name, PkgPath: b.pkgPath, GoExpr: name}
}

func foreignNamed(pkgPath, qual, name string, k ir.Kind) *ir.Type {
	return &ir.Type{Kind: k, Name: name, PkgPath: pkgPath, GoExpr: qual + "." + name}
}

func sliceOf(e *ir.Type) *ir.Type {
	return &ir.Type{Kind: ir.Slice, GoExpr: "[]" + e.GoExpr, Elem: e}
}

func arrayOf(n int, e *ir.Type) *ir.Type {
	return &ir.Type{Kind: ir.Array, GoExpr: "[" + strconv.Itoa(n) + "]" + e.GoExpr, Elem: e, Len: n}
}

func mapOf(k, e *ir.Type) *ir.Type {
	return &ir.Type{Kind: ir.Map, GoExpr: "map[" + k.GoExpr + "]" + e.GoExpr, Key: k, Elem: e}
}

func ptrTo(e *ir.Type) *ir.Type {
	return &ir.Type{Kind: ir.Pointer, GoExpr: "*" + e.GoExpr, Elem: e}
}

func refTo(entity string) *ir.Type {
	return &ir.Type{Kind: ir.Ref, GoExpr: "*" + entity, Entity: entity}
}

// anon returns an unnamed struct type; its GoExpr is written the way
// go/types prints it.
func anon(fs ...*ir.Field) *ir.Type {
	parts := make([]string, len(fs))
	for i, f := range fs {
		parts[i] = f.Name + " " + f.Type.GoExpr
	}
	return &ir.Type{Kind: ir.Struct, GoExpr: "struct{" + strings.Join(parts, "; ") + "}", Fields: fs}
}

// placeholder is the type of a transient field: never encoded, only
// written in the generated guard.
func placeholder(goExpr string) *ir.Type { return &ir.Type{Kind: ir.Invalid, GoExpr: goExpr} }

func (b *irb) field(name string, t *ir.Type) *ir.Field {
	return &ir.Field{Name: name, JSONName: name, Type: t, Pos: b.pos()}
}

func transient(f *ir.Field) *ir.Field { f.Transient = true; return f }

func embedded(f *ir.Field) *ir.Field { f.Embedded = true; return f }

func param(name string, t *ir.Type) *ir.Param { return &ir.Param{Name: name, Type: t} }

func result(t *ir.Type) *ir.Param { return &ir.Param{Type: t} }

func (b *irb) op(name string, params []*ir.Param, results []*ir.Param, opts ...func(*ir.Method)) *ir.Method {
	m := &ir.Method{Name: name, Pos: b.pos(), Params: params, Results: results}
	for _, o := range opts {
		o(m)
	}
	return m
}

func (b *irb) ctor(name string, params []*ir.Param, opts ...func(*ir.Method)) *ir.Method {
	m := b.op(name, params, nil, opts...)
	m.Kind = ir.Constructor
	return m
}

func withError(m *ir.Method) { m.Error = true }
func variadic(m *ir.Method)  { m.Variadic = true }
func readonly(m *ir.Method)  { m.Readonly = true }
func doc(s string) func(*ir.Method) {
	return func(m *ir.Method) { m.Doc = s }
}
func calls(cs ...*ir.Call) func(*ir.Method) {
	return func(m *ir.Method) { m.Calls = cs }
}
