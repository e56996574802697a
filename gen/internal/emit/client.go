package emit

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"github.com/stateflow-go/stateflow/ir"
)

// writeClient writes ent's typed reference: ERef with its accessors,
// NewERef, CreateE, and for each operation M, EMResult, M and MAsync.
func (g *generator) writeClient(w *bytes.Buffer, ent *entity) {
	e := ent.e
	sf, ctx, ref := g.imp.stateflow, g.imp.context, ent.ref

	writeDoc(w, fmt.Sprintf("%s is a typed reference to %s entity: its methods call the entity's operations through a %s.Client. The zero %s is a nil reference.", ref, article(e.Name), sf, ref))
	fmt.Fprintf(w, "type %s struct {\nsfClient %s.Client\nsfKey string\n}\n\n", ref, sf)

	writeDoc(w, fmt.Sprintf("%s returns a reference to the %s with the given key, reached through c.", ent.newRef, e.Name))
	fmt.Fprintf(w, "func %s(c %s.Client, key string) %s {\nreturn %s{sfClient: c, sfKey: key}\n}\n\n", ent.newRef, sf, ref, ref)

	writeDoc(w, fmt.Sprintf("Key returns the key of the referenced %s.", e.Name))
	fmt.Fprintf(w, "func (sfR %s) Key() string { return sfR.sfKey }\n\n", ref)

	if ent.hasAddress {
		writeDoc(w, fmt.Sprintf("Address returns the address of the referenced %s.", e.Name))
		fmt.Fprintf(w, "func (sfR %s) Address() %s.Address { return sfR.sfAddress() }\n\n", ref, sf)
	}
	writeDoc(w, "sfAddress returns the address of the referenced entity.")
	fmt.Fprintf(w, "func (sfR %s) sfAddress() %s.Address {\nreturn %s.Address{Entity: %s, Key: sfR.sfKey}\n}\n\n", ref, sf, sf, quote(e.Name))

	if ent.hasState {
		writeDoc(w, fmt.Sprintf("State returns the current state of the referenced %s.", e.Name))
		fmt.Fprintf(w, "func (sfR %s) State(ctx %s.Context) (*%s, error) {\n", ref, ctx, e.Name)
		fmt.Fprintf(w, "if sfR.sfClient == nil {\nreturn nil, %s.New(%s)\n}\n", g.imp.errors, quote("stateflow: state requested through a zero "+ref))
		w.WriteString("sfB, sfErr := sfR.sfClient.State(ctx, sfR.sfAddress())\nif sfErr != nil {\nreturn nil, sfErr\n}\n")
		fmt.Fprintf(w, "sfV, sfErr := %s(sfB)\n", ent.decodeState)
		fmt.Fprintf(w, "if sfErr != nil {\nreturn nil, %s.Errorf(\"stateflow: state of %%s: %%w\", sfR.sfAddress(), sfErr)\n}\n", g.imp.fmt)
		fmt.Fprintf(w, "return sfV.(*%s), nil\n}\n\n", e.Name)
	}

	writeDoc(w, "sfCall calls the operation method of the referenced entity.")
	fmt.Fprintf(w, "func (sfR %s) sfCall(ctx %s.Context, sfMethod string, sfArgs []byte) ([]byte, error) {\n", ref, ctx)
	fmt.Fprintf(w, "if sfR.sfClient == nil {\nreturn nil, %s.New(%s + sfMethod + %s)\n}\n", g.imp.errors, quote("stateflow: call of "+e.Name+"."), quote(" through a zero "+ref))
	w.WriteString("return sfR.sfClient.Call(ctx, sfR.sfAddress(), sfMethod, sfArgs)\n}\n\n")

	g.writeCreateFunc(w, ent)
	for i, m := range e.Methods {
		if !containsMethod(ent.clientOps, m) {
			continue
		}
		g.writeOperation(w, ent, m, ent.results[i])
	}
}

func containsMethod(ms []*ir.Method, m *ir.Method) bool {
	for _, x := range ms {
		if x == m {
			return true
		}
	}
	return false
}

