package emit

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"github.com/stateflow-go/stateflow/ir"
)

// writeGuard writes a function that compiles only while the entities, the
// named types they use and the operations' signatures are as they were when
// the file was generated:
//
//   - each named struct converts from a struct literal type with the same
//     fields (names, types, order, embedding; transient fields included);
//   - each other named type converts, as a pointer, from a pointer to its
//     underlying type;
//   - each entity implements an interface listing Key and its operations
//     with their exact signatures, and its constructor has its exact type.
func (g *generator) writeGuard(w *bytes.Buffer) {
	var b bytes.Buffer
	for _, ti := range g.types.list {
		if ti.named {
			b.WriteString(g.typeGuard(ti.t))
		}
	}
	for _, ent := range g.ents {
		b.WriteString(g.entityGuard(ent))
	}
	if b.Len() == 0 {
		return
	}
	writeDoc(w,
		"This function compiles only while the entities, the types they use and",
		"their operations' signatures are those this file was generated from. If it",
		"fails to compile, run `stateflow gen` (or `go generate`) again.")
	w.WriteString("func _() {\n")
	w.Write(b.Bytes())
	w.WriteString("}\n\n")
}

// typeGuard returns the check of one named type, or "" when its underlying
// type cannot be written here.
func (g *generator) typeGuard(t *ir.Type) string {
	switch t.Kind {
	case ir.Struct:
		lit, ok := g.structLit(t)
		if !ok {
			return ""
		}
		return fmt.Sprintf("_ = %s(%s{})\n", t.GoExpr, lit)
	case ir.Time, ir.Duration:
		return ""
	}
	u, ok := g.underlying(t)
	if !ok {
		return ""
	}
	return fmt.Sprintf("_ = (*%s)((*%s)(nil))\n", u, t.GoExpr)
}

// structLit writes the struct type with t's fields. Fields of a type from
// another package must all be exported to be written here.
func (g *generator) structLit(t *ir.Type) (string, bool) {
	if len(t.Fields) == 0 {
		return "struct{}", true
	}
	var b strings.Builder
	b.WriteString("struct {\n")
	for _, f := range t.Fields {
		if f.Type == nil || f.Type.GoExpr == "" || (g.foreign(t) && !isExported(f.Name)) {
			return "", false
		}
		if f.Embedded {
			b.WriteString(f.Type.GoExpr + "\n")
		} else {
			b.WriteString(f.Name + " " + f.Type.GoExpr + "\n")
		}
	}
	b.WriteString("}")
	return b.String(), true
}

// underlying returns the underlying type of a named non-struct type.
func (g *generator) underlying(t *ir.Type) (string, bool) {
	switch t.Kind {
	case ir.Slice:
		return "[]" + t.Elem.GoExpr, true
	case ir.Array:
		return "[" + strconv.Itoa(t.Len) + "]" + t.Elem.GoExpr, true
	case ir.Map:
		return "map[" + t.Key.GoExpr + "]" + t.Elem.GoExpr, true
	case ir.Pointer:
		return "*" + t.Elem.GoExpr, true
	case ir.Bytes:
		return "[]byte", true
	}
	if isBasic(t.Kind) {
		return t.Kind.String(), true
	}
	return "", false
}

// entityGuard returns the checks of an entity's methods and constructor.
func (g *generator) entityGuard(ent *entity) string {
	e := ent.e
	var b strings.Builder
	b.WriteString("var _ interface {\n")
	hasKey := false
	for _, m := range e.Methods {
		hasKey = hasKey || m.Name == "Key"
	}
	if !hasKey {
		b.WriteString("Key() string\n")
	}
	for _, m := range e.Methods {
		b.WriteString(m.Name + goSignature(m, "") + "\n")
	}
	fmt.Fprintf(&b, "} = (*%s)(nil)\n", e.Name)
	if c := e.Constructor; c != nil {
		fmt.Fprintf(&b, "var _ func%s = %s\n", goSignature(c, "*"+e.Name), c.Name)
	}
	return b.String()
}

// goSignature returns m's Go signature without names: "(int, ...string)
// (int, error)". created is the *E a constructor returns, or "".
func goSignature(m *ir.Method, created string) string {
	params := make([]string, len(m.Params))
	for i, p := range m.Params {
		params[i] = p.Type.GoExpr
		if m.Variadic && i == len(m.Params)-1 {
			params[i] = "..." + p.Type.Elem.GoExpr
		}
	}
	var results []string
	for _, r := range m.Results {
		results = append(results, r.Type.GoExpr)
	}
	if created != "" {
		results = append([]string{created}, results...)
	}
	if m.Error {
		results = append(results, "error")
	}
	s := "(" + strings.Join(params, ", ") + ")"
	switch len(results) {
	case 0:
		return s
	case 1:
		return s + " " + results[0]
	}
	return s + " (" + strings.Join(results, ", ") + ")"
}
