package emit

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"github.com/stateflow-go/stateflow/ir"
)

// writeHooks writes the functions bound to ent's ir.Entity and ir.Method
// hooks.
func (g *generator) writeHooks(w *bytes.Buffer, ent *entity) {
	e := ent.e
	wire := g.imp.wire
	ptr := "*" + e.Name

	writeDoc(w, fmt.Sprintf("%s appends the encoded state of %s.", ent.encodeState, article(ptr)))
	fmt.Fprintf(w, "func %s(sfDst []byte, sfState any) []byte {\n", ent.encodeState)
	fmt.Fprintf(w, "return %s(sfDst, sfState.(%s))\n}\n\n", g.codecFunc(e.State, server, true), ptr)

	writeDoc(w, fmt.Sprintf("%s decodes a state into a new %s.", ent.decodeState, ptr))
	fmt.Fprintf(w, "func %s(sfSrc []byte) (any, error) {\n", ent.decodeState)
	fmt.Fprintf(w, "sfD := %s.NewDecoder(sfSrc)\n", wire)
	fmt.Fprintf(w, "sfV := new(%s)\n", e.Name)
	fmt.Fprintf(w, "%s(&sfD, sfV)\n", g.codecFunc(e.State, server, false))
	w.WriteString("if sfErr := sfD.Finish(); sfErr != nil {\nreturn nil, sfErr\n}\nreturn sfV, nil\n}\n\n")

	writeDoc(w, fmt.Sprintf("%s returns the key of %s.", ent.keyHook, article(ptr)))
	fmt.Fprintf(w, "func %s(sfState any) string { return %s }\n\n", ent.keyHook, keyOf(ent, "sfState.("+ptr+")"))

	g.writeReadField(w, ent)
	if c := e.Constructor; c != nil {
		g.writeCreateHook(w, ent, c)
	}
	for i, m := range e.Methods {
		if m.Split {
			g.writeResume(w, ent, m, g.splits[e.Name+"."+m.Name], ent.invoke[i])
			continue
		}
		g.writeInvokeHook(w, ent, m, ent.invoke[i])
	}
}

// writeReadField writes the hook that answers state requests: the encoded
// value of a state field, by name (or by path through embedded structs,
// for the paths split methods read).
func (g *generator) writeReadField(w *bytes.Buffer, ent *entity) {
	e := ent.e
	writeDoc(w, fmt.Sprintf("%s appends the encoded value of the state field named sfField of %s, answering a state request.", ent.readField, article("*"+e.Name)))
	fmt.Fprintf(w, "func %s(sfDst []byte, sfState any, sfField string) ([]byte, bool) {\n", ent.readField)
	type member struct {
		path string
		t    *ir.Type
	}
	var members []member
	seen := map[string]bool{}
	for _, f := range e.State.StateFields() {
		members = append(members, member{f.Name, f.Type})
		seen[f.Name] = true
	}
	for _, path := range g.readPaths[e.Name] {
		if f := fieldByPath(e.State, path); f != nil && !f.Transient && !seen[path] {
			members = append(members, member{path, f.Type})
			seen[path] = true
		}
	}
	if len(members) == 0 {
		w.WriteString("return sfDst, false\n}\n\n")
		return
	}
	fmt.Fprintf(w, "sfV := sfState.(*%s)\n", e.Name)
	w.WriteString("switch sfField {\n")
	for _, mb := range members {
		fmt.Fprintf(w, "case %s:\n%s\n", quote(mb.path), g.encStmt(mb.t, server, "sfDst", "sfV."+mb.path))
		w.WriteString("return sfDst, true\n")
	}
	w.WriteString("}\nreturn sfDst, false\n}\n\n")
}

// fieldByPath finds a field of a struct by its path through embedded
// structs ("Base.Price").
func fieldByPath(t *ir.Type, path string) *ir.Field {
	var f *ir.Field
	for _, name := range strings.Split(path, ".") {
		if t != nil && t.Kind == ir.Pointer {
			t = t.Elem
		}
		if t == nil || t.Kind != ir.Struct {
			return nil
		}
		f = nil
		for _, c := range t.Fields {
			if c.Name == name {
				f = c
			}
		}
		if f == nil {
			return nil
		}
		t = f.Type
	}
	return f
}

// hookLocals names the locals of a hook: results first (sfR0, ...), then
// the parameters after their Go names (n becomes sfN).
func hookLocals(m *ir.Method, fixed ...string) (params, results []string) {
	n := newNamer(fixed...)
	for i := range m.Results {
		results = append(results, n.claim("sfR"+strconv.Itoa(i)))
	}
	for i, p := range m.Params {
		base := "sfArg" + strconv.Itoa(i)
		if p.Name != "" && p.Name != "_" {
			base = "sf" + upperFirst(p.Name)
		}
		params = append(params, n.claim(base))
	}
	return params, results
}

