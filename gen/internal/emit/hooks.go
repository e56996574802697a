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

	if c := e.Constructor; c != nil {
		g.writeCreateHook(w, ent, c)
	}
	for i, m := range e.Methods {
		g.writeInvokeHook(w, ent, m, ent.invoke[i])
	}
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
	switch {
	case len(lhs) == 0:
		w.WriteString(call + "\n")
	case len(results) == 0:
		fmt.Fprintf(w, "if sfErr := %s; sfErr != nil {\nreturn nil, sfErr\n}\n", call)
	default:
		fmt.Fprintf(w, "%s := %s\n", strings.Join(lhs, ", "), call)
		if m.Error {
			w.WriteString("if sfErr != nil {\nreturn nil, sfErr\n}\n")
		}
	}
	for i, r := range m.Results {
		fmt.Fprintln(w, g.encStmt(r.Type, server, "sfDst", results[i]))
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