// signature returns the client parameter list of m (after ctx) and the
// names of the parameters; also lists names the function declares besides
// ctx.
func (g *generator) signature(m *ir.Method, also ...string) (list string, names []string) {
	raw := make([]string, len(m.Params))
	for i, p := range m.Params {
		raw[i] = p.Name
	}
	names = g.paramNames(raw, also...)
	parts := make([]string, len(m.Params))
	for i, p := range m.Params {
		typ := g.goType(p.Type, client)
		if m.Variadic && i == len(m.Params)-1 {
			typ = "..." + g.goType(p.Type.Elem, client)
		}
		parts[i] = names[i] + " " + typ
	}
	return strings.Join(parts, ", "), names
}

// writeEncodeParams writes the encoding of the parameters into sfArgs and
// returns the expression of the encoded arguments.
func (g *generator) writeEncodeParams(w *bytes.Buffer, m *ir.Method, names []string) string {
	if len(m.Params) == 0 {
		return "nil"
	}
	w.WriteString("var sfArgs []byte\n")
	for i, p := range m.Params {
		fmt.Fprintln(w, g.encStmt(p.Type, client, "sfArgs", names[i]))
	}
	return "sfArgs"
}

func (g *generator) writeCreateFunc(w *bytes.Buffer, ent *entity) {
	e := ent.e
	sf, ref := g.imp.stateflow, ent.ref
	var params, args string
	nilClient := fmt.Sprintf("if c == nil {\nreturn %s{}, %s.New(%s)\n}\n", ref, g.imp.errors, quote("stateflow: "+ent.createFn+" with a nil Client"))
	if c := e.Constructor; c != nil {
		list, names := g.signature(c, "c")
		if list != "" {
			params = ", " + list
		}
		writeDoc(w, fmt.Sprintf("%s runs %s through c and returns a reference to the new %s.", ent.createFn, c.Name, e.Name))
		writeUserDoc(w, c.Doc)
		fmt.Fprintf(w, "func %s(ctx %s.Context, c %s.Client%s) (%s, error) {\n", ent.createFn, g.imp.context, sf, params, ref)
		w.WriteString(nilClient)
		args = g.writeEncodeParams(w, c, names)
	} else {
		writeDoc(w, fmt.Sprintf("%s creates the %s with the given state through c and returns a reference to it; the state's %s field is its key.", ent.createFn, e.Name, e.KeyField))
		fmt.Fprintf(w, "func %s(ctx %s.Context, c %s.Client, state *%s) (%s, error) {\n", ent.createFn, g.imp.context, sf, e.Name, ref)
		w.WriteString(nilClient)
		fmt.Fprintf(w, "if state == nil {\nreturn %s{}, %s.New(%s)\n}\n", ref, g.imp.errors, quote("stateflow: "+ent.createFn+" with a nil state"))
		fmt.Fprintf(w, "sfArgs := %s(nil, state)\n", g.codecFunc(e.State, server, true))
		args = "sfArgs"
	}
	fmt.Fprintf(w, "sfKey, sfErr := c.Create(ctx, %s, %s)\n", quote(e.Name), args)
	fmt.Fprintf(w, "if sfErr != nil {\nreturn %s{}, sfErr\n}\n", ref)
	fmt.Fprintf(w, "return %s{sfClient: c, sfKey: sfKey}, nil\n}\n\n", ref)
}