// writeDecodeArgs writes the decoding of m's arguments from sfArgs into the
// locals names; a failure returns a *stateflow.ArgError naming the
// parameter. fail is the values returned before the error.
func (g *generator) writeDecodeArgs(w *bytes.Buffer, m *ir.Method, names []string, fail string) {
	fmt.Fprintf(w, "sfD := %s.NewDecoder(sfArgs)\n", g.imp.wire)
	d := dec{val: "sfD", ptr: "&sfD"}
	for i, p := range m.Params {
		fmt.Fprintln(w, g.decDefine(p.Type, server, d, names[i]))
		param := p.Name
		if param == "" || param == "_" {
			param = "#" + strconv.Itoa(i+1)
		}
		fmt.Fprintf(w, "if sfErr := sfD.Err(); sfErr != nil {\nreturn %s, &%s.ArgError{Param: %s, Err: sfErr}\n}\n", fail, g.imp.stateflow, quote(param))
	}
	fmt.Fprintf(w, "if sfErr := sfD.Finish(); sfErr != nil {\nreturn %s, &%s.ArgError{Err: sfErr}\n}\n", fail, g.imp.stateflow)
}

// callArgs returns the argument list of a call of m with the locals names.
func callArgs(m *ir.Method, names []string) string {
	s := strings.Join(names, ", ")
	if m.Variadic {
		s += "..."
	}
	return s
}

func (g *generator) writeCreateHook(w *bytes.Buffer, ent *entity, c *ir.Method) {
	e := ent.e
	params, _ := hookLocals(c, "sfArgs", "sfD", "sfErr", "sfV")
	writeDoc(w, fmt.Sprintf("%s runs %s with encoded arguments and returns the new *%s.", ent.create, c.Name, e.Name))
	fmt.Fprintf(w, "func %s(sfArgs []byte) (any, error) {\n", ent.create)
	g.writeDecodeArgs(w, c, params, "nil")
	call := fmt.Sprintf("%s(%s)", c.Name, callArgs(c, params))
	if c.Error {
		fmt.Fprintf(w, "sfV, sfErr := %s\nif sfErr != nil {\nreturn nil, sfErr\n}\n", call)
	} else {
		fmt.Fprintf(w, "sfV := %s\n", call)
	}
	fmt.Fprintf(w, "if sfV == nil {\nreturn nil, %s.New(%s)\n}\n", g.imp.errors, quote(c.Name+" returned a nil *"+e.Name))
	w.WriteString("return sfV, nil\n}\n\n")
}

func (g *generator) writeInvokeHook(w *bytes.Buffer, ent *entity, m *ir.Method, name string) {
	e := ent.e
	params, results := hookLocals(m, "sfState", "sfArgs", "sfDst", "sfD", "sfErr")
	writeDoc(w, fmt.Sprintf("%s runs (*%s).%s with encoded arguments and appends its encoded results to sfDst.", name, e.Name, m.Name))
	fmt.Fprintf(w, "func %s(sfState any, sfArgs, sfDst []byte) ([]byte, error) {\n", name)
	g.writeDecodeArgs(w, m, params, "nil")
	call := fmt.Sprintf("sfState.(*%s).%s(%s)", e.Name, m.Name, callArgs(m, params))
	lhs := append([]string(nil), results...)
	if m.Error {
		lhs = append(lhs, "sfErr")
	}
	// In a program with split methods, a returned error goes with the
	// results, then encoded itself: a split caller that receives the error
	// receives them as in Go (see writeErrorCodec).
	withErr := "sfErr"
	if len(g.pkg.Split) > 0 {
		g.needErrorCodec = true
		withErr = "sfEncError(sfDst, sfErr)"
	}
	switch {
	case len(lhs) == 0:
		w.WriteString(call + "\n")
	case len(results) == 0:
		fmt.Fprintf(w, "if sfErr := %s; sfErr != nil {\n", call)
		if len(g.pkg.Split) > 0 {
			fmt.Fprintf(w, "return %s, sfErr\n}\n", withErr)
		} else {
			w.WriteString("return nil, sfErr\n}\n")
		}
	default:
		fmt.Fprintf(w, "%s := %s\n", strings.Join(lhs, ", "), call)
	}
	for i, r := range m.Results {
		fmt.Fprintln(w, g.encStmt(r.Type, server, "sfDst", results[i]))
	}
	if m.Error && len(results) > 0 {
		// The results go with the error: a caller that receives the
		// error receives them too, as in Go.
		if len(g.pkg.Split) > 0 {
			fmt.Fprintf(w, "if sfErr != nil {\nreturn %s, sfErr\n}\n", withErr)
			w.WriteString("return sfDst, nil\n}\n\n")
			return
		}
		w.WriteString("return sfDst, sfErr\n}\n\n")
		return
	}
	w.WriteString("return sfDst, nil\n}\n\n")
}

// zero returns the zero value of t in view v as an expression.
func (g *generator) zero(t *ir.Type, v view) string {
	switch k := t.Kind; {
	case k == ir.Bool:
		return "false"
	case k.IsInteger() || k == ir.Float32 || k == ir.Float64 || k == ir.Duration:
		return "0"
	case k == ir.String:
		return `""`
	case k == ir.Ref && v == client:
		return g.entByName[t.Entity].ref + "{}"
	case k == ir.Time || k == ir.Struct || k == ir.Array:
		return g.goType(t, v) + "{}"
	}
	return "nil"
}