// writeOperation writes the client methods of operation m: the unexported
// sfOpM that sends encoded arguments and decodes the results into the
// future's type, then M and MAsync.
func (g *generator) writeOperation(w *bytes.Buffer, ent *entity, m *ir.Method, result string) {
	e := ent.e
	sf, ctx, ref := g.imp.stateflow, g.imp.context, ent.ref
	op := "sfOp" + m.Name

	// The future's type T and the client's result types.
	rtypes := make([]string, len(m.Results))
	for i, r := range m.Results {
		rtypes[i] = g.goType(r.Type, client)
	}
	var fut string
	switch len(m.Results) {
	case 0:
		fut = "struct{}"
	case 1:
		fut = rtypes[0]
	default:
		fut = result
		writeDoc(w, fmt.Sprintf("%s holds the results of %s.%s, for %sAsync.", result, e.Name, m.Name, m.Name))
		fmt.Fprintf(w, "type %s struct {\n", result)
		for i, r := range m.Results {
			fmt.Fprintf(w, "R%d %s", i, rtypes[i])
			if r.Name != "" {
				fmt.Fprintf(w, " // %s", r.Name)
			}
			w.WriteString("\n")
		}
		w.WriteString("}\n\n")
	}
	zero := fut + "{}"
	if len(m.Results) == 1 {
		zero = g.zero(m.Results[0].Type, client)
	}

	// sfOpM: call and decode.
	writeDoc(w, fmt.Sprintf("%s calls %s with encoded arguments and decodes its results.", op, m.Name))
	fmt.Fprintf(w, "func (sfR %s) %s(ctx %s.Context, sfArgs []byte) (%s, error) {\n", ref, op, ctx, fut)
	fmt.Fprintf(w, "sfRes, sfErr := sfR.sfCall(ctx, %s, sfArgs)\n", quote(m.Name))
	fmt.Fprintf(w, "if sfErr != nil {\nreturn %s, sfErr\n}\n", zero)
	fmt.Fprintf(w, "sfD := %s.NewDecoder(sfRes)\n", g.imp.wire)
	d := dec{val: "sfD", ptr: "&sfD", cli: "sfR.sfClient"}
	var out string
	switch len(m.Results) {
	case 0:
		out = "struct{}{}"
	case 1:
		fmt.Fprintln(w, g.decDefine(m.Results[0].Type, client, d, "sfOut"))
		out = "sfOut"
	default:
		fmt.Fprintf(w, "var sfOut %s\n", result)
		for i, r := range m.Results {
			fmt.Fprintln(w, g.decStmt(r.Type, client, d, "sfOut.R"+strconv.Itoa(i)))
		}
		out = "sfOut"
	}
	fmt.Fprintf(w, "if sfErr := sfD.Finish(); sfErr != nil {\nreturn %s, %s.Errorf(\"stateflow: results of %%s.%s: %%w\", sfR.sfAddress(), sfErr)\n}\n", zero, g.imp.fmt, m.Name)
	fmt.Fprintf(w, "return %s, nil\n}\n\n", out)

	list, names := g.signature(m)
	if list != "" {
		list = ", " + list
	}
	// M.
	rlist := append(append([]string(nil), rtypes...), "error")
	rsig := strings.Join(rlist, ", ")
	if len(rlist) > 1 {
		rsig = "(" + rsig + ")"
	}
	writeDoc(w, fmt.Sprintf("%s calls %s.%s on the referenced entity.", m.Name, e.Name, m.Name))
	writeUserDoc(w, m.Doc)
	fmt.Fprintf(w, "func (sfR %s) %s(ctx %s.Context%s) %s {\n", ref, m.Name, ctx, list, rsig)
	args := g.writeEncodeParams(w, m, names)
	switch len(m.Results) {
	case 0:
		fmt.Fprintf(w, "_, sfErr := sfR.%s(ctx, %s)\nreturn sfErr\n", op, args)
	case 1:
		fmt.Fprintf(w, "return sfR.%s(ctx, %s)\n", op, args)
	default:
		fmt.Fprintf(w, "sfOut, sfErr := sfR.%s(ctx, %s)\nreturn ", op, args)
		for i := range m.Results {
			fmt.Fprintf(w, "sfOut.R%d, ", i)
		}
		w.WriteString("sfErr\n")
	}
	w.WriteString("}\n\n")

	// MAsync.
	writeDoc(w, fmt.Sprintf("%sAsync starts %s.%s on the referenced entity and returns its future. The arguments are encoded before it returns.", m.Name, e.Name, m.Name))
	fmt.Fprintf(w, "func (sfR %s) %sAsync(ctx %s.Context%s) *%s.Future[%s] {\n", ref, m.Name, ctx, list, sf, fut)
	args = g.writeEncodeParams(w, m, names)
	fmt.Fprintf(w, "return %s.Go(func() (%s, error) { return sfR.%s(ctx, %s) })\n}\n\n", sf, fut, op, args)
}
